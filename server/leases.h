// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokens.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace guichet::server {

class Schedule;

/**
 * Slots as kiosks and staff see them, and leases: seats a kiosk sets aside while online so it
 * can confirm bookings offline. A leased seat is counted apart from booked ones, so nobody
 * else can take it; at its expiry (the end of the day before the slot) an unused one returns.
 */
namespace leases {

/** GET /slots: the office's slots of a service from..to, with what is still free. */
QJsonArray slotList(Schedule &schedule, const QString &office, const QString &service, QDate from, QDate to);
/** POST /leases: up to `seats` seats on the day, one per slot from the earliest. */
QJsonObject take(Schedule &schedule, const Caller &caller, const QJsonObject &body);
/** DELETE /leases/{id}: the unused seats go back. */
QJsonObject giveBack(const Caller &caller, const QString &id);
/** Returns the unused seats of every lease past its expiry; how many leases ended. */
int expire(qint64 now);

} // namespace leases

} // namespace guichet::server
