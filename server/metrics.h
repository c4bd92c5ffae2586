// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <array>

namespace guichet::server {

/** What /metrics shows, in Prometheus text format: requests by route and status, bookings
 *  made, conflicts, a latency histogram, and (read at scrape time) each kiosk's heartbeat age. */
class Metrics
{
public:
    void request(const QString &route, int status, double seconds);
    void bookingCreated();
    void conflict();
    [[nodiscard]] QByteArray text(qint64 now) const;

private:
    static constexpr std::array<double, 10> kBuckets{0.001, 0.0025, 0.005, 0.01, 0.02, 0.05, 0.1, 0.25, 1, 5};
    mutable QMutex m_lock;
    QHash<QPair<QString, int>, quint64> m_requests;
    std::array<quint64, kBuckets.size()> m_latency{};
    quint64 m_latencyCount = 0;
    double m_latencySum = 0;
    quint64 m_bookings = 0;
    quint64 m_conflicts = 0;
};

} // namespace guichet::server
