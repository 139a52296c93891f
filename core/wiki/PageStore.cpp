#include "core/wiki/PageStore.h"

#include "core/git/Commit.h"
#include "core/git/Index.h"
#include "core/git/Merge.h"
#include "core/git/Repository.h"
#include "core/git/Tree.h"
#include "core/wiki/Commons.h"
#include "core/wiki/ExternalEdits.h"
#include "core/wiki/WorkingCopy.h"

#include <QFile>
#include <algorithm>

namespace cp {

namespace {
Result<std::optional<git::Oid>> committedBlob(git::Repository& repo, const QString& path)
{
    return WorkingCopy(repo).committedBlob(path);
}
} // namespace

PageStore::PageStore(Commons& commons) : m_commons(commons) {}

Result<QList<PageName>> PageStore::list() const
{
    auto index = m_commons.repository().index();
    if (!index)
        return fail(index.error());
    if (auto ok = index->read(); !ok)
        return fail(ok.error());
    const QList<QByteArray> paths = index->paths(QByteArrayLiteral(".md"));
    QList<PageName> pages;
    pages.reserve(paths.size());
    for (const QByteArray& path : paths) {
        // Files a peer named against the rules (say under .commonplace/) are not pages.
        if (auto name = PageName::fromPath(QString::fromUtf8(path)))
            pages.append(std::move(*name));
    }
    std::sort(pages.begin(), pages.end(),
              [](const PageName& a, const PageName& b) { return a.title().compare(b.title()) < 0; });
    return pages;
}

bool PageStore::exists(const PageName& name) const
{
    if (!name.isValid())
        return false;
    auto index = m_commons.repository().index();
    if (!index || !index->read())
        return false;
    return index->entry(name.path()).has_value();
}

Result<QString> PageStore::read(const PageName& name) const
{
    if (!name.isValid())
        return fail(Error::user(tr("A page needs a name.")));
    QFile file(m_commons.path() + u'/' + name.path());
    if (file.open(QIODevice::ReadOnly))
        return QString::fromUtf8(file.readAll());
    // The file may be missing while main holds the page (the folder lags after a crash).
    auto blob = committedBlob(m_commons.repository(), name.path());
    if (!blob)
        return fail(blob.error());
    if (!*blob) {
        if (file.exists())
            return fail(Error::io(tr("Cannot read %1: %2.").arg(file.fileName(), file.errorString())));
        return fail(Error::notFound(tr("There is no page “%1”.").arg(name.title())));
    }
    auto content = m_commons.repository().readBlob(**blob);
    if (!content)
        return fail(content.error());
    return QString::fromUtf8(*content);
}

Result<QString> PageStore::save(const PageName& name, const QString& text, const QString& summary)
{
    return write(name, text, summary, false);
}

Result<CommittedPage> PageStore::committed(const PageName& name) const
{
    if (!name.isValid())
        return fail(Error::user(tr("A page needs a name.")));
    auto blob = committedBlob(m_commons.repository(), name.path());
    if (!blob)
        return fail(blob.error());
    if (!*blob)
        return CommittedPage{};
    auto content = m_commons.repository().readBlob(**blob);
    if (!content)
        return fail(content.error());
    return CommittedPage{(*blob)->toHex(), QString::fromUtf8(*content)};
}

Result<PageMerge> PageStore::mergeWithMain(const PageName& name, const QString& base, const QString& text) const
{
    auto theirs = committed(name);
    if (!theirs)
        return fail(theirs.error());
    // Nobody changed it meanwhile, or nothing to merge with: the text as it is.
    // (A page deleted meanwhile comes back with this text; the deletion stays in the history.)
    if (base.isEmpty() || theirs->blob.isEmpty() || theirs->blob == base)
        return PageMerge{text, true, theirs->blob};
    auto baseId = git::Oid::fromHex(base);
    if (!baseId)
        return fail(Error::internal(tr("“%1” is not a version of a page.").arg(base)));
    auto baseText = m_commons.repository().readBlob(*baseId);
    if (!baseText)
        return fail(baseText.error().context(tr("Reading the version of “%1” being edited").arg(name.title())));
    auto merged = git::Merge::texts(*baseText, text.toUtf8(), theirs->text.toUtf8());
    if (!merged)
        return fail(merged.error().context(tr("Merging “%1”").arg(name.title())));
    return PageMerge{QString::fromUtf8(merged->text), merged->clean, theirs->blob};
}

Result<QString> PageStore::saveOver(const PageName& name, const QString& base, const QString& text,
                                    const QString& summary)
{
    auto merged = mergeWithMain(name, base, text);
    if (!merged)
        return fail(merged.error());
    if (!merged->clean)
        return fail(Error::conflict(tr("“%1” was changed meanwhile in the same places you edited; nothing was saved. "
                                       "Combine both versions, then save again.")
                                        .arg(name.title())));
    return write(name, merged->text, summary, false);
}

Result<QString> PageStore::create(const PageName& name, const QString& text, const QString& summary)
{
    return write(name, text, summary, true);
}

Result<QString> PageStore::write(const PageName& name, const QString& text, const QString& summary, bool mustBeNew)
{
    if (!name.isValid())
        return fail(Error::user(tr("A page needs a name.")));
    git::Repository& repo = m_commons.repository();
    const QByteArray content = text.toUtf8();
    auto existing = committedBlob(repo, name.path());
    if (!existing)
        return fail(existing.error().context(tr("Saving “%1”").arg(name.title())));
    if (*existing && mustBeNew)
        return fail(Error::conflict(tr("A page called “%1” already exists.").arg(name.title())));
    // Never overwrite what another program wrote and nobody committed: the caller
    // commits or discards that edit first (ExternalEdits), so both stay in the history.
    if (auto safe = ExternalEdits(m_commons).checkSafeToSave(name, text); !safe)
        return fail(safe.error());
    if (*existing) {
        auto id = repo.hashBlob(content);
        if (!id)
            return fail(id.error());
        if (*id == **existing) {
            // Nothing to commit; still make sure the file shows what main holds.
            QFile file(m_commons.path() + u'/' + name.path());
            if (!file.open(QIODevice::ReadOnly) || file.readAll() != content) {
                file.close();
                if (auto restored = WorkingCopy(repo).updateFolder({FileChange{name.path(), content}}); !restored)
                    return fail(restored.error());
            }
            return m_commons.head();
        }
    }
    const bool isNew = !*existing;
    QString message = summary.trimmed();
    if (message.isEmpty())
        message = (isNew ? tr("Create %1") : tr("Edit %1")).arg(name.title());
    auto outcome = commitChanges({FileChange{name.path(), content}}, message);
    if (!outcome)
        return fail(outcome.error().context(tr("Saving “%1”").arg(name.title())));
    if (isNew)
        emit pageCreated(name);
    emit pageSaved(name);
    return finish(*outcome);
}

Result<QString> PageStore::rename(const PageName& from, const PageName& to, const QString& summary)
{
    if (!from.isValid() || !to.isValid())
        return fail(Error::user(tr("A page needs a name.")));
    if (from == to)
        return fail(Error::user(tr("“%1” already has that name.").arg(from.title())));
    git::Repository& repo = m_commons.repository();
    auto source = committedBlob(repo, from.path());
    if (!source)
        return fail(source.error());
    if (!*source)
        return fail(Error::notFound(tr("There is no page “%1” to rename.").arg(from.title())));
    auto target = committedBlob(repo, to.path());
    if (!target)
        return fail(target.error());
    if (*target)
        return fail(Error::conflict(tr("A page called “%1” already exists.").arg(to.title())));
    auto content = repo.readBlob(**source);
    if (!content)
        return fail(content.error());
    QString message = summary.trimmed();
    if (message.isEmpty())
        message = tr("Rename %1 to %2").arg(from.title(), to.title());
    auto outcome = commitChanges({FileChange{to.path(), *content}, FileChange{from.path(), std::nullopt}}, message);
    if (!outcome)
        return fail(outcome.error().context(tr("Renaming “%1”").arg(from.title())));
    emit pageRenamed(from, to);
    return finish(*outcome);
}

Result<QString> PageStore::remove(const PageName& name, const QString& summary)
{
    if (!name.isValid())
        return fail(Error::user(tr("A page needs a name.")));
    auto existing = committedBlob(m_commons.repository(), name.path());
    if (!existing)
        return fail(existing.error());
    if (!*existing)
        return fail(Error::notFound(tr("There is no page “%1” to delete.").arg(name.title())));
    QString message = summary.trimmed();
    if (message.isEmpty())
        message = tr("Delete %1").arg(name.title());
    auto outcome = commitChanges({FileChange{name.path(), std::nullopt}}, message);
    if (!outcome)
        return fail(outcome.error().context(tr("Deleting “%1”").arg(name.title())));
    emit pageRemoved(name);
    return finish(*outcome);
}

Result<ChangeOutcome> PageStore::commitChanges(const QList<FileChange>& changes, const QString& message)
{
    auto outcome = WorkingCopy(m_commons.repository())
                       .commit(changes, message, Commons::signatureFor(m_commons.author()), m_commons.signer());
    if (outcome && outcome->committed)
        emit m_commons.headChanged(outcome->head.toHex());
    return outcome;
}

Result<QString> PageStore::finish(const ChangeOutcome& outcome)
{
    if (outcome.workingTreeError)
        return fail(*outcome.workingTreeError);
    return outcome.head.toHex();
}

} // namespace cp
