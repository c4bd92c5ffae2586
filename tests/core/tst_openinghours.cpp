// SPDX-License-Identifier: GPL-3.0-or-later
#include "openinghours.h"

#include <QTest>

using namespace guichet;

namespace {

QDateTime utc(const char *iso)
{
    QDateTime moment = QDateTime::fromString(QLatin1String(iso), Qt::ISODate);
    Q_ASSERT(moment.isValid() && moment.timeSpec() == Qt::UTC);
    return moment;
}

QTimeZone brussels()
{
    return QTimeZone(QByteArrayLiteral("Europe/Brussels"));
}

QDateTime local(QDate date, QTime time)
{
    return QDateTime(date, time, brussels());
}

HourRange range(int fromHour, int toHour, const QString &onlyDuring = {})
{
    return {QTime(fromHour, 0), QTime(toHour, 0), onlyDuring};
}

// The weekly hours of BAPA BXL as posted on its door.
OpeningHours bapaHours()
{
    OpeningHours hours;
    for (int day = 0; day < 5; ++day)
        hours.weekly[size_t(day)] = {range(9, 12), range(14, 17)};
    hours.weekly[3].append(range(17, 20, QStringLiteral("school_term")));
    hours.closures = {{QDate(2026, 12, 24), QDate(2027, 1, 1), QStringLiteral("reason.christmas")}};
    return hours;
}

// The same office closed for works from May 3 to May 31 2027: more than 14 days.
OpeningHours renovatedHours()
{
    OpeningHours hours = bapaHours();
    hours.closures.append({QDate(2027, 5, 3), QDate(2027, 5, 31), QStringLiteral("reason.works")});
    return hours;
}

// A calendar for the tests, not the real one: it lacks Easter Monday 2027-03-29 on purpose
// so the spring-forward Monday can be an opening day (a row adds it back).
PackCalendar testCalendar()
{
    PackCalendar calendar;
    calendar.periods.insert(QStringLiteral("school_term"),
                            {{QDate(2026, 8, 31), QDate(2026, 10, 16), {}},
                             {QDate(2026, 11, 2), QDate(2026, 12, 18), {}},
                             {QDate(2027, 1, 4), QDate(2027, 2, 12), {}}});
    calendar.holidays = {{QDate(2026, 11, 11), QDate(2026, 11, 11), QStringLiteral("holiday.armistice")}};
    return calendar;
}

OpeningHours hoursNamed(const QString &office)
{
    if (office == QLatin1String("renovated"))
        return renovatedHours();
    if (office == QLatin1String("none"))
        return {};
    return bapaHours();
}

QString describe(const OpenStatus &status)
{
    return QStringLiteral("%1 %2").arg(status.open ? QStringLiteral("open") : QStringLiteral("closed"),
                                       status.change.isValid() ? status.change.toString(Qt::ISODate)
                                                               : QStringLiteral("-"));
}

} // namespace

/** Opening hours as the kiosk answers "is it open now, and until when?". */
class TestOpeningHours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void calendarLookups_data();
    void calendarLookups();
    void closureOn_data();
    void closureOn();
    void rangesOn_data();
    void rangesOn();
    void statusAt_data();
    void statusAt();
    void isEmpty_data();
    void isEmpty();
};

void TestOpeningHours::initTestCase()
{
    // CTest sets it; this is for running the binary by hand. The zone of the office is
    // explicit everywhere, so local time only matters for the Qt::LocalTime variant below.
    qputenv("TZ", "Europe/Brussels");
    QVERIFY(brussels().isValid());
}

void TestOpeningHours::calendarLookups_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("inTerm");
    QTest::addColumn<QString>("holiday");

    QTest::newRow("first day of term") << QDate(2026, 8, 31) << true << QString();
    QTest::newRow("last day of term") << QDate(2026, 10, 16) << true << QString();
    QTest::newRow("autumn break") << QDate(2026, 10, 17) << false << QString();
    QTest::newRow("armistice, in term") << QDate(2026, 11, 11) << true << QStringLiteral("holiday.armistice");
    QTest::newRow("summer") << QDate(2026, 7, 15) << false << QString();
    QTest::newRow("invalid date") << QDate() << false << QString();
}

