#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace cp {

// "just now", "5 minutes ago", "yesterday", "3 days ago", then the date: how a
// history list says when something happened. The exact time goes in a tooltip.
class RelativeTime
{
    Q_DECLARE_TR_FUNCTIONS(cp::RelativeTime)

public:
    [[nodiscard]] static QString describe(const QDateTime& when, const QDateTime& now);
    // The full local date and time, for tooltips.
    [[nodiscard]] static QString exact(const QDateTime& when);
};

} // namespace cp
