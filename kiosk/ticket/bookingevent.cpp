// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingevent.h"

#include <QTimeZone>

namespace guichet {

namespace {

// The EU rule since 1996: summer time from the last Sunday of March to the last of October.
// RFC 5545 wants the definition of every TZID used, and a phone must not guess it.
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

/** A TEXT value: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11). */
QByteArray text(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\")).replace(u';', QStringLiteral("\\;")).replace(u',', QStringLiteral("\\,"));
    value.remove(u'\r').replace(u'\n', QStringLiteral("\\n"));
    return value.toUtf8();
}

/**
 * A content line folded to at most 75 octets per line (RFC 5545 3.1), the leading space of a
 * continuation counted. A fold goes only before the first byte of a UTF-8 sequence, so each
 * physical line stays valid UTF-8 for readers that decode before unfolding.
 */
QByteArray contentLine(const QByteArray &line)
{
    QByteArray out;
    int width = 0;
    for (qsizetype i = 0; i < line.size();) {
        const uchar lead = uchar(line[i]);
        const int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (width + length > 75) {
            out += "\r\n ";
            width = 1;
        }
        out += line.mid(i, length);
        width += length;
        i += length;
    }
    return out + "\r\n";
}

QByteArray brusselsTime(const QDateTime &moment)
{
    const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
    return moment.toTimeZone(brussels).toString(QStringLiteral("yyyyMMddTHHmmss")).toLatin1();
}

} // namespace

QByteArray bookingEvent(const TicketData &ticket)
{
    const QDateTime stamp = ticket.confirmedAt.isValid() ? ticket.confirmedAt : QDateTime::currentDateTimeUtc();
    // One line per address line would read badly in a phone's map search: commas join them.
    QStringList place = ticket.officeAddress.split(u'\n', Qt::SkipEmptyParts);
    if (!ticket.officeName.isEmpty())
        place.prepend(ticket.officeName);
    const QString location = place.join(QStringLiteral(", "));

    QByteArray out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Guichet//Ticket//FR\r\nCALSCALE:GREGORIAN\r\n";
    out += kBrussels;
    out += "BEGIN:VEVENT\r\n";
    out += contentLine("UID:" + ticket.id.toByteArray(QUuid::WithoutBraces) + "@guichet");
    out += "DTSTAMP:" + stamp.toUTC().toString(QStringLiteral("yyyyMMddTHHmmssZ")).toLatin1() + "\r\n";
    out += "DTSTART;TZID=Europe/Brussels:" + brusselsTime(ticket.start) + "\r\n";
    if (ticket.end.isValid()) // without an end, the event is the instant it starts (RFC 5545 3.6.1)
        out += "DTEND;TZID=Europe/Brussels:" + brusselsTime(ticket.end) + "\r\n";
    const QByteArray language = ticket.language.isEmpty() ? QByteArray() : ";LANGUAGE=" + ticket.language.toLatin1();
    out += contentLine("SUMMARY" + language + ":" + text(ticket.code + QStringLiteral(" · ") + ticket.serviceName));
    out += contentLine("LOCATION:" + text(location));
    // The telephone sign reads in every language; the number is the office's, never the visitor's.
    if (!ticket.officePhone.isEmpty())
        out += contentLine("DESCRIPTION:" + text(QStringLiteral("☎ ") + ticket.officePhone));
    out += "END:VEVENT\r\nEND:VCALENDAR\r\n";
    return out;
}

} // namespace guichet
