// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarwarnings.h"

#include <algorithm>

namespace guichet {

namespace {

QDate lastDate(const QList<DateRange> &ranges)
{
    QDate last;
    for (const DateRange &r : ranges) {
        if (!last.isValid() || r.to > last)
            last = r.to;
    }
    return last;
}

/** "ends 2027-01-31, in 58 days" or "ended 2026-07-02, 155 days ago". */
QString when(const QString &ends, const QString &ended, QDate last, QDate today)
{
    const qint64 days = today.daysTo(last);
    const QString date = last.toString(Qt::ISODate);
    if (days == 0)
        return QStringLiteral("%1 %2, today").arg(ends, date);
    if (days > 0)
        return QStringLiteral("%1 %2, in %3 day%4").arg(ends, date).arg(days).arg(days == 1 ? QString() : QStringLiteral("s"));
    return QStringLiteral("%1 %2, %3 day%4 ago").arg(ended, date).arg(-days).arg(days == -1 ? QString() : QStringLiteral("s"));
}

bool runsOut(QDate last, QDate today)
{
    return last.isValid() && today.daysTo(last) <= kCalendarWarningDays;
}

} // namespace

QList<PackProblem> calendarWarnings(const Pack &pack, QDate today)
{
    const QString file = QStringLiteral("calendar.json");
    QList<PackProblem> warnings;
    QStringList periods = pack.calendar.periods.keys();
    periods.sort();
    for (const QString &period : std::as_const(periods)) {
        const QDate last = lastDate(pack.calendar.periods.value(period));
        if (!runsOut(last, today))
            continue;
        const bool past = last < today;
        warnings.append({file, 0, {},
                         QStringLiteral("period %1 %2: hours marked only %1 %3")
                             .arg(period, when(QStringLiteral("ends"), QStringLiteral("ended"), last, today),
                                  past ? QStringLiteral("no longer apply") : QStringLiteral("will stop applying"))});
    }
    const QDate lastHoliday = lastDate(pack.calendar.holidays);
    if (runsOut(lastHoliday, today))
        warnings.append({file, 0, {},
                         QStringLiteral("the holidays %1: add the coming public holidays, or offices will show as open on them")
                             .arg(when(QStringLiteral("end"), QStringLiteral("ended"), lastHoliday, today))});
    return warnings;
}

} // namespace guichet
