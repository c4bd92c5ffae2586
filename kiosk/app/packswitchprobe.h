// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTextStream>

class QQuickWindow;

namespace guichet {

class Kiosk;

/** For `guichet-bench pack` (--bench-pack-switch DIR): once the first frame is shown, offers the
 *  pack in DIR, resets the session as the idle timer does, and prints
 *  `probe: switch_ms=…`, the time from the reset to the first frame on the new pack; then exits. */
void probePackSwitch(QQuickWindow *window, Kiosk *kiosk, const QString &packDir, QTextStream &out);

} // namespace guichet
