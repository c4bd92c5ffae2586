// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace guichet {

/**
 * `guichet-bench speech`: how soon the kiosk starts speaking after it is asked to, and what our
 * synthesis path costs over eSpeak NG alone, on every text of the pack in every voiced language.
 * Runs guichet-bench itself in hidden child modes, one eSpeak per process.
 */
int speechBench(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace guichet
