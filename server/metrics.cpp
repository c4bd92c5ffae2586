// SPDX-License-Identifier: GPL-3.0-or-later
#include "metrics.h"

#include "database.h"

namespace guichet::server {

void Metrics::request(const QString &route, int status, double seconds)
{
    QMutexLocker lock(&m_lock);
    ++m_requests[{route, status}];
    for (size_t i = 0; i < kBuckets.size(); ++i) {
        if (seconds <= kBuckets[i])
            ++m_latency[i];
    }
    ++m_latencyCount;
    m_latencySum += seconds;
}

void Metrics::bookingCreated()
{
    QMutexLocker lock(&m_lock);
    ++m_bookings;
}

void Metrics::conflict()
{
    QMutexLocker lock(&m_lock);
    ++m_conflicts;
}

QByteArray Metrics::text(qint64 now) const
{
    QByteArray out;
    {
        QMutexLocker lock(&m_lock);
        out += "# HELP guichet_requests_total HTTP requests by route and status.\n# TYPE guichet_requests_total counter\n";
        for (auto it = m_requests.cbegin(); it != m_requests.cend(); ++it)
            out += QStringLiteral("guichet_requests_total{route=\"%1\",status=\"%2\"} %3\n").arg(it.key().first).arg(it.key().second).arg(it.value()).toUtf8();
        out += "# HELP guichet_bookings_created_total Bookings made (replays not counted).\n# TYPE guichet_bookings_created_total counter\n";
        out += "guichet_bookings_created_total " + QByteArray::number(m_bookings) + "\n";
        out += "# HELP guichet_booking_conflicts_total Bookings refused because the slot or lease was full.\n# TYPE guichet_booking_conflicts_total counter\n";
        out += "guichet_booking_conflicts_total " + QByteArray::number(m_conflicts) + "\n";
        out += "# HELP guichet_request_seconds Time to answer a request.\n# TYPE guichet_request_seconds histogram\n";
        for (size_t i = 0; i < kBuckets.size(); ++i)
            out += "guichet_request_seconds_bucket{le=\"" + QByteArray::number(kBuckets[i]) + "\"} " + QByteArray::number(m_latency[i]) + "\n";
        out += "guichet_request_seconds_bucket{le=\"+Inf\"} " + QByteArray::number(m_latencyCount) + "\n";
        out += "guichet_request_seconds_sum " + QByteArray::number(m_latencySum, 'f', 6) + "\n";
        out += "guichet_request_seconds_count " + QByteArray::number(m_latencyCount) + "\n";
    }
    out += "# HELP guichet_kiosk_heartbeat_age_seconds Seconds since each kiosk's last heartbeat.\n# TYPE guichet_kiosk_heartbeat_age_seconds gauge\n";
    QSqlQuery q = Database::run(QStringLiteral("SELECT kiosk, received_at FROM heartbeats ORDER BY kiosk"));
    while (q.next()) {
        QString kiosk = q.value(0).toString();
        kiosk.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")).replace(u'\n', QStringLiteral("\\n"));
        out += QStringLiteral("guichet_kiosk_heartbeat_age_seconds{kiosk=\"%1\"} %2\n").arg(kiosk).arg(now - q.value(1).toLongLong()).toUtf8();
    }
    return out;
}

} // namespace guichet::server