void TestOpeningHours::calendarLookups()
{
    QFETCH(QDate, date);
    QFETCH(bool, inTerm);
    QFETCH(QString, holiday);

    const PackCalendar calendar = testCalendar();
    QCOMPARE(calendar.inPeriod(QStringLiteral("school_term"), date), inTerm);
    QVERIFY(!calendar.inPeriod(QStringLiteral("no_such_period"), date));
    const DateRange *found = calendar.holidayOn(date);
    QCOMPARE(found ? found->reason : QString(), holiday);
}

void TestOpeningHours::closureOn_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("reason");

    QTest::newRow("ordinary Monday") << QDate(2026, 11, 23) << QString();
    QTest::newRow("holiday") << QDate(2026, 11, 11) << QStringLiteral("holiday.armistice");
    QTest::newRow("closure, first day") << QDate(2026, 12, 24) << QStringLiteral("reason.christmas");
    QTest::newRow("closure, last day") << QDate(2027, 1, 1) << QStringLiteral("reason.christmas");
    QTest::newRow("day after closure") << QDate(2027, 1, 2) << QString();
}

void TestOpeningHours::closureOn()
{
    QFETCH(QDate, date);
    QFETCH(QString, reason);

    const OpeningHours hours = bapaHours();
    const PackCalendar calendar = testCalendar();
    const DateRange *closure = hours.closureOn(date, calendar);
    QCOMPARE(closure ? closure->reason : QString(), reason);
}

void TestOpeningHours::rangesOn_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QStringList>("ranges");

    const QStringList weekday = {QStringLiteral("09:00-12:00"), QStringLiteral("14:00-17:00")};
    const QStringList termThursday = weekday + QStringList{QStringLiteral("17:00-20:00")};

    QTest::newRow("Thursday in term") << QDate(2026, 10, 15) << termThursday;
    QTest::newRow("Thursday in autumn break") << QDate(2026, 10, 22) << weekday;
    QTest::newRow("Thursday in January term") << QDate(2027, 1, 7) << termThursday;
    QTest::newRow("Thursday after term ended") << QDate(2027, 2, 18) << weekday;
    QTest::newRow("Monday") << QDate(2026, 11, 23) << weekday;
    QTest::newRow("Saturday") << QDate(2026, 11, 28) << QStringList();
    QTest::newRow("Sunday") << QDate(2026, 11, 29) << QStringList();
    QTest::newRow("holiday Wednesday") << QDate(2026, 11, 11) << QStringList();
    QTest::newRow("Thursday in closure") << QDate(2026, 12, 31) << QStringList();
}

void TestOpeningHours::rangesOn()
{
    QFETCH(QDate, date);
    QFETCH(QStringList, ranges);

    QStringList actual;
    for (const HourRange &r : bapaHours().rangesOn(date, testCalendar()))
        actual.append(r.from.toString(u"HH:mm") + QLatin1Char('-') + r.to.toString(u"HH:mm"));
    QCOMPARE(actual, ranges);
}

