// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <atomic>
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace guichet {

/**
 * The loads of `guichet-bench server`: kiosks booking through guichet-server, and the same
 * database driven alone (raw SQLite commits, or pgbench) as the yardstick. Each side runs a
 * warm-up, then a measured window; only what completes inside the window counts.
 */
namespace serverload {

using Clock = std::chrono::steady_clock;

/** Set on SIGINT or SIGTERM: every load ends early, and what was started is still cleaned up. */
extern std::atomic<bool> interrupted;

/** The measured window. */
struct Window {
    Clock::time_point from;
    Clock::time_point to;
    /** `warmupS` seconds from now, for `seconds`. */
    static Window after(int warmupS, int seconds);
    [[nodiscard]] bool holds(Clock::time_point t) const { return t >= from && t <= to; }
};

/**
 * One client's results. Throughput counts the 201s received inside the window; latency and
 * statuses count every request in flight at some time inside it, with its whole time, so a
 * request the server leaves waiting from the warm-up to past the window counts too. A status
 * below 0 is a transport error (no HTTP response): -httplib::Error.
 */
struct Tally {
    std::vector<double> latencyMs;     // requests in flight during the window
    std::map<int, long long> statuses; // requests in flight during the window
    long long createdInWindow = 0;     // 201s received in the window
    long long answeredInWindow = 0;    // HTTP responses received in the window, any status
    long long created = 0;             // 201s at any time, to hold against the slots' booked counts
    long long connections = 0;         // sockets opened: more than one means a connection was closed
    std::string firstProblem;          // the first answer other than 201
    double firstProblemS = 0;          // when it came, in seconds from the start of the window
};

/** A program run to its end, its output kept. */
struct ToolRun {
    int exitCode = -1; // -1: did not start, timed out or crashed
    QString out;
    QString err;
};
/** Runs a program to its end; stopped (SIGTERM) after `timeoutS`, or on interruption when `interruptible`. */
ToolRun runTool(const QString &program, const QStringList &args, int timeoutS, bool interruptible = true);
/** True for exit 0; otherwise says what failed on err. */
bool succeeded(const ToolRun &run, const QString &what, QTextStream &err);

/**
 * `clients` kiosks, one thread and one keep-alive connection each, booking seats on `slotIds` in
 * turn with their own token for as long as the window lasts. One tally per client.
 */
std::vector<Tally> bookAsKiosks(int port, const std::vector<std::string> &tokens, const std::vector<std::string> &slotIds,
                                const Window &window);

/** Raw SQLite commits per second: WAL, synchronous=FULL, one row per transaction, a connection per thread. */
std::optional<double> rawSqlite(const QString &path, int clients, int warmupS, int seconds, QTextStream &out,
                                QTextStream &err);

/** pgbench's tps: one INSERT per transaction into a scratch table, `clients` connections. */
std::optional<double> rawPostgres(const QString &url, int clients, int warmupS, int seconds, const QString &dir,
                                  QTextStream &out, QTextStream &err);

/** A PostgreSQL program from Debian's postgresql-15 (PG_BIN overrides the directory). */
[[nodiscard]] QString pgTool(const char *name);

} // namespace serverload

} // namespace guichet
