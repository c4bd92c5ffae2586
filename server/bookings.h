// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokens.h"

#include <QJsonArray>
#include <QJsonObject>

namespace guichet::server {

class Schedule;

/**
 * Bookings: made exactly once per client id, never beyond a slot's seats (the seat is taken by
 * one conditional UPDATE inside the transaction, which the database serialises: no
 * check-then-insert), from a kiosk's leased seats when it names its lease.
 */
namespace bookings {

struct Created {
    QJsonObject booking;
    bool replay = false; // the same request again: 200 with the first answer
};

/** POST /bookings: throws ApiError (invalid, slot_full, lease_exhausted, idempotency_mismatch). */
Created create(Schedule &schedule, const Caller &caller, const QString &idempotencyKey, const QJsonObject &body);
QJsonArray ofDay(const Schedule &schedule, const QString &office, const QString &date);
/** PATCH /bookings/{id}: a cancelled booking gives its seat back. With expected (the status the
 *  desk saw), a booking another desk changed meanwhile is refused: 409 status_changed. */
QJsonObject setStatus(const Schedule &schedule, const QString &id, const QString &status, const QString &expected = {});
/** A short code read aloud easily (no 0/O or 1/I, e.g. "K7-4825"), not yet used by a
 *  booking or a leased seat of that office and day. Inside the caller's transaction. */
QString freeCode(const QString &office, const QString &day);
/** Erases phone and name of bookings on days before `before`: once the appointment is past,
 *  they have served. The booking itself (and its idempotency) stays. How many were erased. */
int forgetPersonalData(const QString &before);
/** The office's bookings from one local day to another (both included), by start. */
QJsonArray inSpan(const Schedule &schedule, const QString &office, const QString &fromDay, const QString &toDay);

} // namespace bookings

} // namespace guichet::server
