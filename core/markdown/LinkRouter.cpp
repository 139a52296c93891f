#include "core/markdown/LinkRouter.h"

#include <QStringList>

namespace cp {

namespace {

constexpr qsizetype maxSegmentBytes = 255;
constexpr qsizetype maxPathBytes = 1024;

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

bool isSafeSegment(const QString& segment)
{
    if (segment.toUtf8().size() > maxSegmentBytes)
        return false;
    for (QChar c : segment) {
        if (isControl(c.unicode()) || c == u'\\')
            return false;
    }
    return true;
}

// The destination with every ASCII space and control character removed, the way
// browsers read a URL: "java\tscript:" is still javascript.
QString probeOf(const QString& destination)
{
    QString probe;
    probe.reserve(destination.size());
    for (QChar c : destination) {
        if (c.unicode() > 0x20 && !isControl(c.unicode()))
            probe += c;
    }
    return probe;
}

// The URI scheme of `text` in lower case ("" when it has none).
QString schemeOf(const QString& text)
{
    if (text.isEmpty() || !((text[0] >= u'a' && text[0] <= u'z') || (text[0] >= u'A' && text[0] <= u'Z')))
        return {};
    for (qsizetype i = 1; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u':')
            return text.left(i).toLower();
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'+' ||
                        c == u'-' || c == u'.';
        if (!ok)
            return {};
    }
    return {};
}

QString stripMdSuffix(QString path)
{
    path = path.trimmed();
    if (path.size() > 3 && path.endsWith(QLatin1StringView(".md"), Qt::CaseInsensitive))
        path.chop(3);
    return path;
}

// "report.pdf" yes, "Version 1.2" and "Notes" no: an extension holds a letter.
bool hasFileExtension(const QString& path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    const qsizetype dot = path.lastIndexOf(u'.');
    if (dot <= slash + 1 || path.size() - dot - 1 > 8 || dot == path.size() - 1)
        return false;
    bool letter = false;
    for (qsizetype i = dot + 1; i < path.size(); ++i) {
        const QChar c = path[i];
        if (!c.isLetterOrNumber() || c.unicode() > 0x7f)
            return false;
        letter = letter || c.isLetter();
    }
    return letter;
}

LinkTarget refused()
{
    return {};
}

LinkTarget pageTarget(const QString& title, const LinkRouter::PageExists& exists)
{
    LinkTarget target;
    target.kind = (!exists || exists(title)) ? LinkTarget::Kind::Page : LinkTarget::Kind::MissingPage;
    target.page = title;
    return target;
}

QString encoded(const QString& text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, QByteArrayLiteral("/")));
}

// A relative destination without its query and fragment, percent-decoded.
QString relativePath(const QString& destination)
{
    QString path = destination.trimmed();
    for (qsizetype i = 0; i < path.size(); ++i) {
        if (path[i] == u'?' || path[i] == u'#') {
            path.truncate(i);
            break;
        }
    }
    return QUrl::fromPercentEncoding(path.toUtf8());
}

} // namespace

QString LinkRouter::normalisePath(const QString& path, const QString& baseFolder)
{
    const QString nfc = path.normalized(QString::NormalizationForm_C);
    QStringList segments;
    if (!nfc.startsWith(u'/'))
        segments = baseFolder.normalized(QString::NormalizationForm_C).split(u'/', Qt::SkipEmptyParts);
    for (const QString& raw : nfc.split(u'/')) {
        const QString segment = raw.trimmed();
        if (segment.isEmpty() || segment == QLatin1StringView("."))
            continue;
        if (segment == QLatin1StringView("..")) {
            if (segments.isEmpty())
                return {};
            segments.removeLast();
            continue;
        }
        if (!isSafeSegment(segment) || segment.compare(QLatin1StringView(".git"), Qt::CaseInsensitive) == 0)
            return {};
        segments.append(segment);
    }
    if (segments.isEmpty() || segments.first().compare(QLatin1StringView(".commonplace"), Qt::CaseInsensitive) == 0)
        return {};
    QString joined = segments.join(u'/');
    if (joined.toUtf8().size() > maxPathBytes)
        return {};
    return joined;
}

QString LinkRouter::pageTitle(const QString& path, const QString& baseFolder)
{
    return normalisePath(stripMdSuffix(path), baseFolder);
}

QString LinkRouter::folderOf(const QString& title)
{
    const qsizetype slash = title.lastIndexOf(u'/');
    return slash < 0 ? QString() : title.left(slash);
}

QString LinkRouter::resolveWikiTarget(const QString& target, const QString& fromPage)
{
    const QString trimmed = target.trimmed();
    const bool relative = trimmed == QLatin1StringView(".") || trimmed == QLatin1StringView("..") ||
                          trimmed.startsWith(QLatin1StringView("./")) || trimmed.startsWith(QLatin1StringView("../"));
    const QString base = relative ? folderOf(pageTitle(fromPage)) : QString();
    return pageTitle(trimmed, base);
}

