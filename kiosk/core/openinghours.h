// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <array>

namespace guichet {

/** A span of whole days, both ends included, with the text key saying why (for closures). */
struct DateRange {
    QDate from;
    QDate to;
    QString reason; // text key, e.g. "reason.christmas"; empty for calendar periods

    [[nodiscard]] bool contains(QDate date) const { return date >= from && date <= to; }
};

/** Named periods (e.g. "school_term") and public holidays shared by every office of a pack. */
struct PackCalendar {
    QHash<QString, QList<DateRange>> periods;
    QList<DateRange> holidays;

    [[nodiscard]] bool inPeriod(const QString &period, QDate date) const;
    /** The holiday on that date, or nullptr. */
    [[nodiscard]] const DateRange *holidayOn(QDate date) const;
};

/** One opening range of a day in office local time; onlyDuring names a calendar period or is empty. */
struct HourRange {
    QTime from;
    QTime to;
    QString onlyDuring;

    friend bool operator==(const HourRange &a, const HourRange &b)
    {
        return a.from == b.from && a.to == b.to && a.onlyDuring == b.onlyDuring;
    }
};

/** Whether a place is open at a moment, and when that changes. */
struct OpenStatus {
    bool open = false;
    /** When it closes (if open) or next opens (if closed), in the office's zone; invalid if
     *  that is not within the next 14 days. */
    QDateTime change;
};

/**
 * The weekly hours of an office (or of a service at an office) with its closures.
 * Qualified ranges ("Thursday 17:00-20:00 during school term") apply only on dates inside
 * their calendar period; holidays and closures close the whole day.
 */
class OpeningHours
{
public:
    /** Ranges by ISO weekday: index 0 is Monday, 6 is Sunday; sorted by start time. */
    std::array<QList<HourRange>, 7> weekly;
    QList<DateRange> closures;

    /** The ranges that apply on that date once qualifiers, holidays and closures are applied. */
    [[nodiscard]] QList<HourRange> rangesOn(QDate date, const PackCalendar &calendar) const;
    /** Open or closed at that moment, computed in the office's time zone (DST-safe). */
    [[nodiscard]] OpenStatus statusAt(const QDateTime &moment, const QTimeZone &zone,
                                      const PackCalendar &calendar) const;
    /** The closure or holiday closing that whole date, or nullptr. */
    [[nodiscard]] const DateRange *closureOn(QDate date, const PackCalendar &calendar) const;
    [[nodiscard]] bool isEmpty() const;
};

} // namespace guichet
