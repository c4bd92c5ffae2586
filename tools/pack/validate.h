// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextStream>

namespace guichet {

/**
 * `guichet-pack validate DIR`: every problem as file:line: key: message (exit 1), else the
 * `ok:` line (exit 0), and warnings that do not stop a pack but will bite later, as
 * `warning: ...` lines: calendar data that runs out, and, where the kiosk is built, texts
 * that would show an empty box or that eSpeak NG would not say.
 */
int validate(const QString &dir, QTextStream &out, QTextStream &err);

} // namespace guichet
