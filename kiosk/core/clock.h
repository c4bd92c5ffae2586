// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace guichet {

/**
 * The one source of "now" for the kiosk, the server and the tools. It is the system's clock
 * unless a test or `--now` sets it to another moment, from which it then runs on at the
 * system's pace (a retry due in 2 s still comes). So nothing depends on the day it runs: a test
 * chooses its day instead of meeting today's. Safe to read from any thread (the server's request
 * threads). Timeouts and latencies are not read here: they use a monotonic timer.
 */
class Clock
{
public:
    /** The current instant, in UTC. */
    [[nodiscard]] static QDateTime now();
    [[nodiscard]] static qint64 nowMSecs();
    [[nodiscard]] static qint64 nowSecs();
    /** The current date on the wall clocks of `zone` (an office's day). */
    [[nodiscard]] static QDate today(const QTimeZone &zone);
    /** True while the clock is set by pin(). */
    [[nodiscard]] static bool isPinned();

    /** now() is `moment` at this instant, and runs on from there. */
    static void pin(const QDateTime &moment);
    /** Back to the system's clock. */
    static void release();

    /** An ISO 8601 moment as `--now` takes it ("2026-12-07T09:30:00+01:00", "…Z"); a moment
     *  with no offset is read in Europe/Brussels. Nothing when it is not a moment. */
    [[nodiscard]] static std::optional<QDateTime> parseMoment(const QString &text);

private:
    Clock() = delete;
};

} // namespace guichet