LinkTarget LinkRouter::routeWikiLink(const QString& target, const QString& fromPage, const PageExists& exists)
{
    const QString title = resolveWikiTarget(target, fromPage);
    return title.isEmpty() ? refused() : pageTarget(title, exists);
}

LinkTarget LinkRouter::routeDestination(const QString& destination, const QString& fromPage, const PageExists& exists)
{
    const QString probe = probeOf(destination);
    if (probe.isEmpty() || probe.startsWith(u'#') || probe.startsWith(QLatin1StringView("//")))
        return refused();
    const QString folder = folderOf(pageTitle(fromPage));
    const QString scheme = schemeOf(probe);
    if (!scheme.isEmpty()) {
        if (scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https") ||
            scheme == QLatin1StringView("mailto")) {
            const LinkTarget target = classify(QUrl(destination.trimmed()));
            return target.kind == LinkTarget::Kind::External ? target : refused();
        }
        // Any other scheme is refused, even one that could be a page title ("Note: x"):
        // [[Note: x]] reaches such a page without the doubt.
        return refused();
    }

    const QString path = relativePath(destination);
    if (path.trimmed().endsWith(QLatin1StringView(".md"), Qt::CaseInsensitive)) {
        const QString title = pageTitle(path, folder);
        return title.isEmpty() ? refused() : pageTarget(title, exists);
    }
    const QString resolved = normalisePath(path, folder);
    if (resolved.isEmpty())
        return refused();
    if (hasFileExtension(resolved) && !(exists && exists(resolved))) {
        LinkTarget target;
        target.kind = LinkTarget::Kind::Attachment;
        target.path = resolved;
        target.url = QUrl(href(target));
        return target;
    }
    return pageTarget(resolved, exists);
}

LinkTarget LinkRouter::routeImage(const QString& source, const QString& fromPage)
{
    const QString probe = probeOf(source);
    if (probe.isEmpty() || probe.startsWith(u'#') || probe.startsWith(QLatin1StringView("//")))
        return refused();
    const QString scheme = schemeOf(probe);
    if (!scheme.isEmpty()) {
        if (scheme != QLatin1StringView("http") && scheme != QLatin1StringView("https"))
            return refused();
        const LinkTarget target = classify(QUrl(source.trimmed()));
        return target.kind == LinkTarget::Kind::External ? target : refused();
    }
    const QString resolved = normalisePath(relativePath(source), folderOf(pageTitle(fromPage)));
    if (resolved.isEmpty())
        return refused();
    LinkTarget target;
    target.kind = LinkTarget::Kind::Attachment;
    target.path = resolved;
    target.url = QUrl(href(target));
    return target;
}

QString LinkRouter::href(const LinkTarget& target)
{
    switch (target.kind) {
    case LinkTarget::Kind::Page:
        return pageScheme + u':' + encoded(target.page);
    case LinkTarget::Kind::MissingPage:
        return newPageScheme + u':' + encoded(target.page);
    case LinkTarget::Kind::Attachment:
        return fileScheme + u':' + encoded(target.path);
    case LinkTarget::Kind::External:
        return target.url.toString(QUrl::FullyEncoded);
    case LinkTarget::Kind::Refused:
        break;
    }
    return {};
}

LinkTarget LinkRouter::classify(const QUrl& url)
{
    if (!url.isValid())
        return refused();
    const QString scheme = url.scheme().toLower();
    if (scheme == pageScheme || scheme == newPageScheme || scheme == fileScheme) {
        if (!url.authority().isEmpty() || url.hasQuery())
            return refused();
        const QString raw = url.path(QUrl::FullyDecoded);
        LinkTarget target;
        if (scheme == fileScheme) {
            target.path = normalisePath(raw);
            if (target.path.isEmpty())
                return refused();
            target.kind = LinkTarget::Kind::Attachment;
            target.url = QUrl(href(target));
            return target;
        }
        target.page = pageTitle(raw);
        if (target.page.isEmpty())
            return refused();
        target.kind = scheme == pageScheme ? LinkTarget::Kind::Page : LinkTarget::Kind::MissingPage;
        return target;
    }
    const bool web = scheme == QLatin1StringView("http") || scheme == QLatin1StringView("https");
    if ((web && !url.host().isEmpty()) || (scheme == QLatin1StringView("mailto") && !url.path().isEmpty())) {
        LinkTarget target;
        target.kind = LinkTarget::Kind::External;
        target.url = url;
        return target;
    }
    return refused();
}

} // namespace cp
