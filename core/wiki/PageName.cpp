#include "core/wiki/PageName.h"

#include <QCoreApplication>

namespace cp {

namespace {

constexpr qsizetype kMaxSegmentBytes = 200;
constexpr qsizetype kMaxPathBytes = 1000;
const auto kSuffix = QStringLiteral(".md");

// UTF-8 length without converting: 1–3 bytes per BMP character, 4 per surrogate pair.
qsizetype utf8Length(QStringView s)
{
    qsizetype bytes = 0;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            bytes += 1;
        else if (u < 0x800 || QChar::isSurrogate(u))
            bytes += 2;
        else
            bytes += 3;
    }
    return bytes;
}

bool isAscii(QStringView s)
{
    for (const QChar c : s)
        if (c.unicode() >= 0x80)
            return false;
    return true;
}

// Shortened for error messages, so a 5,000-character name does not flood the screen.
QString shown(const QString& s)
{
    return s.size() > 60 ? s.left(57) + QStringLiteral("…") : s;
}

// Checks a title ("Folder/Page", NFC, without ".md") against the rules in PageName.h.
Status validate(const QString& title)
{
    if (title.isEmpty())
        return fail(Error::user(QCoreApplication::translate("cp::PageName", "A page needs a name.")));
    for (const QChar c : title) {
        if (c.category() == QChar::Other_Control)
            return fail(Error::user(
                QCoreApplication::translate(
                    "cp::PageName", "A page name cannot contain control characters such as tabs or line breaks: “%1”.")
                    .arg(shown(title).simplified())));
        if (c == u'\\')
            return fail(Error::user(
                QCoreApplication::translate("cp::PageName",
                                            "A page name cannot contain a backslash (\\): “%1”. Use / to put a page "
                                            "in a folder.")
                    .arg(shown(title))));
    }
    if (title.startsWith(u'/'))
        return fail(Error::user(QCoreApplication::translate(
                                    "cp::PageName", "“%1” is an absolute path. Page names are relative to the commons, "
                                                    "such as “Folder/Page”.")
                                    .arg(shown(title))));
    qsizetype start = 0;
    bool first = true;
    while (start <= title.size()) {
        qsizetype end = title.indexOf(u'/', start);
        if (end < 0)
            end = title.size();
        const QStringView segment = QStringView(title).mid(start, end - start);
        if (segment.isEmpty())
            return fail(Error::user(
                QCoreApplication::translate(
                    "cp::PageName", "“%1” has an empty folder name: two slashes in a row or a slash at the end.")
                    .arg(shown(title))));
        if (segment == u"." || segment == u"..")
            return fail(Error::user(
                QCoreApplication::translate(
                    "cp::PageName", "“%1” uses “.” or “..” as a name, which is not allowed for pages or folders.")
                    .arg(shown(title))));
        if (segment.compare(u".git", Qt::CaseInsensitive) == 0)
            return fail(Error::user(
                QCoreApplication::translate("cp::PageName",
                                            "“%1” would be stored in .git, where git keeps its own data. Choose "
                                            "another name.")
                    .arg(shown(title))));
        if (first && segment.compare(u".commonplace", Qt::CaseInsensitive) == 0)
            return fail(Error::user(
                QCoreApplication::translate("cp::PageName",
                                            "“%1” would be stored in .commonplace, which holds the settings of the "
                                            "commons. Choose another name.")
                    .arg(shown(title))));
        if (utf8Length(segment) > kMaxSegmentBytes)
            return fail(Error::user(
                QCoreApplication::translate("cp::PageName",
                                            "“%1” is too long: a page or folder name may have at most %2 bytes "
                                            "(about %2 Latin or %3 Cyrillic letters).")
                    .arg(shown(segment.toString()))
                    .arg(kMaxSegmentBytes)
                    .arg(kMaxSegmentBytes / 2)));
        first = false;
        start = end + 1;
    }
    if (utf8Length(title) + kSuffix.size() > kMaxPathBytes)
        return fail(Error::user(QCoreApplication::translate(
                                    "cp::PageName", "“%1” is too long: a page's full path may have at most %2 bytes.")
                                    .arg(shown(title))
                                    .arg(kMaxPathBytes)));
    return {};
}

QString nfc(const QString& s)
{
    return isAscii(s) ? s : s.normalized(QString::NormalizationForm_C);
}

} // namespace

Result<PageName> PageName::fromTitle(const QString& title)
{
    QString t = nfc(title.trimmed());
    if (t.endsWith(kSuffix) && t.size() > kSuffix.size())
        t.chop(kSuffix.size());
    // What a person types may have spaces around the slashes: "Folder / Page".
    if (t.contains(u'/')) {
        QStringList segments = t.split(u'/');
        for (QString& segment : segments)
            segment = segment.trimmed();
        t = segments.join(u'/');
    }
    if (auto ok = validate(t); !ok)
        return fail(ok.error());
    return PageName(t);
}

Result<PageName> PageName::fromPath(const QString& path)
{
    if (!path.endsWith(kSuffix))
        return fail(
            Error::user(QCoreApplication::translate("cp::PageName", "“%1” is not a page: page files end in .md.")
                            .arg(shown(path))));
    QString title = nfc(path.chopped(kSuffix.size()));
    if (auto ok = validate(title); !ok)
        return fail(ok.error());
    return PageName(title);
}

QString PageName::baseName() const
{
    const qsizetype slash = m_title.lastIndexOf(u'/');
    return slash < 0 ? m_title : m_title.mid(slash + 1);
}

QString PageName::folder() const
{
    const qsizetype slash = m_title.lastIndexOf(u'/');
    return slash < 0 ? QString() : m_title.left(slash);
}

} // namespace cp
