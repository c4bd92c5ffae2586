// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace guichet {

/**
 * `guichet-bench journey [--lang fr,ar]`: for each language, the kiosk books an appointment in
 * voice mode from the home screen to the confirmation as a visitor who cannot read (hear, then
 * touch; see kiosk/app/journeydriver.cpp), against a real guichet-server, speech into the null
 * output in real time. Prints `journey: lang=L taps=T digits=D speech_s=S total_s=X` for each:
 * T every touch but the phone's digits, D those digits, X = S + 1.5 s a touch, the time the
 * visitor stands there (goal: T ≤ 12, S ≤ 90, X ≤ 120).
 */
int journeyBench(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace guichet
