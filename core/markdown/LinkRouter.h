#pragma once

#include "core/markdown/MarkdownRenderer.h"

#include <QString>
#include <QUrl>

namespace cp {

// Decides where every link in a page leads, and writes and reads the hrefs that
// carry that decision into the HTML (commonplace-page:, commonplace-new:,
// commonplace-file:, http(s), mailto). Everything here is a pure function of its
// arguments, so the UI and the renderer agree on what is followable.
//
// Paths inside the commons are '/'-separated, NFC-normalised, with every segment
// trimmed; "." segments vanish and ".." climbs one folder. A path is refused (the
// functions return an empty string or Kind::Refused) when it climbs above the
// commons root, has a segment ".git" or starts with ".commonplace", holds control
// characters or backslashes, or is too long.
class LinkRouter
{
public:
    using PageExists = MarkdownRenderer::PageExists;

    // `path` resolved against `baseFolder` ("" = the root; a leading '/' in `path`
    // also means the root). Empty when the result is not a safe commons path.
    [[nodiscard]] static QString normalisePath(const QString& path, const QString& baseFolder = {});
    // The page title a path names: normalised, without a trailing ".md".
    [[nodiscard]] static QString pageTitle(const QString& path, const QString& baseFolder = {});
    // "Folder/Sub" for "Folder/Sub/Page"; "" for a page at the root.
    [[nodiscard]] static QString folderOf(const QString& title);

    // See MarkdownRenderer::resolveWikiTarget.
    [[nodiscard]] static QString resolveWikiTarget(const QString& target, const QString& fromPage);
    // A [[target]]: Page or MissingPage (per `exists`; no callback counts as existing), or Refused.
    [[nodiscard]] static LinkTarget routeWikiLink(const QString& target, const QString& fromPage,
                                                  const PageExists& exists);
    // A markdown link destination [text](destination): External for http(s)/mailto,
    // Page/MissingPage for "Page.md" or "Page title" (relative to fromPage's folder, or
    // from the root with a leading '/'), Attachment for other files, Refused otherwise.
    [[nodiscard]] static LinkTarget routeDestination(const QString& destination, const QString& fromPage,
                                                     const PageExists& exists);
    // An image source ![alt](source): Attachment for a file in the commons, External for
    // http(s) (shown as a link, never fetched), Refused otherwise.
    [[nodiscard]] static LinkTarget routeImage(const QString& source, const QString& fromPage);

    // The href that carries a target into HTML; empty for Refused.
    [[nodiscard]] static QString href(const LinkTarget& target);
    // See MarkdownRenderer::classify.
    [[nodiscard]] static LinkTarget classify(const QUrl& url);

    static constexpr QLatin1StringView pageScheme{"commonplace-page"};
    static constexpr QLatin1StringView newPageScheme{"commonplace-new"};
    static constexpr QLatin1StringView fileScheme{"commonplace-file"};
};

} // namespace cp
