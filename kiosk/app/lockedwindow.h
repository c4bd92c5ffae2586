// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QQuickWindow;

namespace guichet {

/**
 * The fullscreen kiosk as visitors meet it: no mouse cursor (a touchscreen has none; cage would
 * draw one where the last touch was), and a window that refuses to close. Under cage nothing
 * offers to close it, but a close request (Alt+F4 under a desktop, a compositor's close) would
 * otherwise end the kiosk, and with it the session; only SIGTERM (the unit's stop) ends it.
 */
void lockWindow(QQuickWindow *window);

/** `--grab-first-frame FILE`: the first frame the kiosk shows at its screen's size (fullscreen),
 *  written to FILE as PNG (through FILE.tmp, then renamed), while it runs on. Tests under cage
 *  look at it: a compositor's own screenshot of a headless output can be stale. */
void saveFirstFrame(QQuickWindow *window, const QString &file);

} // namespace guichet
