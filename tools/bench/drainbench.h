// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace guichet {

/**
 * `guichet-bench drain [--bookings 5000]`: a kiosk back online with that many bookings in its
 * outbox drains them through kiosk/sync to the real guichet-server over loopback; last line
 * `drain: bookings=N seconds=S` (the goal: 5000 in 10 s).
 */
int drainBench(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace guichet
