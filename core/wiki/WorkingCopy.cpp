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

Result<std::optional<git::Oid>> WorkingCopy::committedBlob(const QString& path)
{
    auto head = m_repo.resolve(MainRef);
    if (!head)
        return fail(head.error());
    if (!*head)
        return std::optional<git::Oid>();
    auto commit = m_repo.lookupCommit(**head);
    if (!commit)
        return fail(commit.error());
    if (auto index = m_repo.index(); index && index->read() && !index->hasConflicts()) {
        if (auto staged = index->writeTree(); staged && *staged == commit->treeId()) {
            const auto entry = index->entry(path);
            if (!entry || (entry->mode != git::FileMode::Blob && entry->mode != git::FileMode::Executable))
                return std::optional<git::Oid>();
            return std::optional(entry->id);
        }
    }
    auto tree = commit->tree();
    if (!tree)
        return fail(tree.error());
    auto entry = tree->entryByPath(path);
    if (!entry)
        return fail(entry.error());
    if (!*entry || !(*entry)->isBlob())
        return std::optional<git::Oid>();
    return std::optional((*entry)->id);
}

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

    auto staged = stageTreeOf(m_repo, *index, *head);
    if (!staged)
        return fail(staged.error());
    const std::optional<git::Oid> headTree = *staged;

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
    // The index already holds the new entries (with the tree ids cached by
    // writeTree); they carry no file times, which git reads as "not checked yet"
    // and settles by comparing content. Restaging the files would cost a second
    // tree build on every save.
    auto folder = updateFolder(changes);
    if (auto written = index->write(); !written && folder)
        folder = fail(written.error());
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
    for (const FileChange& change : changes) {
        auto ok = change.content ? writeFile(root, change.path, *change.content) : removeFile(root, change.path);
        if (!ok && !firstError)
            firstError = ok.error();
    }
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

Result<std::optional<git::Oid>> WorkingCopy::stageTreeOf(git::Repository& repo, git::Index& index,
                                                         const std::optional<git::Oid>& head)
{
    if (!head)
        return std::optional<git::Oid>{};
    auto commit = repo.lookupCommit(*head);
    if (!commit)
        return fail(commit.error());
    const git::Oid headTree = commit->treeId();
    bool matches = false;
    if (!index.hasConflicts()) {
        auto staged = index.writeTree();
        matches = staged && *staged == headTree;
    }
    if (!matches) {
        auto tree = commit->tree();
        if (!tree)
            return fail(tree.error());
        if (auto ok = index.readTree(*tree); !ok)
            return fail(ok.error());
    }
    return std::optional<git::Oid>{headTree};
}

} // namespace cp
