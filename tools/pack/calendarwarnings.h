// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack.h"
#include "packproblem.h"

#include <QDate>
#include <QList>

namespace guichet {

/** How long before calendar data runs out staff are warned: time to get next year's dates. */
constexpr int kCalendarWarningDays = 60;

/**
 * Calendar data that runs out: a calendar.json period (school_term) or the holidays whose last
 * date is past or within kCalendarWarningDays of `today`. After it, hours marked `only` that
 * period stop applying and holidays show as ordinary days, silently: the pack still loads.
 */
[[nodiscard]] QList<PackProblem> calendarWarnings(const Pack &pack, QDate today);

} // namespace guichet
