// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendar.h"

#include "clock.h"
#include "icalendartext.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimeZone>

namespace guichet::server {

QByteArray icalendar(const QJsonArray &bookings)
{
    QByteArray out = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Guichet//Bookings//FR\r\nCALSCALE:GREGORIAN\r\n";
    out += ical::brusselsTimeZone();
    const QByteArray stamp = Clock::now().toString(QStringLiteral("yyyyMMddTHHmmssZ")).toLatin1();
    for (const QJsonValue &value : bookings) {
        const QJsonObject b = value.toObject();
        out += "BEGIN:VEVENT\r\n";
        out += ical::contentLine("UID:" + b.value(QStringLiteral("id")).toString().toLatin1() + "@guichet");
        out += "DTSTAMP:" + stamp + "\r\n";
        out += "DTSTART;TZID=Europe/Brussels:" + ical::brusselsTime(QDateTime::fromString(b.value(QStringLiteral("start")).toString(), Qt::ISODate)) + "\r\n";
        out += "DTEND;TZID=Europe/Brussels:" + ical::brusselsTime(QDateTime::fromString(b.value(QStringLiteral("end")).toString(), Qt::ISODate)) + "\r\n";
        out += ical::contentLine("SUMMARY:" + ical::text(QStringLiteral("%1 · %2 (%3)").arg(b.value(QStringLiteral("code")).toString(),
                                                                         b.value(QStringLiteral("service")).toString(),
                                                                         b.value(QStringLiteral("language")).toString())));
        out += ical::contentLine("LOCATION:" + ical::text(b.value(QStringLiteral("office")).toString()));
        const QString status = b.value(QStringLiteral("status")).toString();
        out += status == QStringLiteral("cancelled") ? "STATUS:CANCELLED\r\n" : "STATUS:CONFIRMED\r\n";
        out += "END:VEVENT\r\n";
    }
    out += "END:VCALENDAR\r\n";
    return out;
}

} // namespace guichet::server
