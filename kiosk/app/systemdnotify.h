// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>

class QQuickWindow;

namespace guichet {

/**
 * Tells systemd (sd_notify, when NOTIFY_SOCKET is set) that the kiosk is up and alive:
 * READY=1 after the window's first frame, WATCHDOG=1 every third of WATCHDOG_USEC, STOPPING=1
 * when it quits. The pings come from a timer on the UI thread, so a hung UI thread stops them and
 * systemd restarts the unit.
 *
 * Under cage the unit's main process is cage, so systemd sets WATCHDOG_PID to cage's pid and
 * sd_watchdog_enabled() would say no to this process: WATCHDOG_USEC is read directly, and the
 * unit has NotifyAccess=all so that messages from this child count.
 */
class SystemdNotify : public QObject
{
    Q_OBJECT

public:
    explicit SystemdNotify(QQuickWindow *window, QObject *parent = nullptr);
    ~SystemdNotify() override;

    /** True when systemd (or a test) listens: NOTIFY_SOCKET is set. */
    [[nodiscard]] static bool listening();

private:
    void ready();

    QTimer m_watchdog;
};

} // namespace guichet