void TestOpeningHours::statusAt_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<QDate>("extraHoliday");
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<QString>("expected"); // "open|closed <change as ISO with offset or ->"

    const QString bapa = QStringLiteral("bapa");
    auto row = [&](const char *name, const QDateTime &moment, const char *expected,
                   const QString &office = QStringLiteral("bapa"), QDate extraHoliday = {}) {
        QTest::newRow(name) << office << extraHoliday << moment << QString::fromLatin1(expected);
    };

    // Ordinary weeks (CET in November).
    row("Monday 09:00 sharp opens", local({2026, 11, 23}, {9, 0}), "open 2026-11-23T12:00:00+01:00");
    row("Monday 08:59 before opening", local({2026, 11, 23}, {8, 59}), "closed 2026-11-23T09:00:00+01:00");
    row("12:00 sharp is closed", local({2026, 11, 24}, {12, 0}), "closed 2026-11-24T14:00:00+01:00");
    row("lunch break 12:30", local({2026, 11, 24}, {12, 30}), "closed 2026-11-24T14:00:00+01:00");
    row("Friday 17:30 until Monday", local({2026, 11, 27}, {17, 30}), "closed 2026-11-30T09:00:00+01:00");
    row("Saturday", local({2026, 11, 28}, {11, 0}), "closed 2026-11-30T09:00:00+01:00");

    // Thursday evening only in school term; 14:00-17:00 and 17:00-20:00 are one opening.
    row("term Thursday 18:00", local({2026, 10, 15}, {18, 0}), "open 2026-10-15T20:00:00+02:00");
    row("term Thursday 15:00 runs on", local({2026, 10, 15}, {15, 0}), "open 2026-10-15T20:00:00+02:00");
    row("break Thursday 15:00", local({2026, 10, 22}, {15, 0}), "open 2026-10-22T17:00:00+02:00");
    row("break Thursday 18:00", local({2026, 10, 22}, {18, 0}), "closed 2026-10-23T09:00:00+02:00");
    row("term Thursday 20:00 sharp", local({2027, 1, 7}, {20, 0}), "closed 2027-01-08T09:00:00+01:00");

    // Holidays and closures close the whole day and are skipped when looking ahead.
    row("Armistice Wednesday", local({2026, 11, 11}, {10, 0}), "closed 2026-11-12T09:00:00+01:00");
    row("Tuesday evening before Armistice", local({2026, 11, 10}, {17, 30}), "closed 2026-11-12T09:00:00+01:00");
    row("Christmas closure", local({2026, 12, 24}, {10, 0}), "closed 2027-01-04T09:00:00+01:00");
    row("evening before closure", local({2026, 12, 23}, {17, 30}), "closed 2027-01-04T09:00:00+01:00");

    // Fall back, Sunday 2026-10-25 03:00 CEST -> 02:00 CET: Friday is +02:00, Monday +01:00.
    row("Fri 07:30Z is 09:30 CEST", utc("2026-10-23T07:30:00Z"), "open 2026-10-23T12:00:00+02:00");
    row("Fri 15:30Z is 17:30 CEST", utc("2026-10-23T15:30:00Z"), "closed 2026-10-26T09:00:00+01:00");
    row("Sat 21:59Z is 23:59 CEST", utc("2026-10-24T21:59:00Z"), "closed 2026-10-26T09:00:00+01:00");
    row("Sun 00:30Z is 02:30 CEST", utc("2026-10-25T00:30:00Z"), "closed 2026-10-26T09:00:00+01:00");
    row("Sun 01:30Z is 02:30 CET", utc("2026-10-25T01:30:00Z"), "closed 2026-10-26T09:00:00+01:00");
    row("Sun 22:59Z is Sunday 23:59 CET", utc("2026-10-25T22:59:00Z"), "closed 2026-10-26T09:00:00+01:00");
    row("Sun 23:00Z is Monday 00:00 CET", utc("2026-10-25T23:00:00Z"), "closed 2026-10-26T09:00:00+01:00");
    row("Mon 07:30Z is 08:30 CET", utc("2026-10-26T07:30:00Z"), "closed 2026-10-26T09:00:00+01:00");
    row("Mon 08:00Z is 09:00 CET", utc("2026-10-26T08:00:00Z"), "open 2026-10-26T12:00:00+01:00");
    row("Mon 10:59Z is 11:59 CET", utc("2026-10-26T10:59:00Z"), "open 2026-10-26T12:00:00+01:00");
    row("Mon 11:00Z is 12:00 CET", utc("2026-10-26T11:00:00Z"), "closed 2026-10-26T14:00:00+01:00");

    // Spring forward, Sunday 2027-03-28 02:00 CET -> 03:00 CEST: Friday +01:00, Monday +02:00.
    row("Fri 08:30Z is 09:30 CET", utc("2027-03-26T08:30:00Z"), "open 2027-03-26T12:00:00+01:00");
    row("Fri 11:00Z is 12:00 CET", utc("2027-03-26T11:00:00Z"), "closed 2027-03-26T14:00:00+01:00");
    row("Fri 16:30Z is 17:30 CET", utc("2027-03-26T16:30:00Z"), "closed 2027-03-29T09:00:00+02:00");
    row("Sun 00:30Z is 01:30 CET", utc("2027-03-28T00:30:00Z"), "closed 2027-03-29T09:00:00+02:00");
    row("Sun 01:30Z is 03:30 CEST", utc("2027-03-28T01:30:00Z"), "closed 2027-03-29T09:00:00+02:00");
    row("Sun 21:59Z is Sunday 23:59 CEST", utc("2027-03-28T21:59:00Z"), "closed 2027-03-29T09:00:00+02:00");
    row("Sun 22:00Z is Monday 00:00 CEST", utc("2027-03-28T22:00:00Z"), "closed 2027-03-29T09:00:00+02:00");
    row("Mon 06:30Z is 08:30 CEST", utc("2027-03-29T06:30:00Z"), "closed 2027-03-29T09:00:00+02:00");
    row("Mon 07:00Z is 09:00 CEST", utc("2027-03-29T07:00:00Z"), "open 2027-03-29T12:00:00+02:00");
    row("Mon 07:30Z is 09:30 CEST", utc("2027-03-29T07:30:00Z"), "open 2027-03-29T12:00:00+02:00");
    row("Mon 10:00Z is 12:00 CEST", utc("2027-03-29T10:00:00Z"), "closed 2027-03-29T14:00:00+02:00");
    row("Easter Monday after spring forward", utc("2027-03-29T07:30:00Z"),
        "closed 2027-03-30T09:00:00+02:00", bapa, QDate(2027, 3, 29));

    // Looking ahead stops after 14 days.
    row("closed for works, reopens in 12 days", local({2027, 5, 20}, {10, 0}),
        "closed 2027-06-01T09:00:00+02:00", QStringLiteral("renovated"));
    row("reopening exactly 14 days ahead", local({2027, 5, 18}, {10, 0}),
        "closed 2027-06-01T09:00:00+02:00", QStringLiteral("renovated"));
    row("reopening 15 days ahead", local({2027, 5, 17}, {10, 0}), "closed -", QStringLiteral("renovated"));
    row("Friday evening before works", local({2027, 4, 30}, {17, 30}), "closed -", QStringLiteral("renovated"));
    row("no hours at all", local({2026, 11, 23}, {10, 0}), "closed -", QStringLiteral("none"));
}

