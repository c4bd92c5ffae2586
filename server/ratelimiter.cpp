// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratelimiter.h"

#include <cmath>

namespace guichet::server {

int RateLimiter::admit(const QString &key, qint64 nowMs)
{
    if (m_rate <= 0)
        return 0;
    const double burst = std::max(1.0, 2 * m_rate);
    QMutexLocker lock(&m_lock);
    if (m_buckets.size() > 100000)
        m_buckets.clear(); // many addresses: forget them rather than grow without end
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, Bucket{burst, nowMs});
    Bucket &b = it.value();
    b.tokens = std::min(burst, b.tokens + double(nowMs - b.at) / 1000.0 * m_rate);
    b.at = nowMs;
    if (b.tokens >= 1) {
        b.tokens -= 1;
        return 0;
    }
    return std::max(1, int(std::ceil((1 - b.tokens) / m_rate)));
}

} // namespace guichet::server
