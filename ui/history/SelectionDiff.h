#pragma once

#include "core/Error.h"
#include "core/git/Oid.h"
#include "core/wiki/HistoryEntry.h"
#include "core/wiki/PageDiff.h"
#include "core/wiki/PageName.h"
#include "ui/history/DiffSection.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace cp {

class History;

// What the diff view shows for the rows selected in a history list.
// Entries come newest first, as the list shows them.
class SelectionDiff
{
    Q_DECLARE_TR_FUNCTIONS(cp::SelectionDiff)

public:
    // Files beyond this many in one commons diff are counted, not shown.
    static constexpr int MaxFiles = 40;

    struct Outcome
    {
        QList<DiffSection> sections;
        int omitted = 0; // changed pages left out (MaxFiles)
    };

    // A page's history. One entry: what that commit did to the page, or with
    // `againstCurrent` that version against the page as saved now. Two entries:
    // the older version against the newer.
    [[nodiscard]] static Result<Outcome> forPage(History& history, const PageName& page,
                                                 const QList<HistoryEntry>& selected, bool againstCurrent);
    // The commons' history. One entry: every page the commit changed. Two
    // entries: every page that differs between the two commits.
    [[nodiscard]] static Result<Outcome> forCommons(History& history, const QList<HistoryEntry>& selected);

    [[nodiscard]] static DiffSection section(const PageDiff& diff);

private:
    // `path` from `from` (nothing when std::nullopt) to `to`.
    [[nodiscard]] static Result<DiffSection> commitSection(History& history, const QString& path,
                                                           const std::optional<git::Oid>& from, const git::Oid& to);
    [[nodiscard]] static QString titleOf(const QString& path);
    // "1a2b3c4d", "as saved now" or "nothing before"; with the path in front for a rename.
    [[nodiscard]] static QString sideLabel(const PageDiff::Side& side, bool withPath);
};

} // namespace cp
