#pragma once

#include <QString>
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
        Attachment,  // a file in the commons: commonplace-file:<path>
        Refused,     // anything else (javascript:, file:, data:, ...): not followable
    };
    Kind kind = Kind::Refused;
    QString page;  // for Page / MissingPage: the title, e.g. "Folder/Page"
    QUrl url;      // for External / Attachment
};

// Markdown (GitHub-flavoured: tables, strikethrough, autolinks, task lists,
// tagfilter) to HTML that Qt's rich text shows well. Raw HTML never passes through.
// [[Page]] and [[Page|label]] become page links; links to missing pages look different.
// Owns no cmark state between calls; the cmark-gfm extensions are registered once per process.
class MarkdownRenderer
{
public:
    // Returns true if a page with this title exists (used to style and route wiki links).
    using PageExists = std::function<bool(const QString& title)>;

    explicit MarkdownRenderer(PageExists pageExists = {});

    // A whole HTML document (with its style sheet) for a QTextBrowser.
    [[nodiscard]] QString toHtml(const QString& markdown) const;
    // The page title named by a [[wiki link]] target, relative links resolved against `fromPage`'s folder.
    [[nodiscard]] static QString resolveWikiTarget(const QString& target, const QString& fromPage = {});
    // What a URL found in rendered HTML leads to.
    [[nodiscard]] static LinkTarget classify(const QUrl& url);

private:
    PageExists m_pageExists;
};

} // namespace cp
