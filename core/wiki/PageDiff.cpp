#include "core/wiki/PageDiff.h"

#include "core/git/Repository.h"
#include "core/wiki/History.h"

#include <QFile>

namespace cp {

QString PageDiff::Side::label() const
{
    if (!commit)
        return tr("%1 (working copy)").arg(path);
    if (commit->isNull())
        return tr("%1 (nothing before the first commit)").arg(path);
    return path + QStringLiteral(" @ ") + commit->toShortHex();
}

Result<PageDiff::Side> PageDiff::side(History& history, const QString& path, const std::optional<git::Oid>& at)
{
    Side out;
    out.commit = at;
    out.path = path;
    if (at) {
        auto content = history.fileAt(path, *at);
        if (!content)
            return fail(content.error());
        out.exists = content->has_value();
        if (out.exists)
            out.text = QString::fromUtf8(**content);
        return out;
    }
    QFile file(history.repository().workdir() + u'/' + path);
    if (!file.exists())
        return out;
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::io(tr("Cannot read %1: %2.").arg(file.fileName(), file.errorString())));
    out.exists = true;
    out.text = QString::fromUtf8(file.readAll());
    return out;
}

Result<PageDiff> PageDiff::between(History& history, const QString& fromPath, const std::optional<git::Oid>& from,
                                   const QString& toPath, const std::optional<git::Oid>& to)
{
    auto before = side(history, fromPath, from);
    if (!before)
        return fail(before.error());
    auto after = side(history, toPath, to);
    if (!after)
        return fail(after.error());
    PageDiff out;
    out.m_from = std::move(*before);
    out.m_to = std::move(*after);
    out.m_diff = TextDiff::compute(out.m_from.text, out.m_to.text);
    return out;
}

Result<PageDiff> PageDiff::compute(History& history, const PageName& page, const QString& fromRevision,
                                   const std::optional<QString>& toRevision)
{
    if (!page.isValid())
        return fail(Error::user(tr("A page needs a name.")));
    auto from = history.resolve(fromRevision);
    if (!from)
        return fail(from.error());
    std::optional<git::Oid> to;
    if (toRevision) {
        auto resolved = history.resolve(*toRevision);
        if (!resolved)
            return fail(resolved.error());
        to = *resolved;
    }
    auto out = between(history, page.path(), *from, page.path(), to);
    if (out && !out->m_from.exists && !out->m_to.exists)
        return fail(Error::notFound(tr("There is no page “%1” in either version.").arg(page.title())));
    return out;
}

Result<PageDiff> PageDiff::ofEntry(History& history, const HistoryEntry& entry)
{
    if (entry.path.isEmpty())
        return fail(Error::user(tr("This history entry is not about one page.")));
    const QString before = entry.previousPath.isEmpty() ? entry.path : entry.previousPath;
    if (entry.parents.isEmpty()) {
        // A root commit: nothing before it (a null commit id on that side).
        auto after = side(history, entry.path, entry.commit);
        if (!after)
            return fail(after.error());
        PageDiff out;
        out.m_from.commit = git::Oid();
        out.m_from.path = before;
        out.m_to = std::move(*after);
        out.m_diff = TextDiff::compute({}, out.m_to.text);
        return out;
    }
    return between(history, before, entry.parents.first(), entry.path, entry.commit);
}

QString PageDiff::unifiedText(int context) const
{
    return m_diff.unifiedText(m_from.label(), m_to.label(), context);
}

QString PageDiff::wordDiffText(int context) const
{
    return m_diff.wordDiffText(m_from.label(), m_to.label(), context);
}

} // namespace cp
