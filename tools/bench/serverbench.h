// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace guichet {

/**
 * `guichet-bench server`: bookings per second and their p99 latency through the real
 * guichet-server, held against what its database does alone in the same run (pgbench inserting
 * one row per transaction, or raw SQLite commits in WAL with synchronous=FULL), so the ratio
 * says what the server's own work costs whatever the disk.
 */
int serverBench(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace guichet
