// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketdata.h"

#include <QByteArray>

namespace guichet {

/**
 * The booking as an iCalendar file (RFC 5545) with one event, for the QR code a phone camera
 * turns into a calendar entry. Times are Europe/Brussels wall-clock time with their VTIMEZONE,
 * so a phone set to another zone, or the trip across a daylight-saving change, keeps the hour
 * the office expects. The same booking always gives the same bytes (DTSTAMP is the
 * confirmation time), so the screen's QR and the printed one are one code.
 */
[[nodiscard]] QByteArray bookingEvent(const TicketData &ticket);

} // namespace guichet
