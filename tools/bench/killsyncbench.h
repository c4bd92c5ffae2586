// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace guichet {

/**
 * `guichet-bench kill-sync --kills N --data DIR`: a kiosk (a worker process: kiosk/store and
 * kiosk/sync, booking as visitors do) is killed with SIGKILL at random moments N times and
 * started again on the same data; then its outbox drains and its bookings are held against
 * the server's. Last line `kill-sync: kills=N confirmed=C lost=L duplicated=D`; exits non-zero
 * when L or D is not 0. DIR is left in place to look at.
 */
int killSyncBench(const QStringList &args, QTextStream &out, QTextStream &err);
/** The worker: `kill-sync-worker DIR URL TOKEN SLOT (book|drain)`. */
int killSyncWorker(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace guichet
