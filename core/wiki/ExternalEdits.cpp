#include "core/wiki/ExternalEdits.h"

#include "core/git/Commit.h"
#include "core/git/Index.h"
#include "core/git/Repository.h"
#include "core/git/WorkdirStatus.h"
#include "core/wiki/Attachments.h"
#include "core/wiki/Commons.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/WorkingCopy.h"

#include <QFile>
#include <QFileInfo>

namespace cp {

QString ExternalChange::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Added:
        return QStringLiteral("added");
    case Kind::Modified:
        return QStringLiteral("modified");
    case Kind::Removed:
        return QStringLiteral("removed");
    case Kind::Conflicted:
        break;
    }
    return QStringLiteral("conflicted");
}

ExternalEdits::ExternalEdits(Commons& commons) : m_commons(commons) {}

QStringList ExternalEdits::pathspecs()
{
    return {QStringLiteral("*.md"), Attachments::Folder + QStringLiteral("/*")};
}

Result<QList<ExternalChange>> ExternalEdits::scan() const
{
    auto status = git::WorkdirStatus::read(m_commons.repository(), pathspecs());
    if (!status)
        return fail(status.error().context(tr("Looking for pages changed outside Commonplace")));
    QList<ExternalChange> changes;
    for (const git::WorkdirChange& change : *status) {
        ExternalChange out;
        out.path = change.path;
        if (change.path.endsWith(QStringLiteral(".md")) && !change.path.startsWith(Attachments::Folder + u'/')) {
            auto name = PageName::fromPath(change.path);
            if (!name)
                continue; // not a page (a name the rules refuse)
            out.page = *name;
        }
        switch (change.kind) {
        case git::WorkdirChange::Kind::Added:
            out.kind = ExternalChange::Kind::Added;
            break;
        case git::WorkdirChange::Kind::Modified:
            out.kind = ExternalChange::Kind::Modified;
            break;
        case git::WorkdirChange::Kind::Deleted:
            out.kind = ExternalChange::Kind::Removed;
            break;
        case git::WorkdirChange::Kind::Conflicted:
            out.kind = ExternalChange::Kind::Conflicted;
            break;
        }
        changes.append(std::move(out));
    }
    return changes;
}

Result<QString> ExternalEdits::commit(const QString& message, const QStringList& paths)
{
    auto found = scan();
    if (!found)
        return fail(found.error());
    QList<ExternalChange> changes;
    for (const ExternalChange& change : *found) {
        if (!paths.isEmpty() && !paths.contains(change.path))
            continue;
        if (change.kind == ExternalChange::Kind::Conflicted)
            return fail(Error::conflict(tr("%1 is in the middle of a merge; resolve it before committing changes "
                                           "made outside Commonplace.")
                                            .arg(change.path)));
        changes.append(change);
    }
    if (changes.isEmpty())
        return m_commons.head();

    git::Repository& repo = m_commons.repository();
    auto head = repo.resolve(WorkingCopy::MainRef);
    if (!head)
        return fail(head.error());
    auto index = repo.index();
    if (!index)
        return fail(index.error());
    if (auto ok = index->read(); !ok)
        return fail(ok.error());
    if (index->hasConflicts())
        return fail(Error::conflict(tr("The commons is in the middle of a merge; finish it before committing changes "
                                       "made outside Commonplace.")));
    // Start from main's tree: whatever else is staged by hand stays out of this commit.
    auto staged = WorkingCopy::stageTreeOf(repo, *index, *head);
    if (!staged)
        return fail(staged.error());
    const std::optional<git::Oid> headTree = *staged;
    auto undo = [&index](const Error& e) {
        (void)index->read(true);
        return fail(e);
    };
    for (const ExternalChange& change : changes) {
        // Staged from the folder as it is now: what the person sees is what is committed.
        const bool onDisk = QFileInfo::exists(repo.workdir() + u'/' + change.path);
        auto ok = onDisk ? index->addFromWorkdir(change.path) : index->remove(change.path);
        if (!ok)
            return undo(ok.error());
    }
    auto tree = index->writeTree();
    if (!tree)
        return undo(tree.error());
    if (headTree && *tree == *headTree) {
        (void)index->read(true);
        return m_commons.head(); // the folder went back to main's version meanwhile
    }

    QString text = message.trimmed();
    if (text.isEmpty()) {
        if (changes.size() > 1)
            text = tr("Commit external changes to %1 files").arg(changes.size());
        else if (changes.first().isPage())
            text = tr("Edit %1 outside Commonplace").arg(changes.first().page.title());
        else
            text = tr("Commit %1, changed outside Commonplace").arg(changes.first().path);
    }
    git::CommitDraft draft;
    draft.tree = *tree;
    if (*head)
        draft.parents.append(**head);
    draft.author = Commons::signatureFor(m_commons.author());
    draft.message = text;
    auto id = repo.commitOnto(WorkingCopy::MainRef, draft, m_commons.signer());
    if (!id)
        return undo(id.error().context(tr("Committing changes made outside Commonplace")));
    // main has moved; the index follows (the folder already holds these files).
    const auto written = index->write();

    PageStore& pages = m_commons.pages();
    for (const ExternalChange& change : changes) {
        if (!change.isPage())
            continue;
        if (change.kind == ExternalChange::Kind::Removed) {
            emit pages.pageRemoved(change.page);
        } else {
            if (change.kind == ExternalChange::Kind::Added)
                emit pages.pageCreated(change.page);
            emit pages.pageSaved(change.page);
        }
    }
    emit m_commons.headChanged(id->toHex());
    if (!written)
        return fail(written.error().context(tr("The changes are committed, but the index could not be written")));
    return id->toHex();
}

