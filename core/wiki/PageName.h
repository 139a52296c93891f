#pragma once

#include "core/Error.h"

#include <QString>
#include <QStringList>

namespace cp {

// A validated page name: a path relative to the commons root, '/'-separated
// folders as namespaces, NFC-normalised, always ending in ".md" on disk.
// Refused with a clear error: empty segments, "." and "..", absolute paths,
// anything under .git or .commonplace, control characters, backslashes,
// segments over 200 bytes or paths over 1000 bytes (UTF-8).
class PageName
{
public:
    PageName() = default;

    // From what a person types: "Folder/Page title" (".md" optional).
    [[nodiscard]] static Result<PageName> fromTitle(const QString& title);
    // From a repository path such as "Folder/Page title.md"; must end in ".md".
    [[nodiscard]] static Result<PageName> fromPath(const QString& path);

    [[nodiscard]] bool isValid() const { return !m_title.isEmpty(); }
    // "Folder/Page title"
    [[nodiscard]] QString title() const { return m_title; }
    // "Folder/Page title.md"
    [[nodiscard]] QString path() const { return m_title + QStringLiteral(".md"); }
    // "Page title"
    [[nodiscard]] QString baseName() const;
    // "Folder" (empty at the root)
    [[nodiscard]] QString folder() const;

    friend bool operator==(const PageName&, const PageName&) = default;
    friend auto operator<=>(const PageName& a, const PageName& b) { return a.m_title.compare(b.m_title) <=> 0; }

private:
    explicit PageName(QString title) : m_title(std::move(title)) {}
    QString m_title;
};

} // namespace cp
