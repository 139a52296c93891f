#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>
#include <functional>

namespace cp {

// Where a link in rendered HTML leads, decided by the URL alone so the UI never
// follows anything it should not.
struct LinkTarget
{
    enum class Kind {
        Page,        // an existing page:   commonplace-page:<percent-encoded title>
        MissingPage, // a page to create:   commonplace-new:<percent-encoded title>
        External,    // http, https, mailto
        Attachment,  // a file in the commons: commonplace-file:<percent-encoded path>
        Refused,     // anything else (javascript:, file:, data:, ...): not followable
    };
    Kind kind = Kind::Refused;
    QString page; // for Page / MissingPage: the title, e.g. "Folder/Page"
    QUrl url;     // for External / Attachment
    QString path; // for Attachment: the file's path from the commons root, e.g. "images/map.png"
};

// Markdown (GitHub-flavoured: tables, strikethrough, autolinks, task lists,
// tagfilter) to HTML that Qt's rich text shows well. Raw HTML never passes through
// (HTML blocks and inline tags are dropped; only <br> survives, as a line break).
// [[Page]] and [[Page|label]] become page links; links to missing pages look different
// (class "missing": red, dashed underline) and lead to commonplace-new:<title>.
// Images show only files of the commons (<img src="commonplace-file:<path>">, which the
// UI loads); remote images become links and are never fetched.
// Owns no cmark state between calls; the cmark-gfm extensions are registered once per process.
// All methods are safe to call from several threads at once (given a thread-safe PageExists).
class MarkdownRenderer
{
public:
    // Returns true if a page with this title exists (used to style and route wiki links).
    // It receives normalised titles ("Folder/Page", NFC, no ".md"). Without a callback
    // every page counts as existing.
    using PageExists = std::function<bool(const QString& title)>;

    explicit MarkdownRenderer(PageExists pageExists = {});

    // A whole HTML document (with its style sheet) for a QTextBrowser.
    [[nodiscard]] QString toHtml(const QString& markdown) const;
    // The same for the page titled `fromPage` ("Folder/Page"): relative links and
    // images resolve against its folder.
    [[nodiscard]] QString toHtml(const QString& markdown, const QString& fromPage) const;

    // The titles of the pages `markdown` links to ([[wiki links]] and markdown links to
    // pages), each once, in order of first appearance; links in code are not links.
    [[nodiscard]] QStringList pageLinks(const QString& markdown, const QString& fromPage = {}) const;

    // The page title named by a [[wiki link]] target, or "" when the target names no
    // valid page. Titles are normalised like page names: trimmed (each folder too), NFC,
    // a trailing ".md" stripped. Targets are absolute from the commons root ("Folder/Page",
    // a leading '/' allowed), except "./x" and "../x", which are relative to the folder of
    // `fromPage` (a title such as "Folder/Page"). A target that climbs above the root,
    // lies under .git or .commonplace, or holds control characters or '\' names no page.
    // (Markdown links [text](dest) differ, as on GitHub: relative to fromPage's folder
    // unless they start with '/'.)
    [[nodiscard]] static QString resolveWikiTarget(const QString& target, const QString& fromPage = {});

    // What a URL found in rendered HTML leads to. Followable: commonplace-page: and
    // commonplace-new: with a valid title, commonplace-file: with a valid path,
    // http(s) with a host, mailto. Everything else is Refused: javascript:, data:, file:,
    // vbscript:, unknown schemes, relative URLs, and URLs QUrl finds invalid (which
    // covers spaces and control characters smuggled into the scheme). Scheme case is ignored.
    [[nodiscard]] static LinkTarget classify(const QUrl& url);

private:
    PageExists m_pageExists;
};

} // namespace cp
