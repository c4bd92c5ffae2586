// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingevent.h"
#include "clock.h"
#include "sampletickets.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringDecoder>
#include <QTest>

using namespace guichet;
using namespace guichet::test;

/** The booking's iCalendar text: RFC 5545's line rules, and what a real parser reads in it. */
class TstTicketBookingEvent : public QObject
{
    Q_OBJECT

private slots:
    void lines_data();
    void lines();
    void parsed_data();
    void parsed();
    void sameBookingSameBytes();
    void withoutEnd();
};

namespace {

/** Content lines of an iCalendar text with the folds undone. */
QList<QByteArray> unfolded(QByteArray ics)
{
    ics.replace("\r\n ", "");
    QList<QByteArray> lines = ics.split('\n');
    lines.removeLast(); // after the final CRLF
    for (QByteArray &line : lines)
        line.chop(1); // the CR
    return lines;
}

/** Reads the event with Debian's python3-icalendar (readics.py); its answer as JSON. */
QJsonObject parse(const QByteArray &ics)
{
    QProcess python;
    // Debian's interpreter, where python3-icalendar is, whatever python3 comes first in PATH.
    python.start(QStringLiteral("/usr/bin/python3"), {QStringLiteral(GUICHET_TICKET_TESTS_DIR "/readics.py")});
    python.write(ics);
    python.closeWriteChannel();
    if (!python.waitForFinished(30000) || python.exitCode() != 0) {
        qWarning().noquote() << python.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

} // namespace

void TstTicketBookingEvent::lines_data()
{
    QTest::addColumn<TicketData>("ticket");
    QTest::addColumn<QByteArray>("summaryLine");

    QTest::newRow("fr") << sampleTicket(QStringLiteral("fr")) << QByteArray("SUMMARY;LANGUAGE=fr:K7-4825 · Premier accueil");
    QTest::newRow("ar") << sampleTicket(QStringLiteral("ar")) << QByteArray("SUMMARY;LANGUAGE=ar:K7-4825 · الاستقبال الأول");

    // Three-byte Ethiopic characters long enough to fold several times, at every offset.
    TicketData ti = sampleTicket(QStringLiteral("ti"));
    ti.serviceName = QString(ti.serviceName + u' ').repeated(9);
    QTest::newRow("ti folded") << ti << QByteArray("SUMMARY;LANGUAGE=ti:K7-4825 · " + ti.serviceName.toUtf8());

    TicketData escaped = sampleTicket(QStringLiteral("fr"));
    escaped.serviceName = QStringLiteral("Logement, santé; papiers\\dossier\nsuite");
    QTest::newRow("escaped") << escaped << QByteArray("SUMMARY;LANGUAGE=fr:K7-4825 · Logement\\, santé\\; papiers\\\\dossier\\nsuite");
}

void TstTicketBookingEvent::lines()
{
    QFETCH(TicketData, ticket);
    QFETCH(QByteArray, summaryLine);
    const QByteArray ics = bookingEvent(ticket);

    QVERIFY(ics.endsWith("\r\n"));
    QCOMPARE(ics.count('\n'), ics.count("\r\n")); // no bare LF
    QCOMPARE(ics.count('\r'), ics.count("\r\n")); // no bare CR
    const QList<QByteArray> physical = ics.chopped(2).split('\n');
    for (QByteArray line : physical) {
        line.chop(line.endsWith('\r') ? 1 : 0);
        QVERIFY2(line.size() <= 75, line.constData());
        QStringDecoder utf8(QStringDecoder::Utf8);
        const QString decoded = utf8(line);
        QVERIFY2(!utf8.hasError(), qPrintable(QStringLiteral("a fold splits a UTF-8 sequence: ") + decoded));
    }

    const QList<QByteArray> lines = unfolded(ics);
    QVERIFY(lines.contains(summaryLine));
    QVERIFY(lines.contains("UID:6f1c2a9e-3b7d-4c52-9a1e-0d8f5e2b7c41@guichet"));
    QVERIFY(lines.contains("DTSTART;TZID=Europe/Brussels:20270326T090000"));
    QVERIFY(lines.contains("DTEND;TZID=Europe/Brussels:20270326T100000"));
    QVERIFY(lines.contains("DTSTAMP:20270320T101500Z"));
    QVERIFY(lines.contains("LOCATION:BAPA BXL\\, Boulevard Anspach 1 bte 24\\, 1000 Bruxelles"));
    QVERIFY(lines.contains("DESCRIPTION:☎ +32 2 279 49 70"));
    QCOMPARE(lines.count("BEGIN:VEVENT"), 1);
    QCOMPARE(lines.first(), "BEGIN:VCALENDAR");
    QCOMPARE(lines.last(), "END:VCALENDAR");
}

void TstTicketBookingEvent::parsed_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<int>("utcOffset");
    QTest::addColumn<QString>("service"); // empty: the sample's

    // Summer time starts on Sunday 28 March 2027 and ends on Sunday 31 October 2027.
    QTest::newRow("before spring change") << QStringLiteral("fr") << brussels(2027, 3, 26, 9) << 3600 << QString();
    QTest::newRow("after spring change") << QStringLiteral("ar") << brussels(2027, 3, 30, 9) << 7200 << QString();
    QTest::newRow("before autumn change") << QStringLiteral("ti") << brussels(2027, 10, 29, 14, 30) << 7200 << QString();
    QTest::newRow("after autumn change") << QStringLiteral("fa") << brussels(2027, 11, 2, 14, 30) << 3600 << QString();
    // Given in UTC: the event still says Brussels time.
    QTest::newRow("given in UTC") << QStringLiteral("uk") << brussels(2027, 3, 30, 9).toUTC() << 7200 << QString();
    // Escaped TEXT and a folded line read back as they were written.
    QTest::newRow("escaped and folded") << QStringLiteral("fr") << brussels(2027, 6, 1, 10) << 7200
                                        << QStringLiteral("Logement, santé; papiers\\dossier\nsuite ").repeated(3);
}

void TstTicketBookingEvent::parsed()
{
    QFETCH(QString, language);
    QFETCH(QDateTime, start);
    QFETCH(int, utcOffset);
    QFETCH(QString, service);
    TicketData ticket = sampleTicket(language, start);
    if (!service.isEmpty())
        ticket.serviceName = service;

    const QJsonObject event = parse(bookingEvent(ticket));
    QVERIFY2(!event.isEmpty(), "python3-icalendar could not read the event");
    QCOMPARE(event.value(QStringLiteral("events")).toInt(), 1);
    QCOMPARE(event.value(QStringLiteral("zones")).toVariant().toStringList(), QStringList{QStringLiteral("Europe/Brussels")});
    QCOMPARE(event.value(QStringLiteral("tzid")).toString(), QStringLiteral("Europe/Brussels"));
    QCOMPARE(event.value(QStringLiteral("uid")).toString(), QStringLiteral("6f1c2a9e-3b7d-4c52-9a1e-0d8f5e2b7c41@guichet"));

    const QDateTime parsedStart = QDateTime::fromString(event.value(QStringLiteral("start")).toString(), Qt::ISODate);
    QCOMPARE(parsedStart, start);
    QCOMPARE(parsedStart.offsetFromUtc(), utcOffset);
    QCOMPARE(int(event.value(QStringLiteral("offset")).toDouble()), utcOffset);
    QCOMPARE(int(event.value(QStringLiteral("vtimezone_offset")).toDouble()), utcOffset);
    QCOMPARE(QDateTime::fromString(event.value(QStringLiteral("end")).toString(), Qt::ISODate), start.addSecs(3600));

    QCOMPARE(event.value(QStringLiteral("summary")).toString(), QStringLiteral("K7-4825 · ") + ticket.serviceName);
    QCOMPARE(event.value(QStringLiteral("summary_language")).toString(), language);
    QCOMPARE(event.value(QStringLiteral("location")).toString(), QStringLiteral("BAPA BXL, Boulevard Anspach 1 bte 24, 1000 Bruxelles"));
    QCOMPARE(event.value(QStringLiteral("description")).toString(), QStringLiteral("☎ +32 2 279 49 70"));
}

void TstTicketBookingEvent::sameBookingSameBytes()
{
    // The QR on the screen and the one on the ticket must be the same code.
    QCOMPARE(bookingEvent(sampleTicket(QStringLiteral("ar"))), bookingEvent(sampleTicket(QStringLiteral("ar"))));
    // Not yet confirmed: stamped with the clock's now.
    TicketData unconfirmed = sampleTicket(QStringLiteral("fr"));
    unconfirmed.confirmedAt = {};
    Clock::pin(QDateTime(QDate(2027, 3, 27), QTime(23, 59, 30), Qt::UTC));
    const QByteArray event = bookingEvent(unconfirmed);
    Clock::release();
    QVERIFY(event.contains("DTSTAMP:20270327T2359")); // the clock runs on from there
}

void TstTicketBookingEvent::withoutEnd()
{
    TicketData ticket = sampleTicket(QStringLiteral("fr"));
    ticket.end = {};
    const QByteArray ics = bookingEvent(ticket);
    QVERIFY(!ics.contains("DTEND"));
    const QJsonObject event = parse(ics);
    QVERIFY2(!event.isEmpty(), "python3-icalendar could not read the event");
}

QTEST_GUILESS_MAIN(TstTicketBookingEvent)
#include "tst_ticket_bookingevent.moc"
