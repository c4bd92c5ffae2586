// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>

namespace guichet::server {

/**
 * Bookings as an iCalendar (RFC 5545) file for staff calendars: one event per booking, in
 * Europe/Brussels local time with its VTIMEZONE, so times stay right across a daylight-saving
 * change. The code, service and language only: a calendar file travels, a phone number must not.
 */
QByteArray icalendar(const QJsonArray &bookings);

} // namespace guichet::server
