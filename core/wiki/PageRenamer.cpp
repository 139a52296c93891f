#include "core/wiki/PageRenamer.h"

#include "core/git/Repository.h"
#include "core/wiki/Commons.h"
#include "core/wiki/LinkRewriter.h"
#include "core/wiki/PageStore.h"
#include "core/wiki/WikiIndex.h"
#include "core/wiki/WorkingCopy.h"

namespace cp {

Result<std::optional<QByteArray>> PageRenamer::committedText(const QString& path)
{
    auto blob = WorkingCopy(m_commons.repository()).committedBlob(path);
    if (!blob)
        return fail(blob.error());
    if (!*blob)
        return std::optional<QByteArray>();
    auto bytes = m_commons.repository().readBlob(**blob);
    if (!bytes)
        return fail(bytes.error());
    return std::optional(std::move(*bytes));
}

Result<QStringList> PageRenamer::linkingPages(const PageName& from)
{
    if (auto ok = m_index.catchUp(); !ok)
        return fail(ok.error());
    auto pages = m_index.backlinks(from.title());
    if (!pages)
        return pages;
    pages->removeAll(from.title());
    return pages;
}

Result<RenameOutcome> PageRenamer::rename(const PageName& from, const PageName& to, bool updateLinks,
                                          const QString& summary)
{
    if (!updateLinks) {
        auto commit = m_commons.pages().rename(from, to, summary);
        if (!commit)
            return fail(commit.error());
        return RenameOutcome{*commit, {}};
    }
    if (!from.isValid() || !to.isValid())
        return fail(Error::user(tr("A page needs a name.")));
    if (from == to)
        return fail(Error::user(tr("“%1” already has that name.").arg(from.title())));
    const QString what = tr("Renaming “%1”").arg(from.title());
    auto source = committedText(from.path());
    if (!source)
        return fail(source.error().context(what));
    if (!*source)
        return fail(Error::notFound(tr("There is no page “%1” to rename.").arg(from.title())));
    auto target = committedText(to.path());
    if (!target)
        return fail(target.error().context(what));
    if (*target)
        return fail(Error::conflict(tr("A page called “%1” already exists.").arg(to.title())));
    auto linking = linkingPages(from);
    if (!linking)
        return fail(linking.error().context(what));

    const QString moved =
        LinkRewriter::rewrite(QString::fromUtf8(**source), from.title(), to.title(), from.title(), to.title());
    QList<FileChange> changes{FileChange{to.path(), moved.toUtf8()}, FileChange{from.path(), std::nullopt}};
    QList<PageName> updated;
    for (const QString& title : *linking) {
        auto name = PageName::fromTitle(title);
        if (!name)
            continue;
        auto text = committedText(name->path());
        if (!text)
            return fail(text.error().context(what));
        if (!*text)
            continue; // the index lagged behind: nothing there to rewrite
        const QString before = QString::fromUtf8(**text);
        const QString after = LinkRewriter::rewrite(before, title, title, from.title(), to.title());
        if (after == before)
            continue;
        changes.append(FileChange{name->path(), after.toUtf8()});
        updated.append(*name);
    }

    QString message = summary.trimmed();
    if (message.isEmpty())
        message = updated.isEmpty() ? tr("Rename %1 to %2").arg(from.title(), to.title())
                                    : tr("Rename %1 to %2 and update %n link(s)", nullptr, int(updated.size()))
                                          .arg(from.title(), to.title());
    auto outcome = WorkingCopy(m_commons.repository())
                       .commit(changes, message, Commons::signatureFor(m_commons.author()), m_commons.signer());
    if (!outcome)
        return fail(outcome.error().context(what));
    if (outcome->committed)
        emit m_commons.headChanged(outcome->head.toHex());
    emit m_commons.pages().pageRenamed(from, to);
    QStringList titles;
    for (const PageName& name : updated) {
        emit m_commons.pages().pageSaved(name);
        titles.append(name.title());
    }
    titles.sort();
    if (outcome->workingTreeError)
        return fail(*outcome->workingTreeError);
    return RenameOutcome{outcome->head.toHex(), titles};
}

} // namespace cp
