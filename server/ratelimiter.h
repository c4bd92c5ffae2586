// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace guichet::server {

/**
 * Requests per second allowed per key (a token, an address), as a token bucket holding two
 * seconds' worth: a burst is fine, a flood is refused. 0 means no limit. In memory: each
 * server process counts for itself.
 */
class RateLimiter
{
public:
    explicit RateLimiter(double perSecond)
        : m_rate(perSecond)
    {
    }
    /** 0 when the request may go on, else the seconds to wait (for Retry-After). */
    int admit(const QString &key, qint64 nowMs);

private:
    struct Bucket {
        double tokens;
        qint64 at;
    };
    double m_rate;
    QMutex m_lock;
    QHash<QString, Bucket> m_buckets;
};

} // namespace guichet::server
