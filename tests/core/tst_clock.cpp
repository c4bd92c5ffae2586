// SPDX-License-Identifier: GPL-3.0-or-later
// The one clock: the system's until pinned, then running on from the pinned moment; the
// office's day across midnight and daylight saving; --now's moments, and what it refuses.
#include "clock.h"

#include <QTest>
#include <QThread>

using namespace guichet;

namespace {
const QTimeZone kBrussels(QByteArrayLiteral("Europe/Brussels"));
}

class TestClock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Clock::release(); }

    void followsTheSystemUntilPinned()
    {
        QVERIFY(!Clock::isPinned());
        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        const qint64 now = Clock::nowMSecs();
        QVERIFY(now >= before && now <= QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(Clock::now().timeSpec(), Qt::UTC);
    }

    void pinnedRunsOnFromItsMoment()
    {
        const QDateTime moment(QDate(2027, 3, 27), QTime(23, 59, 59), kBrussels);
        Clock::pin(moment);
        QVERIFY(Clock::isPinned());
        const qint64 first = Clock::nowMSecs();
        QVERIFY(first >= moment.toMSecsSinceEpoch() && first - moment.toMSecsSinceEpoch() < 1000);
        QThread::msleep(30);
        QVERIFY(Clock::nowMSecs() >= first + 30); // it runs: a retry due later still comes
        QCOMPARE(Clock::nowSecs(), Clock::nowMSecs() / 1000);
        Clock::release();
        QVERIFY(!Clock::isPinned());
        QVERIFY(qAbs(Clock::nowMSecs() - QDateTime::currentMSecsSinceEpoch()) < 1000);
    }

    void todayIsTheOfficesDay_data()
    {
        QTest::addColumn<QDateTime>("moment");
        QTest::addColumn<QDate>("brussels");
        QTest::addColumn<QDate>("utc");
        // 23:30 UTC in winter is already tomorrow in Brussels (UTC+1).
        QTest::newRow("winter midnight") << QDateTime(QDate(2026, 12, 24), QTime(23, 30), Qt::UTC) << QDate(2026, 12, 25) << QDate(2026, 12, 24);
        // 22:30 UTC on the day summer time starts is 00:30 on the 29th (UTC+2).
        QTest::newRow("summer midnight") << QDateTime(QDate(2027, 3, 28), QTime(22, 30), Qt::UTC) << QDate(2027, 3, 29) << QDate(2027, 3, 28);
        QTest::newRow("midday") << QDateTime(QDate(2027, 6, 30), QTime(10, 0), Qt::UTC) << QDate(2027, 6, 30) << QDate(2027, 6, 30);
    }

    void todayIsTheOfficesDay()
    {
        QFETCH(QDateTime, moment);
        QFETCH(QDate, brussels);
        QFETCH(QDate, utc);
        Clock::pin(moment);
        QCOMPARE(Clock::today(kBrussels), brussels);
        QCOMPARE(Clock::today(QTimeZone::utc()), utc);
    }

    void parsesMoments_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("moment"); // invalid: refused
        QTest::newRow("offset") << "2026-12-07T09:30:00+01:00" << QDateTime(QDate(2026, 12, 7), QTime(8, 30), Qt::UTC);
        QTest::newRow("utc") << "2026-11-26T17:30:00Z" << QDateTime(QDate(2026, 11, 26), QTime(17, 30), Qt::UTC);
        QTest::newRow("milliseconds") << "2026-11-26T17:30:00.250Z" << QDateTime(QDate(2026, 11, 26), QTime(17, 30, 0, 250), Qt::UTC);
        // No offset: the office's wall clock, in winter and in summer.
        QTest::newRow("brussels winter") << "2027-03-27T23:50:00" << QDateTime(QDate(2027, 3, 27), QTime(22, 50), Qt::UTC);
        QTest::newRow("brussels summer") << "2027-06-30T10:00:00" << QDateTime(QDate(2027, 6, 30), QTime(8, 0), Qt::UTC);
        QTest::newRow("words") << "next tuesday" << QDateTime();
        QTest::newRow("date alone") << "2026-13-01" << QDateTime();
        QTest::newRow("empty") << "" << QDateTime();
    }

    void parsesMoments()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, moment);
        const std::optional<QDateTime> parsed = Clock::parseMoment(text);
        QCOMPARE(parsed.has_value(), moment.isValid());
        if (parsed) {
            QCOMPARE(*parsed, moment);
            QCOMPARE(parsed->timeSpec(), Qt::UTC);
        }
    }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
