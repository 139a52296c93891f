#pragma once

// Private to core/git: included only by core/git/*.cpp, never by another part or
// by a public header. It is the one place where libgit2 types meet our wrappers.

#include "core/Error.h"
#include "core/git/Commit.h"
#include "core/git/Index.h"
#include "core/git/Oid.h"
#include "core/git/Reference.h"
#include "core/git/Repository.h"
#include "core/git/RevWalk.h"
#include "core/git/Signature.h"
#include "core/git/Tree.h"
#include "core/git/TreeBuilder.h"

#include <git2.h>
#include <memory>

namespace cp::git {

// Initialises libgit2 once per process (thread-safe; later calls are free).
void ensureLibGit2();

// Turns the failure `code` of the libgit2 call that just returned into an Error.
// Reads git_error_last() at once, so call it before any other libgit2 call.
[[nodiscard]] Error lastError(int code, const QString& what);

// Fails with NotFound unless `id` is in the repository's object store (a gitlink,
// `mode` Commit, names an object of another repository and is not checked).
[[nodiscard]] Status requireObject(git_repository* repo, const Oid& id, FileMode mode, const QString& what);

// Deleters: one per handle type, so each std::unique_ptr frees with the right function.
template <typename T, void (*Free)(T*)> struct Deleter
{
    void operator()(T* p) const { Free(p); }
};
template <typename T, void (*Free)(T*)> using Owned = std::unique_ptr<T, Deleter<T, Free>>;

using RepositoryPtr = Owned<git_repository, git_repository_free>;
using CommitPtr = Owned<git_commit, git_commit_free>;
using TreePtr = Owned<git_tree, git_tree_free>;
using TreeEntryPtr = Owned<git_tree_entry, git_tree_entry_free>;
using TreeBuilderPtr = Owned<git_treebuilder, git_treebuilder_free>;
using IndexPtr = Owned<git_index, git_index_free>;
using ReferencePtr = Owned<git_reference, git_reference_free>;
using RevWalkPtr = Owned<git_revwalk, git_revwalk_free>;
using SignaturePtr = Owned<git_signature, git_signature_free>;
using BlobPtr = Owned<git_blob, git_blob_free>;
using ConfigPtr = Owned<git_config, git_config_free>;
using OdbPtr = Owned<git_odb, git_odb_free>;

// A git_buf that frees itself.
struct Buffer
{
    git_buf buf = GIT_BUF_INIT;
    Buffer() = default;
    Buffer(const Buffer&) = delete;
    Buffer& operator=(const Buffer&) = delete;
    ~Buffer() { git_buf_dispose(&buf); }
    [[nodiscard]] QByteArray toByteArray() const { return QByteArray(buf.ptr, qsizetype(buf.size)); }
};

// The shared state behind every Repository handle and every object looked up
// through it: objects keep it alive, so none outlives the git_repository it points to.
struct RepositoryState
{
    RepositoryPtr repo;
};

struct Repository::Private
{
    std::shared_ptr<RepositoryState> state;
};
struct Commit::Private
{
    std::shared_ptr<RepositoryState> state;
    CommitPtr handle;
};
struct Tree::Private
{
    std::shared_ptr<RepositoryState> state;
    TreePtr handle;
};
struct TreeBuilder::Private
{
    std::shared_ptr<RepositoryState> state;
    TreeBuilderPtr handle;
};
struct Index::Private
{
    std::shared_ptr<RepositoryState> state;
    IndexPtr handle;
};
struct Reference::Private
{
    std::shared_ptr<RepositoryState> state;
    ReferencePtr handle;
};
struct RevWalk::Private
{
    std::shared_ptr<RepositoryState> state;
    RevWalkPtr handle;
};

// Conversions between our value types and libgit2's.
[[nodiscard]] git_oid toGit(const Oid& oid);
[[nodiscard]] Oid fromGit(const git_oid* oid);
[[nodiscard]] Signature fromGit(const git_signature* sig);
[[nodiscard]] Result<SignaturePtr> toGit(const Signature& sig);

// The one friend of every wrapper: builds wrappers from handles and hands the raw
// handles to other core/git .cpp files.
struct Internal
{
    template <typename Wrapper, typename Handle>
    [[nodiscard]] static Wrapper wrap(std::shared_ptr<RepositoryState> state, Handle handle)
    {
        auto d = std::make_unique<typename Wrapper::Private>();
        d->state = std::move(state);
        d->handle = std::move(handle);
        return Wrapper(std::move(d));
    }
    [[nodiscard]] static Repository wrapRepository(std::shared_ptr<RepositoryState> state);

    [[nodiscard]] static const std::shared_ptr<RepositoryState>& state(const Repository& r) { return r.d->state; }
    [[nodiscard]] static git_repository* raw(const Repository& r) { return r.d->state->repo.get(); }
    [[nodiscard]] static git_tree* raw(const Tree& t) { return t.d->handle.get(); }
    [[nodiscard]] static git_commit* raw(const Commit& c) { return c.d->handle.get(); }
    [[nodiscard]] static git_index* raw(const Index& i) { return i.d->handle.get(); }
};

} // namespace cp::git
