#pragma once

#include "core/Error.h"
#include "core/git/Oid.h"
#include "core/wiki/HistoryEntry.h"
#include "core/wiki/PageName.h"
#include "core/wiki/TextDiff.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace cp {

class History;

// Two versions of a page and the diff between them, for the history panel's diff
// view (TextDiff::rows / hunks) and for `commonplace-cli diff` (unifiedText).
// A side is a commit or the working copy (the file on disk now); a side where the
// page does not exist counts as empty text.
class PageDiff
{
    Q_DECLARE_TR_FUNCTIONS(PageDiff)

public:
    struct Side
    {
        std::optional<git::Oid> commit; // std::nullopt: the working copy; a null id: before the first commit
        QString path;                   // the page's path on this side
        bool exists = false;
        QString text;
        // "Foo.md @ 1a2b3c4d5e" or "Foo.md (working copy)", for diff headers.
        [[nodiscard]] QString label() const;
    };

    // `page` at `fromRevision` against `page` at `toRevision`, or against the working
    // copy when `toRevision` is std::nullopt. Fails when neither side has the page.
    [[nodiscard]] static Result<PageDiff> compute(History& history, const PageName& page, const QString& fromRevision,
                                                  const std::optional<QString>& toRevision = std::nullopt);
    // What the commit of a page-history entry did to the page: its first parent
    // (under the entry's previous path for a rename) against the commit itself.
    [[nodiscard]] static Result<PageDiff> ofEntry(History& history, const HistoryEntry& entry);
    // The general form: any path in any commit (or the working copy) on each side.
    [[nodiscard]] static Result<PageDiff> between(History& history, const QString& fromPath,
                                                  const std::optional<git::Oid>& from, const QString& toPath,
                                                  const std::optional<git::Oid>& to);

    [[nodiscard]] const Side& from() const { return m_from; }
    [[nodiscard]] const Side& to() const { return m_to; }
    [[nodiscard]] const TextDiff& diff() const { return m_diff; }
    // `diff -u` text with the sides' labels; empty when both sides hold the same text.
    [[nodiscard]] QString unifiedText(int context = 3) const;
    // The same with changed words marked [-…-]{+…+}.
    [[nodiscard]] QString wordDiffText(int context = 3) const;

private:
    [[nodiscard]] static Result<Side> side(History& history, const QString& path, const std::optional<git::Oid>& at);

    Side m_from;
    Side m_to;
    TextDiff m_diff;
};

} // namespace cp