Status ExternalEdits::discard(const QStringList& paths)
{
    auto found = scan();
    if (!found)
        return fail(found.error());
    git::Repository& repo = m_commons.repository();
    WorkingCopy workingCopy(repo);
    for (const ExternalChange& change : *found) {
        if (!paths.contains(change.path))
            continue;
        if (change.kind == ExternalChange::Kind::Conflicted)
            return fail(Error::conflict(tr("%1 is in the middle of a merge; resolve it instead.").arg(change.path)));
        auto blob = workingCopy.committedBlob(change.path);
        if (!blob)
            return fail(blob.error());
        if (!*blob) {
            const QString file = repo.workdir() + u'/' + change.path;
            if (QFileInfo::exists(file) && !QFile::remove(file))
                return fail(Error::io(tr("Cannot delete %1.").arg(file)));
            continue;
        }
        auto content = repo.readBlob(**blob);
        if (!content)
            return fail(content.error());
        if (auto ok = workingCopy.updateFolder({FileChange{change.path, *content}}); !ok)
            return fail(ok.error());
    }
    return {};
}

Status ExternalEdits::checkSafeToSave(const PageName& page, const QString& text) const
{
    if (!page.isValid())
        return fail(Error::user(tr("A page needs a name.")));
    git::Repository& repo = m_commons.repository();
    QFile file(repo.workdir() + u'/' + page.path());
    if (!file.exists())
        return {}; // removed outside: saving brings it back, and the old text is in the history
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::io(tr("Cannot read %1: %2.").arg(file.fileName(), file.errorString())));
    const QByteArray onDisk = file.readAll();
    if (onDisk == text.toUtf8())
        return {};
    auto committed = WorkingCopy(repo).committedBlob(page.path());
    if (!committed)
        return fail(committed.error());
    if (*committed) {
        auto id = git::Repository::hashBlob(onDisk);
        if (!id)
            return fail(id.error());
        if (*id == **committed)
            return {};
        return fail(Error::conflict(tr("“%1” was changed outside Commonplace since it was last saved. Commit that "
                                       "change first (it stays in the history), or discard it, then save again.")
                                        .arg(page.title())));
    }
    return fail(Error::conflict(tr("A file for “%1” was created outside Commonplace and is not committed. Commit "
                                   "it first (it stays in the history), or discard it, then save again.")
                                    .arg(page.title())));
}

} // namespace cp
