#include "ui/history/RelativeTime.h"

#include <QLocale>

namespace cp {

QString RelativeTime::describe(const QDateTime& when, const QDateTime& now)
{
    if (!when.isValid())
        return {};
    const qint64 seconds = when.secsTo(now);
    if (seconds < 0)
        return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat); // a clock ahead of ours
    if (seconds < 60)
        return tr("just now");
    // English reads right for every n but one; other languages use the %n forms.
    if (seconds < 120)
        return tr("a minute ago");
    if (seconds < 3600)
        return tr("%n minutes ago", nullptr, int(seconds / 60));
    const QDate day = when.toLocalTime().date();
    const QDate today = now.toLocalTime().date();
    if (seconds < 2 * 3600)
        return tr("an hour ago");
    if (seconds < 6 * 3600 || day == today)
        return tr("%n hours ago", nullptr, int(seconds / 3600));
    const qint64 days = day.daysTo(today);
    if (days == 1)
        return tr("yesterday");
    if (days < 7)
        return tr("%n days ago", nullptr, int(days));
    if (day.year() == today.year())
        return QLocale().toString(day, tr("d MMM", "a date in this year"));
    return QLocale().toString(day, QLocale::ShortFormat);
}

QString RelativeTime::exact(const QDateTime& when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::LongFormat);
}

} // namespace cp
