// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendar.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

namespace guichet::server {

namespace {

// The EU rule since 1996: summer time from the last Sunday of March to the last of October.
const char kBrussels[] =
    "BEGIN:VTIMEZONE\r\n"
    "TZID:Europe/Brussels\r\n"
    "BEGIN:DAYLIGHT\r\n"
    "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"
    "DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
    "END:DAYLIGHT\r\n"
    "BEGIN:STANDARD\r\n"
    "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n"
    "DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
    "END:STANDARD\r\n"
    "END:VTIMEZONE\r\n";

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 3.3.11). */
QByteArray text(const QString &value)
{
    QString v = value;
    v.replace(u'\\', QStringLiteral("\\\\")).replace(u';', QStringLiteral("\\;")).replace(u',', QStringLiteral("\\,"));
    v.replace(u'\n', QStringLiteral("\\n")).remove(u'\r');
    return v.toUtf8();
}

/** Lines of at most 75 octets, folded with CRLF and a space, never inside a UTF-8 sequence. */
QByteArray folded(const QByteArray &line)
{
    QByteArray out;
    int count = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const bool continuation = (uchar(line[i]) & 0xC0) == 0x80;
        if (count >= 74 && !continuation) {
            out += "\r\n ";
            count = 1;
        }
        out += line[i];
        ++count;
    }
    return out + "\r\n";
}

QByteArray local(const QString &rfc3339)
{
    const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
    return QDateTime::fromString(rfc3339, Qt::ISODate).toTimeZone(brussels).toString(QStringLiteral("yyyyMMddTHHmmss")).toLatin1();
}

} // namespace

QByteArray icalendar(const QJsonArray &bookings)
{
    QByteArray out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Guichet//Bookings//FR\r\nCALSCALE:GREGORIAN\r\n";
    out += kBrussels;
    const QByteArray stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddTHHmmssZ")).toLatin1();
    for (const QJsonValue &value : bookings) {
        const QJsonObject b = value.toObject();
        out += "BEGIN:VEVENT\r\n";
        out += folded("UID:" + b.value(QStringLiteral("id")).toString().toLatin1() + "@guichet");
        out += "DTSTAMP:" + stamp + "\r\n";
        out += "DTSTART;TZID=Europe/Brussels:" + local(b.value(QStringLiteral("start")).toString()) + "\r\n";
        out += "DTEND;TZID=Europe/Brussels:" + local(b.value(QStringLiteral("end")).toString()) + "\r\n";
        out += folded("SUMMARY:" + text(QStringLiteral("%1 · %2 (%3)").arg(b.value(QStringLiteral("code")).toString(),
                                                                         b.value(QStringLiteral("service")).toString(),
                                                                         b.value(QStringLiteral("language")).toString())));
        out += folded("LOCATION:" + text(b.value(QStringLiteral("office")).toString()));
        const QString status = b.value(QStringLiteral("status")).toString();
        out += status == QStringLiteral("cancelled") ? "STATUS:CANCELLED\r\n" : "STATUS:CONFIRMED\r\n";
        out += "END:VEVENT\r\n";
    }
    out += "END:VCALENDAR\r\n";
    return out;
}

} // namespace guichet::server
