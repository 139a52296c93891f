// Repository: making commits and checking them out (the rest is in Repository.cpp).
#include "core/git/LibGit2_p.h"

#include <QCoreApplication>
#include <vector>

namespace cp::git {

namespace {
// The parents of a draft, looked up (and owned) for libgit2's commit functions.
struct Parents
{
    std::vector<CommitPtr> owned;
    std::vector<const git_commit*> raw;
};

Result<Parents> lookupParents(git_repository* repo, const QList<Oid>& ids)
{
    Parents parents;
    for (const Oid& oid : ids) {
        git_commit* commit = nullptr;
        const git_oid id = toGit(oid);
        if (const int rc = git_commit_lookup(&commit, repo, &id); rc < 0)
            return fail(lastError(
                rc,
                QCoreApplication::translate("cp::git::Repository", "Cannot find parent commit %1").arg(oid.toHex())));
        parents.owned.emplace_back(commit);
        parents.raw.push_back(commit);
    }
    return parents;
}
} // namespace

Result<Oid> Repository::createCommit(const CommitDraft& draft, const CommitSigner& signer)
{
    git_repository* repo = Internal::raw(*this);
    auto author = toGit(draft.author);
    if (!author)
        return fail(author.error());
    auto committer = toGit(draft.committer.name.isEmpty() ? draft.author : draft.committer);
    if (!committer)
        return fail(committer.error());
    auto tree = lookupTree(draft.tree);
    if (!tree)
        return fail(tree.error());
    auto parents = lookupParents(repo, draft.parents);
    if (!parents)
        return fail(parents.error());

    const QByteArray message = draft.message.toUtf8();
    git_oid id;
    if (!signer) {
        if (const int rc =
                git_commit_create(&id, repo, nullptr, author->get(), committer->get(), nullptr, message.constData(),
                                  Internal::raw(*tree), parents->raw.size(), parents->raw.data());
            rc < 0)
            return fail(lastError(rc, QCoreApplication::translate("cp::git::Repository", "Cannot create a commit")));
        return fromGit(&id);
    }

    Buffer content;
    if (const int rc =
            git_commit_create_buffer(&content.buf, repo, author->get(), committer->get(), nullptr, message.constData(),
                                     Internal::raw(*tree), parents->raw.size(), parents->raw.data());
        rc < 0)
        return fail(lastError(rc, QCoreApplication::translate("cp::git::Repository", "Cannot prepare a commit")));
    auto signature = signer(content.toByteArray());
    if (!signature)
        return fail(signature.error().context(
            QCoreApplication::translate("cp::git::Repository", "Signing the commit failed; nothing was committed")));
    // libgit2 ends the header line itself; a trailing newline would add an empty
    // continuation line that git does not write.
    QByteArray armored = *signature;
    while (armored.endsWith('\n'))
        armored.chop(1);
    if (armored.isEmpty() || armored.contains('\0'))
        return fail(Error::crypto(QCoreApplication::translate("cp::git::Repository",
                                                              "The commit signer returned no usable signature; "
                                                              "nothing was committed")));
    if (const int rc = git_commit_create_with_signature(&id, repo, content.buf.ptr, armored.constData(), "gpgsig");
        rc < 0)
        return fail(lastError(rc, QCoreApplication::translate("cp::git::Repository", "Cannot store a signed commit")));
    return fromGit(&id);
}

Result<Oid> Repository::commitOnto(const QString& refName, const CommitDraft& draft, const CommitSigner& signer)
{
    auto id = createCommit(draft, signer);
    if (!id)
        return id;
    const std::optional<Oid> expected = draft.parents.isEmpty() ? std::nullopt : std::optional(draft.parents.first());
    const QString summary = draft.message.section(u'\n', 0, 0);
    const QString log = (expected ? QStringLiteral("commit: ") : QStringLiteral("commit (initial): ")) + summary;
    if (auto moved = updateReference(refName, *id, expected, log); !moved)
        return fail(moved.error());
    return id;
}

Status Repository::checkoutHead(Checkout mode, const std::optional<Oid>& baselineTree)
{
    git_checkout_options opts;
    git_checkout_options_init(&opts, GIT_CHECKOUT_OPTIONS_VERSION);
    std::optional<Tree> baseline;
    if (mode == Checkout::Force) {
        opts.checkout_strategy = GIT_CHECKOUT_FORCE;
    } else {
        opts.checkout_strategy = GIT_CHECKOUT_SAFE | GIT_CHECKOUT_RECREATE_MISSING | GIT_CHECKOUT_ALLOW_CONFLICTS;
        if (baselineTree) {
            auto tree = lookupTree(*baselineTree);
            if (!tree)
                return fail(tree.error());
            baseline.emplace(std::move(*tree));
            opts.baseline = Internal::raw(*baseline);
        }
    }
    // The index is written once, below, with its cached tree ids (not also by checkout).
    opts.checkout_strategy |= GIT_CHECKOUT_DONT_WRITE_INDEX;
    if (const int rc = git_checkout_head(Internal::raw(*this), &opts); rc < 0)
        return fail(lastError(
            rc,
            QCoreApplication::translate("cp::git::Repository", "Cannot update the working folder %1").arg(workdir())));
    // Checkout leaves the index without its cached tree ids; store them, so that the
    // next writeTree() on a large index is immediate instead of hashing every folder.
    auto index = this->index();
    if (!index)
        return fail(index.error());
    if (!index->hasConflicts())
        if (auto tree = index->writeTree(); !tree)
            return fail(tree.error());
    return index->write();
}

} // namespace cp::git
