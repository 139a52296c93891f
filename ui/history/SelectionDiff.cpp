#include "ui/history/SelectionDiff.h"

#include "core/git/Commit.h"
#include "core/git/Repository.h"
#include "core/git/TreeDiff.h"
#include "core/wiki/History.h"
#include "core/wiki/PageDiff.h"

namespace cp {

namespace {

bool isPage(const QString& path)
{
    return path.endsWith(QStringLiteral(".md"), Qt::CaseInsensitive) && !path.startsWith(u'.');
}

} // namespace

QString SelectionDiff::titleOf(const QString& path)
{
    const auto page = PageName::fromPath(path);
    return page ? page->title() : path;
}

QString SelectionDiff::sideLabel(const PageDiff::Side& side, bool withPath)
{
    QString label;
    if (!side.commit)
        label = tr("as saved now");
    else if (side.commit->isNull())
        label = tr("nothing before");
    else
        label = side.commit->toShortHex(8);
    return withPath ? side.path + QStringLiteral(" @ ") + label : label;
}

DiffSection SelectionDiff::section(const PageDiff& diff)
{
    DiffSection out;
    out.title = titleOf(diff.to().exists ? diff.to().path : diff.from().path);
    // The title names the page; paths only when they differ (a rename).
    const bool renamed = diff.from().path != diff.to().path;
    out.fromLabel = sideLabel(diff.from(), renamed);
    out.toLabel = sideLabel(diff.to(), renamed);
    out.fromExists = diff.from().exists;
    out.toExists = diff.to().exists;
    out.diff = diff.diff();
    return out;
}

Result<SelectionDiff::Outcome> SelectionDiff::forPage(History& history, const PageName& page,
                                                      const QList<HistoryEntry>& selected, bool againstCurrent)
{
    if (selected.isEmpty())
        return Outcome{};
    Result<PageDiff> diff = fail(Error::internal({}));
    if (selected.size() >= 2) {
        const HistoryEntry& newer = selected.first();
        const HistoryEntry& older = selected.last();
        diff = PageDiff::between(history, older.path, older.commit, newer.path, newer.commit);
    } else if (againstCurrent) {
        const HistoryEntry& entry = selected.first();
        diff = PageDiff::between(history, entry.path, entry.commit, page.path(), std::nullopt);
    } else {
        diff = PageDiff::ofEntry(history, selected.first());
    }
    if (!diff)
        return fail(diff.error());
    return Outcome{{section(*diff)}, 0};
}

Result<DiffSection> SelectionDiff::commitSection(History& history, const QString& path,
                                                 const std::optional<git::Oid>& from, const git::Oid& to)
{
    if (from) {
        auto diff = PageDiff::between(history, path, *from, path, to);
        if (!diff)
            return fail(diff.error());
        return section(*diff);
    }
    auto content = history.fileAt(path, to);
    if (!content)
        return fail(content.error());
    DiffSection out;
    out.title = titleOf(path);
    out.fromLabel = tr("nothing before");
    out.fromExists = false;
    out.toLabel = to.toShortHex(8);
    out.toExists = content->has_value();
    out.diff = TextDiff::compute({}, content->has_value() ? QString::fromUtf8(**content) : QString());
    return out;
}

Result<SelectionDiff::Outcome> SelectionDiff::forCommons(History& history, const QList<HistoryEntry>& selected)
{
    if (selected.isEmpty())
        return Outcome{};
    const HistoryEntry& newer = selected.first();
    std::optional<git::Oid> older;
    Result<QList<git::TreeChange>> changes = fail(Error::internal({}));
    if (selected.size() >= 2) {
        older = selected.last().commit;
        const git::Repository& repo = history.repository();
        auto from = repo.lookupCommit(*older);
        auto to = repo.lookupCommit(newer.commit);
        if (!from)
            return fail(from.error());
        if (!to)
            return fail(to.error());
        changes = git::TreeDiff::between(repo, from->treeId(), to->treeId());
    } else {
        if (!newer.parents.isEmpty())
            older = newer.parents.first();
        changes = history.changesIn(newer.commit);
    }
    if (!changes)
        return fail(changes.error());

    Outcome out;
    for (const git::TreeChange& change : *changes) {
        if (!isPage(change.path))
            continue;
        if (out.sections.size() >= MaxFiles) {
            ++out.omitted;
            continue;
        }
        auto section = commitSection(history, change.path, older, newer.commit);
        if (!section)
            return fail(section.error());
        out.sections.append(std::move(*section));
    }
    return out;
}

} // namespace cp
