#include "core/wiki/LinkRewriter.h"

#include "core/markdown/LinkRouter.h"
#include "core/markdown/WikiLinkScanner.h"

#include <QList>
#include <QRegularExpression>
#include <algorithm>
#include <optional>

namespace cp {

namespace {

struct Edit
{
    qsizetype start = 0;
    qsizetype length = 0;
    QString text;
};

struct Context
{
    QString pageBefore;
    QString pageAfter;
    QString oldTitle;
    QString newTitle;
};

bool isRelativeWikiTarget(const QString& target)
{
    return target == QLatin1StringView(".") || target == QLatin1StringView("..") ||
           target.startsWith(QLatin1StringView("./")) || target.startsWith(QLatin1StringView("../"));
}

// Everything up to and including the last '/' ("../Folder/" of "../Folder/Page").
QString prefixOf(const QString& path)
{
    return path.left(path.lastIndexOf(u'/') + 1);
}

QString lastSegment(const QString& title)
{
    return title.mid(title.lastIndexOf(u'/') + 1);
}

// Where a link resolved to `resolved` (from pageBefore) must lead now, or nothing when
// the link can stay as it is. `keepRelative` says whether a relative link may keep its folder part.
std::optional<QString> newResolved(const Context& c, const QString& resolved, bool relative, bool* keepRelative)
{
    const QString target = resolved == c.oldTitle ? c.newTitle : resolved;
    const bool pageMoved = LinkRouter::folderOf(c.pageBefore) != LinkRouter::folderOf(c.pageAfter);
    if (target == resolved && !(relative && pageMoved))
        return std::nullopt;
    *keepRelative = relative && !pageMoved && LinkRouter::folderOf(target) == LinkRouter::folderOf(resolved);
    return target;
}

QString encodeDestination(const QString& path)
{
    QString out;
    for (const QChar c : path) {
        switch (c.unicode()) {
        case ' ':
            out += QStringLiteral("%20");
            break;
        case '(':
            out += QStringLiteral("%28");
            break;
        case ')':
            out += QStringLiteral("%29");
            break;
        case '<':
            out += QStringLiteral("%3C");
            break;
        case '>':
            out += QStringLiteral("%3E");
            break;
        case '%':
            out += QStringLiteral("%25");
            break;
        default:
            out += c;
        }
    }
    return out;
}

void wikiEdits(const Context& c, QStringView segment, qsizetype offset, QList<Edit>& edits)
{
    for (const WikiLinkSpan& span : WikiLinkScanner::scan(segment)) {
        const QString resolved = LinkRouter::resolveWikiTarget(span.target, c.pageBefore);
        if (resolved.isEmpty())
            continue;
        const bool relative = isRelativeWikiTarget(span.target);
        bool keepRelative = false;
        const auto target = newResolved(c, resolved, relative, &keepRelative);
        if (!target)
            continue;
        const QString written = keepRelative ? prefixOf(span.target) + lastSegment(*target) : *target;
        const QStringView inner = segment.mid(span.start + 2, span.length - 4);
        const qsizetype bar = inner.indexOf(u'|');
        const QString label = bar < 0 ? QString() : u'|' + inner.mid(bar + 1).toString();
        edits.append({offset + span.start, span.length, QStringLiteral("[[") + written + label + QStringLiteral("]]")});
    }
}

void markdownEdits(const Context& c, QStringView segment, qsizetype offset, QList<Edit>& edits)
{
    // "](destination" up to a title or the closing parenthesis; <destination> too.
    static const QRegularExpression link(QStringLiteral(R"(\]\(\s*(<[^<>\n]*>|[^\s()<>]+))"));
    auto it = link.globalMatch(segment);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString raw = m.captured(1);
        const bool angled = raw.startsWith(u'<');
        const QString destination = angled ? raw.mid(1, raw.size() - 2) : raw;
        if (destination.contains(u'#') || destination.contains(u'?'))
            continue; // anchors and queries: left alone rather than half-rewritten
        const LinkTarget routed = LinkRouter::routeDestination(destination, c.pageBefore, {});
        QString resolved;
        if (routed.kind == LinkTarget::Kind::Page || routed.kind == LinkTarget::Kind::MissingPage)
            resolved = routed.page;
        else if (routed.kind == LinkTarget::Kind::Attachment)
            resolved = routed.path;
        else
            continue;
        const bool relative = !destination.startsWith(u'/');
        bool keepRelative = false;
        const auto target = newResolved(c, resolved, relative, &keepRelative);
        if (!target)
            continue;
        const bool page = routed.kind != LinkTarget::Kind::Attachment;
        const bool hadMd = destination.trimmed().endsWith(QLatin1StringView(".md"), Qt::CaseInsensitive);
        const QString path = *target + (page && hadMd ? QStringLiteral(".md") : QString());
        QString written;
        if (keepRelative) {
            const QString last = lastSegment(path);
            written = prefixOf(destination) + (angled ? last : encodeDestination(last));
        } else {
            written = u'/' + (angled ? path : encodeDestination(path));
        }
        if (angled)
            written = u'<' + written + u'>';
        edits.append({offset + m.capturedStart(1), m.capturedLength(1), written});
    }
}

// Calls `visit` for each run of the text that is not code.
template <typename Visit> void forEachProse(const QString& text, Visit visit)
{
    static const QRegularExpression fence(QStringLiteral(R"(^ {0,3}(`{3,}|~{3,}))"));
    QString openFence;
    qsizetype lineStart = 0;
    while (lineStart <= text.size()) {
        qsizetype lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QStringView line = QStringView(text).mid(lineStart, lineEnd - lineStart);
        const QRegularExpressionMatch m = fence.match(line);
        if (!openFence.isEmpty()) {
            if (m.hasMatch() && m.captured(1).front() == openFence.front() && m.capturedLength(1) >= openFence.size() &&
                line.mid(m.capturedEnd(1)).trimmed().isEmpty())
                openFence.clear();
        } else if (m.hasMatch()) {
            openFence = m.captured(1);
        } else {
            // Inline code: a run of N backticks up to the next run of exactly N.
            qsizetype from = 0;
            qsizetype prose = 0;
            while (from < line.size()) {
                const qsizetype tick = line.indexOf(u'`', from);
                if (tick < 0)
                    break;
                qsizetype run = tick;
                while (run < line.size() && line[run] == u'`')
                    ++run;
                const qsizetype n = run - tick;
                qsizetype close = run;
                qsizetype found = -1;
                while ((close = line.indexOf(u'`', close)) >= 0) {
                    qsizetype end = close;
                    while (end < line.size() && line[end] == u'`')
                        ++end;
                    if (end - close == n) {
                        found = end;
                        break;
                    }
                    close = end;
                }
                if (found < 0) {
                    from = run;
                    continue;
                }
                visit(line.mid(prose, tick - prose), lineStart + prose);
                prose = found;
                from = found;
            }
            visit(line.mid(prose), lineStart + prose);
        }
        lineStart = lineEnd + 1;
    }
}

} // namespace

QString LinkRewriter::rewrite(const QString& markdown, const QString& pageBefore, const QString& pageAfter,
                              const QString& oldTitle, const QString& newTitle)
{
    const Context c{pageBefore, pageAfter, oldTitle, newTitle};
    QList<Edit> edits;
    forEachProse(markdown, [&](QStringView segment, qsizetype offset) {
        wikiEdits(c, segment, offset, edits);
        markdownEdits(c, segment, offset, edits);
    });
    if (edits.isEmpty())
        return markdown;
    std::sort(edits.begin(), edits.end(), [](const Edit& a, const Edit& b) { return a.start > b.start; });
    QString out = markdown;
    qsizetype limit = out.size() + 1;
    for (const Edit& edit : edits) {
        if (edit.start + edit.length > limit)
            continue; // overlaps an edit already made ("[[x]](y)" oddities)
        out.replace(edit.start, edit.length, edit.text);
        limit = edit.start;
    }
    return out;
}

} // namespace cp
