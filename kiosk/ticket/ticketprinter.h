// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ticketdata.h"

#include <QString>

class QPrinter;

namespace guichet {

/**
 * The paper ticket a visitor takes home: the booking code very large, a calendar page and a
 * clock face, the date and time in the visitor's language and in French, the service's
 * pictogram and name, the office's name, address and phone, and the booking's QR code.
 *
 * It is laid out for an 80 mm receipt roll (72 mm printed), the printer kiosks have: thermal,
 * black only, nothing to jam or refill but paper, and it cuts the ticket off. The page is as
 * long as the ticket (about 20 cm). A printer with fixed pages (A6, A4) gets the same layout,
 * scaled to fit one page. Right-to-left languages mirror placement (text flush right, the
 * pictures row reversed), not content: the clock, the calendar and the phone number stay.
 */

/** Draws the ticket on one page of an unstarted printer, setting its page size and margins. */
[[nodiscard]] bool printTicket(const TicketData &ticket, QPrinter &printer, QString *error = nullptr);

/** The ticket as a one-page PDF file. */
[[nodiscard]] bool printTicketToPdf(const TicketData &ticket, const QString &pdfPath, QString *error = nullptr);

/** The ticket on a CUPS printer by its queue name (as `lpstat -p` lists it). */
[[nodiscard]] bool printTicketOn(const TicketData &ticket, const QString &printerName, QString *error = nullptr);

} // namespace guichet
