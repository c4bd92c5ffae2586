// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace guichet::ical {

/** The VTIMEZONE of Europe/Brussels: RFC 5545 wants every TZID used defined in the file, and a
 *  phone or calendar must not guess it. */
[[nodiscard]] QByteArray brusselsTimeZone();
/** A TEXT value: backslash, semicolon, comma and newlines escaped (RFC 5545 3.3.11). */
[[nodiscard]] QByteArray text(QString value);
/** A content line folded to at most 75 octets per line (RFC 5545 3.1), ending in CRLF; a fold
 *  goes only before the first byte of a UTF-8 sequence. */
[[nodiscard]] QByteArray contentLine(const QByteArray &line);
/** A moment as local Brussels time, for DTSTART;TZID=Europe/Brussels: "20270326T090000". */
[[nodiscard]] QByteArray brusselsTime(const QDateTime &moment);

} // namespace guichet::ical
