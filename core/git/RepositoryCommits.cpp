// Repository: making commits and checking them out (the rest is in Repository.cpp).
#include "core/git/EntrySafety.h"
#include "core/git/LibGit2_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace Qt::StringLiterals;

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

// A checkout of HEAD into a working folder that holds nothing but .git, for a join:
// the files are written straight from their blobs, on two threads, with the index
// filled from what fstat() says of each. Nothing is filtered, so it is taken only
// where libgit2 would apply no filter either: no .gitattributes in the tree, none in
// .git/info or named by core.attributesFile, core.autocrlf unset or false; and only
// for plain and executable files (anything else goes to libgit2's checkout). Returns
// false, having written nothing, when it does not apply.
Result<bool> checkoutFresh(git_repository* repo)
{
    auto error = [](int rc, const QString& what) { return fail(lastError(rc, what)); };
    const QString workdir = QString::fromUtf8(git_repository_workdir(repo));
    if (QDir(workdir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden) != QStringList{u".git"_s})
        return false;
    if (QFileInfo::exists(QString::fromUtf8(git_repository_path(repo)) + u"info/attributes"_s))
        return false;
    git_config* configRaw = nullptr;
    if (const int rc = git_repository_config_snapshot(&configRaw, repo); rc < 0)
        return error(rc,
                     QCoreApplication::translate("cp::git::Repository", "Cannot read the repository configuration"));
    ConfigPtr config(configRaw);
    for (const char* key : {"core.autocrlf", "core.attributesFile"}) {
        const char* value = nullptr;
        if (git_config_get_string(&value, config.get(), key) == 0 && QByteArrayView(value) != "false")
            return false;
        git_error_clear();
    }
    git_object* headRaw = nullptr;
    if (const int rc = git_revparse_single(&headRaw, repo, "HEAD^{tree}"); rc < 0)
        return error(rc, QCoreApplication::translate("cp::git::Repository", "Cannot read the tree of HEAD"));
    Owned<git_object, git_object_free> head(headRaw);
    git_index* indexRaw = nullptr;
    if (const int rc = git_repository_index(&indexRaw, repo); rc < 0)
        return error(rc, QCoreApplication::translate("cp::git::Repository", "Cannot open the index"));
    IndexPtr index(indexRaw);
    if (const int rc = git_index_read_tree(index.get(), reinterpret_cast<git_tree*>(head.get())); rc < 0)
        return error(rc, QCoreApplication::translate("cp::git::Repository", "Cannot read the tree of HEAD"));
    const size_t count = git_index_entrycount(index.get());
    std::vector<git_index_entry> entries(count);
    QSet<QByteArray> folders;
    for (size_t i = 0; i < count; ++i) {
        entries[i] = *git_index_get_byindex(index.get(), i);
        const QByteArrayView path(entries[i].path);
        const qsizetype slash = path.lastIndexOf('/');
        const QByteArrayView name = slash < 0 ? path : path.sliced(slash + 1);
        if ((entries[i].mode != GIT_FILEMODE_BLOB && entries[i].mode != GIT_FILEMODE_BLOB_EXECUTABLE) ||
            name.compare(".gitattributes", Qt::CaseInsensitive) == 0) {
            git_index_clear(index.get()); // as it was: empty
            return false;
        }
        // The trees came through IncomingPack's checks; checked again here all the same,
        // as nothing below goes through libgit2's own path checks.
        if (auto ok = EntrySafety::checkEntry(name, int(entries[i].mode)); !ok)
            return fail(ok.error());
        for (qsizetype at = slash; at > 0; at = path.first(at).lastIndexOf('/')) {
            const QByteArrayView folder = path.first(at);
            if (folders.contains(folder.toByteArray()))
                break; // and its parents
            const qsizetype up = folder.lastIndexOf('/');
            if (auto ok = EntrySafety::checkEntry(up < 0 ? folder : folder.sliced(up + 1), int(GIT_FILEMODE_TREE)); !ok)
                return fail(ok.error());
            folders.insert(folder.toByteArray());
        }
    }
    const QByteArray root = workdir.toUtf8();
    QList<QByteArray> sorted(folders.cbegin(), folders.cend());
    std::ranges::sort(sorted); // a parent before its children
    for (const QByteArray& folder : std::as_const(sorted))
        if (::mkdir(QByteArray(root + folder).constData(), 0777) != 0 && errno != EEXIST)
            return fail(Error::io(QCoreApplication::translate("cp::git::Repository", "Cannot make the folder %1")
                                      .arg(QString::fromUtf8(root + folder))));
    std::vector<QString> failures(2);
    auto write = [&](size_t part) {
        for (size_t i = part; i < count; i += 2) {
            git_index_entry& e = entries[i];
            const QByteArray path = root + QByteArray(e.path);
            git_blob* blobRaw = nullptr;
            if (git_blob_lookup(&blobRaw, repo, &e.id) < 0) {
                failures[part] = lastError(-1, QCoreApplication::translate("cp::git::Repository", "Cannot read %1")
                                                   .arg(QString::fromUtf8(e.path)))
                                     .message;
                return;
            }
            BlobPtr blob(blobRaw);
            const int fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC,
                                  e.mode == GIT_FILEMODE_BLOB_EXECUTABLE ? 0777 : 0666);
            const char* data = static_cast<const char*>(git_blob_rawcontent(blob.get()));
            qint64 left = qint64(git_blob_rawsize(blob.get()));
            bool ok = fd >= 0;
            while (ok && left > 0) {
                const ssize_t n = ::write(fd, data, size_t(left));
                ok = n > 0 || (n < 0 && errno == EINTR);
                if (n > 0) {
                    data += n;
                    left -= n;
                }
            }
            struct stat st
            {
            };
            ok = ok && ::fstat(fd, &st) == 0;
            if (fd >= 0 && ::close(fd) != 0)
                ok = false;
            if (!ok) {
                failures[part] = QCoreApplication::translate("cp::git::Repository",
                                                             "Cannot write %1; check the permissions and free space.")
                                     .arg(QString::fromUtf8(path));
                return;
            }
            e.ctime = {qint32(st.st_ctim.tv_sec), quint32(st.st_ctim.tv_nsec)};
            e.mtime = {qint32(st.st_mtim.tv_sec), quint32(st.st_mtim.tv_nsec)};
            e.dev = quint32(st.st_dev);
            e.ino = quint32(st.st_ino);
            e.uid = st.st_uid;
            e.gid = st.st_gid;
            e.file_size = quint32(st.st_size);
        }
    };
    {
        std::jthread other(write, size_t(1));
        write(0);
    }
    for (const QString& failure : failures)
        if (!failure.isEmpty())
            return fail(Error::io(failure));
    for (const git_index_entry& e : entries)
        if (const int rc = git_index_add(index.get(), &e); rc < 0)
            return error(rc, QCoreApplication::translate("cp::git::Repository", "Cannot update the index"));
    return true;
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
    bool written = false;
    if (mode == Checkout::Fresh) {
        auto done = checkoutFresh(Internal::raw(*this));
        if (!done)
            return fail(done.error());
        written = *done;
        mode = Checkout::Force;
    }
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
    if (!written)
        if (const int rc = git_checkout_head(Internal::raw(*this), &opts); rc < 0)
            return fail(
                lastError(rc, QCoreApplication::translate("cp::git::Repository", "Cannot update the working folder %1")
                                  .arg(workdir())));
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
