#pragma once

#include <QString>

namespace cp {

// Rewrites the links in a page's markdown when a page is renamed, so they lead
// where they led before: [[Old]], [[Old|label]], [[./Old]], [[../Folder/Old]] and
// markdown links [text](Old.md) to the old title lead to the new one, labels and
// link text kept. Links in code (fenced blocks and `spans`) are left alone.
// A relative link stays relative when the old and new page share a folder;
// otherwise it is written from the root ("Folder/New", "/Folder/New.md").
class LinkRewriter
{
public:
    // The text of page `pageBefore`, which becomes page `pageAfter` (the same title
    // unless this is the renamed page itself), after page `oldTitle` became `newTitle`.
    // Links relative to a page that moves to another folder are written from the root,
    // so they keep their target. Returns `markdown` unchanged when no link needs it.
    [[nodiscard]] static QString rewrite(const QString& markdown, const QString& pageBefore, const QString& pageAfter,
                                         const QString& oldTitle, const QString& newTitle);
};

} // namespace cp
