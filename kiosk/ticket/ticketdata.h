// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace guichet {

/**
 * What a confirmed booking shows on the confirmation screen, in its QR code and on the printed
 * ticket. Texts come already in the visitor's language (formatting with ICU is the caller's):
 * the ticket only lays them out. Nothing here names or reaches the visitor (no name, no phone
 * number), because all of it goes into a QR code that any phone camera reads.
 */
struct TicketData {
    QString code;               ///< "K7-4825", what staff ask for at the desk
    QUuid id;                   ///< the booking's client-made UUID; the event's UID
    QString serviceName;        ///< in the visitor's language
    QString pictogramPath;      ///< the service's SVG pictogram; may be empty
    QString officeName;         ///< "BAPA BXL"
    QString officeAddress;      ///< lines separated by '\n', as written on a letter
    QString officePhone;        ///< grouped for reading, e.g. "+32 2 279 49 70"
    QDateTime start;            ///< in Europe/Brussels (any zone is converted)
    QDateTime end;
    QString language;           ///< the visitor's language, BCP 47 ("ar", "fr", "ti")
    QString dateTimeVisitor;    ///< date and time as the visitor reads them; may hold '\n'
    QString dateTimeFrench;     ///< the same in French, what the office and its letters use
    QDateTime confirmedAt;      ///< when the booking was confirmed (DTSTAMP); now when invalid
};

} // namespace guichet
