// SPDX-License-Identifier: GPL-3.0-or-later
#include "openinghours.h"

#include <algorithm>
#include <optional>

namespace guichet {

namespace {

// How far ahead statusAt() looks for the next opening. A longer closure is shown as
// "closed" with no date rather than by scanning the whole year.
constexpr int LookAheadDays = 14;

// A range is usable only within one day: [from, to) with from < to. A range ending at
// midnight cannot be written as a QTime; offices in the pack do not need one.
bool isUsable(const HourRange &range)
{
    return range.from.isValid() && range.to.isValid() && range.from < range.to;
}

// When the place stops being open if it is open at `now` among `ranges`, or nothing.
// Ranges that touch or overlap are one opening: on a term Thursday 14:00-17:00 followed
// by 17:00-20:00 the office closes at 20:00, not at 17:00.
std::optional<QTime> openUntil(const QList<HourRange> &ranges, QTime now)
{
    std::optional<QTime> end;
    for (const HourRange &range : ranges) {
        if (range.from <= now && now < range.to)
            end = std::max(end.value_or(range.to), range.to);
    }
    if (!end)
        return end;
    // Extend while another range starts before (or exactly when) the current end.
    bool extended = true;
    while (extended) {
        extended = false;
        for (const HourRange &range : ranges) {
            if (range.from <= *end && range.to > *end) {
                end = range.to;
                extended = true;
            }
        }
    }
    return end;
}

// The earliest start strictly after `after` (or any start if `after` is invalid).
std::optional<QTime> firstStartAfter(const QList<HourRange> &ranges, QTime after)
{
    std::optional<QTime> start;
    for (const HourRange &range : ranges) {
        if (after.isValid() && range.from <= after)
            continue;
        if (!start || range.from < *start)
            start = range.from;
    }
    return start;
}

} // namespace

bool PackCalendar::inPeriod(const QString &period, QDate date) const
{
    const auto it = periods.constFind(period);
    if (it == periods.cend())
        return false;
    return std::any_of(it->cbegin(), it->cend(),
                       [date](const DateRange &range) { return range.contains(date); });
}

const DateRange *PackCalendar::holidayOn(QDate date) const
{
    for (const DateRange &holiday : holidays) {
        if (holiday.contains(date))
            return &holiday;
    }
    return nullptr;
}

const DateRange *OpeningHours::closureOn(QDate date, const PackCalendar &calendar) const
{
    // The office's own closure wins: its reason ("reason.works") says more than the holiday.
    for (const DateRange &closure : closures) {
        if (closure.contains(date))
            return &closure;
    }
    return calendar.holidayOn(date);
}

QList<HourRange> OpeningHours::rangesOn(QDate date, const PackCalendar &calendar) const
{
    QList<HourRange> result;
    if (!date.isValid() || closureOn(date, calendar))
        return result;
    for (const HourRange &range : weekly[size_t(date.dayOfWeek() - 1)]) {
        if (!isUsable(range))
            continue;
        if (range.onlyDuring.isEmpty() || calendar.inPeriod(range.onlyDuring, date))
            result.append(range);
    }
    std::sort(result.begin(), result.end(),
              [](const HourRange &a, const HourRange &b) { return a.from < b.from; });
    return result;
}

OpenStatus OpeningHours::statusAt(const QDateTime &moment, const QTimeZone &zone,
                                  const PackCalendar &calendar) const
{
    OpenStatus status;
    if (!moment.isValid() || !zone.isValid())
        return status;

    // Everything is decided on the office's wall clock: the ranges are local times, and a
    // change is built back from a local date and time, so the UTC offset of that day (CET or
    // CEST) is the zone's business, never an offset carried over from `moment`.
    const QDateTime local = moment.toTimeZone(zone);
    const QDate today = local.date();
    const QTime now = local.time();
    const QList<HourRange> todays = rangesOn(today, calendar);

    if (const std::optional<QTime> end = openUntil(todays, now)) {
        status.open = true;
        status.change = QDateTime(today, *end, zone);
        return status;
    }

    if (const std::optional<QTime> start = firstStartAfter(todays, now)) {
        status.change = QDateTime(today, *start, zone);
        return status;
    }
    for (int ahead = 1; ahead <= LookAheadDays; ++ahead) {
        const QDate day = today.addDays(ahead);
        if (const std::optional<QTime> start = firstStartAfter(rangesOn(day, calendar), QTime())) {
            status.change = QDateTime(day, *start, zone);
            return status;
        }
    }
    return status;
}

bool OpeningHours::isEmpty() const
{
    return std::none_of(weekly.cbegin(), weekly.cend(), [](const QList<HourRange> &day) {
        return std::any_of(day.cbegin(), day.cend(), isUsable);
    });
}

} // namespace guichet