void TestOpeningHours::statusAt()
{
    QFETCH(QString, office);
    QFETCH(QDate, extraHoliday);
    QFETCH(QDateTime, moment);
    QFETCH(QString, expected);

    const OpeningHours hours = hoursNamed(office);
    PackCalendar calendar = testCalendar();
    if (extraHoliday.isValid())
        calendar.holidays.append({extraHoliday, extraHoliday, QStringLiteral("holiday.test")});

    const OpenStatus status = hours.statusAt(moment, brussels(), calendar);
    QCOMPARE(describe(status), expected);
    if (status.change.isValid()) {
        QCOMPARE(status.change.timeZone(), brussels());
        QVERIFY(status.change > moment);
    }

    // The same instant however it is expressed: UTC, the office zone, the process's local
    // time, or a zone far away. Only the office's zone may matter.
    const QList<QDateTime> sameInstant = {moment.toUTC(), moment.toTimeZone(brussels()),
                                          moment.toLocalTime(),
                                          moment.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Kabul"))),
                                          moment.toOffsetFromUtc(-5 * 3600)};
    for (const QDateTime &variant : sameInstant) {
        QCOMPARE(variant, moment);
        QCOMPARE(describe(hours.statusAt(variant, brussels(), calendar)), expected);
    }
}

void TestOpeningHours::isEmpty_data()
{
    QTest::addColumn<QString>("office");
    QTest::addColumn<bool>("empty");

    QTest::newRow("BAPA") << QStringLiteral("bapa") << false;
    QTest::newRow("closed for works still has hours") << QStringLiteral("renovated") << false;
    QTest::newRow("no hours") << QStringLiteral("none") << true;
}

void TestOpeningHours::isEmpty()
{
    QFETCH(QString, office);
    QFETCH(bool, empty);

    QCOMPARE(hoursNamed(office).isEmpty(), empty);

    // A single Saturday morning is enough to make hours non-empty.
    OpeningHours saturdayOnly;
    saturdayOnly.weekly[5] = {range(9, 12)};
    QVERIFY(!saturdayOnly.isEmpty());
}

QTEST_GUILESS_MAIN(TestOpeningHours)
#include "tst_openinghours.moc"
