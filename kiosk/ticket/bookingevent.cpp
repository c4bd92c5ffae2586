// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingevent.h"

#include "clock.h"
#include "icalendartext.h"

#include <QTimeZone>

namespace guichet {

using ical::brusselsTime;
using ical::contentLine;
using ical::text;

QByteArray bookingEvent(const TicketData &ticket)
{
    const QDateTime stamp = ticket.confirmedAt.isValid() ? ticket.confirmedAt : Clock::now();
    // One line per address line would read badly in a phone's map search: commas join them.
    QStringList place = ticket.officeAddress.split(u'\n', Qt::SkipEmptyParts);
    if (!ticket.officeName.isEmpty())
        place.prepend(ticket.officeName);
    const QString location = place.join(QStringLiteral(", "));

    QByteArray out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Guichet//Ticket//FR\r\nCALSCALE:GREGORIAN\r\n";
    out += ical::brusselsTimeZone();
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
