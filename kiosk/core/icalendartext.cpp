// SPDX-License-Identifier: GPL-3.0-or-later
#include "icalendartext.h"

#include <QTimeZone>

namespace guichet::ical {

QByteArray brusselsTimeZone()
{
    // The EU rule since 1996: summer time from the last Sunday of March to the last of October.
    return QByteArrayLiteral("BEGIN:VTIMEZONE\r\n"
                             "TZID:Europe/Brussels\r\n"
                             "BEGIN:DAYLIGHT\r\n"
                             "TZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"
                             "DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
                             "END:DAYLIGHT\r\n"
                             "BEGIN:STANDARD\r\n"
                             "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\n"
                             "DTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
                             "END:STANDARD\r\n"
                             "END:VTIMEZONE\r\n");
}

QByteArray text(QString value)
{
    value.replace(u'\\', QStringLiteral("\\\\")).replace(u';', QStringLiteral("\\;")).replace(u',', QStringLiteral("\\,"));
    value.remove(u'\r').replace(u'\n', QStringLiteral("\\n"));
    return value.toUtf8();
}

QByteArray contentLine(const QByteArray &line)
{
    QByteArray out;
    int width = 0;
    for (qsizetype i = 0; i < line.size();) {
        const uchar lead = uchar(line[i]);
        const int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (width + length > 75) {
            out += "\r\n ";
            width = 1; // the continuation's leading space counts
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

} // namespace guichet::ical
