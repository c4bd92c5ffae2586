// SPDX-License-Identifier: GPL-3.0-or-later
#include "clock.h"

#include <atomic>
#include <limits>

namespace guichet {

namespace {

// How far the pinned clock is from the system's, in milliseconds; the lowest value means
// "not pinned". An offset, not a moment, so that a pinned clock runs on.
constexpr qint64 kNotPinned = std::numeric_limits<qint64>::min();
std::atomic<qint64> s_offsetMSecs{kNotPinned};

} // namespace

qint64 Clock::nowMSecs()
{
    const qint64 offset = s_offsetMSecs.load(std::memory_order_relaxed);
    return QDateTime::currentMSecsSinceEpoch() + (offset == kNotPinned ? 0 : offset);
}

qint64 Clock::nowSecs()
{
    return nowMSecs() / 1000;
}

QDateTime Clock::now()
{
    return QDateTime::fromMSecsSinceEpoch(nowMSecs(), Qt::UTC);
}

QDate Clock::today(const QTimeZone &zone)
{
    return now().toTimeZone(zone).date();
}

bool Clock::isPinned()
{
    return s_offsetMSecs.load(std::memory_order_relaxed) != kNotPinned;
}

void Clock::pin(const QDateTime &moment)
{
    s_offsetMSecs.store(moment.toMSecsSinceEpoch() - QDateTime::currentMSecsSinceEpoch(), std::memory_order_relaxed);
}

void Clock::release()
{
    s_offsetMSecs.store(kNotPinned, std::memory_order_relaxed);
}

std::optional<QDateTime> Clock::parseMoment(const QString &text)
{
    QDateTime moment = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
    if (!moment.isValid())
        return std::nullopt;
    if (moment.timeSpec() == Qt::LocalTime) // no offset given: an office's wall clock
        moment = QDateTime(moment.date(), moment.time(), QTimeZone("Europe/Brussels"));
    return moment.toUTC();
}

} // namespace guichet
