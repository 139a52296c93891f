#include "core/wiki/WorkingCopy.h"

#include "core/git/Commit.h"
#include "core/git/Index.h"
#include "core/git/Repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace cp {

const QString WorkingCopy::MainRef = QStringLiteral("refs/heads/main");

namespace {

Status writeFile(const QString& root, const QString& path, const QByteArray& content)
{
    const QString absolute = root + u'/' + path;
    const QString folder = QFileInfo(absolute).path();
    if (!QDir().mkpath(folder))
        return fail(
            Error::io(QCoreApplication::translate("cp::WorkingCopy", "Cannot create the folder %1.").arg(folder)));
    QSaveFile file(absolute);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size() || !file.commit())
        return fail(Error::io(
            QCoreApplication::translate("cp::WorkingCopy", "Cannot write %1: %2.").arg(absolute, file.errorString())));
    return {};
}

Status removeFile(const QString& root, const QString& path)
{
    const QString absolute = root + u'/' + path;
    if (QFileInfo::exists(absolute) && !QFile::remove(absolute))
        return fail(Error::io(QCoreApplication::translate("cp::WorkingCopy", "Cannot delete %1.").arg(absolute)));
    // Drop folders the deletion left empty; rmpath stops at the first one that is not.
    const qsizetype slash = path.lastIndexOf(u'/');
    if (slash > 0)
        QDir(root).rmpath(path.left(slash));
    return {};
}

} // namespace

Result<ChangeOutcome> WorkingCopy::commit(const QList<FileChange>& changes, const QString& message,
                                          const git::Signature& author, const CommitSigner& signer)
{
    auto head = m_repo.resolve(MainRef);
    if (!head)
        return fail(head.error());
    auto index = m_repo.index();
    if (!index)
        return fail(index.error());
    if (auto ok = index->read(); !ok)
        return fail(ok.error());

    // Start from main's tree. The cached tree makes this check nearly free; if the
    // index holds something else (edits staged by hand), stage main's tree instead.
    std::optional<git::Oid> headTree;
    if (*head) {
        auto commit = m_repo.lookupCommit(**head);
        if (!commit)
            return fail(commit.error());
        headTree = commit->treeId();
        bool matches = false;
        if (!index->hasConflicts()) {
            auto staged = index->writeTree();
            matches = staged && *staged == *headTree;
        }
        if (!matches) {
            auto tree = commit->tree();
            if (!tree)
                return fail(tree.error());
            if (auto ok = index->readTree(*tree); !ok)
                return fail(ok.error());
        }
    }

    // Everything up to the move of main happens in memory and in the object store
    // only; on failure, reloading the index from disk undoes it.
    auto undo = [&index](const Error& e) {
        (void)index->read(true);
        return fail(e);
    };
    for (const FileChange& change : changes) {
        if (change.content) {
            auto blob = m_repo.writeBlob(*change.content);
            if (!blob)
                return undo(blob.error());
            if (auto ok = index->add(change.path, *blob); !ok)
                return undo(ok.error());
        } else if (auto ok = index->remove(change.path); !ok) {
            return undo(ok.error());
        }
    }
    auto tree = index->writeTree();
    if (!tree)
        return undo(tree.error());
    if (headTree && *tree == *headTree) {
        (void)index->read(true);
        return ChangeOutcome{**head, false, std::nullopt};
    }

    git::CommitDraft draft;
    draft.tree = *tree;
    if (*head)
        draft.parents.append(**head);
    draft.author = author;
    draft.message = message;
    auto id = m_repo.commitOnto(MainRef, draft, signer);
    if (!id)
        return undo(id.error());

    // main has moved: the change is saved. Now the folder and the index follow.
    auto folder = updateFolder(changes);
    if (folder)
        return ChangeOutcome{*id, true, std::nullopt};
    return ChangeOutcome{*id, true,
                         folder.error().context(QCoreApplication::translate(
                             "cp::WorkingCopy", "The change is committed, but the working folder could not follow"))};
}

Status WorkingCopy::updateFolder(const QList<FileChange>& changes)
{
    const QString root = m_repo.workdir();
    std::optional<Error> firstError;
    auto note = [&firstError](const Error& e) {
        if (!firstError)
            firstError = e;
    };
    auto index = m_repo.index();
    if (!index)
        return fail(index.error());
    for (const FileChange& change : changes) {
        if (!change.content) {
            if (auto ok = removeFile(root, change.path); !ok)
                note(ok.error());
            continue;
        }
        if (auto ok = writeFile(root, change.path, *change.content); !ok) {
            note(ok.error());
            continue;
        }
        // Record the file's size and times so git sees it as clean, but keep the
        // committed blob id even if a filter (line endings) would hash it otherwise.
        const auto committed = index->entry(change.path);
        if (auto ok = index->addFromWorkdir(change.path); !ok) {
            note(ok.error());
        } else if (committed) {
            const auto staged = index->entry(change.path);
            if (staged && staged->id != committed->id)
                (void)index->add(change.path, committed->id, committed->mode);
        }
    }
    // Restaging invalidated the cached tree of the changed folders; rebuild it so the
    // next open and the next save start from a complete cache.
    if (auto tree = index->writeTree(); !tree)
        note(tree.error());
    if (auto ok = index->write(); !ok)
        note(ok.error());
    if (firstError)
        return fail(*firstError);
    return {};
}

Status WorkingCopy::repair()
{
    auto head = m_repo.resolve(MainRef);
    if (!head)
        return fail(head.error());
    if (!*head)
        return {};
    auto commit = m_repo.lookupCommit(**head);
    if (!commit)
        return fail(commit.error());
    auto index = m_repo.index();
    if (!index)
        return fail(index.error());
    if (auto ok = index->read(); !ok)
        return fail(ok.error());
    if (index->hasConflicts())
        return {};
    auto staged = index->writeTree();
    if (!staged)
        return fail(staged.error());
    if (*staged == commit->treeId())
        return {};
    // Files that still match the index's tree are brought up to main; files edited
    // by hand since are left alone.
    return m_repo.checkoutHead(git::Repository::Checkout::Safe, *staged);
}

} // namespace cp
