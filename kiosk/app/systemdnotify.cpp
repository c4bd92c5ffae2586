// SPDX-License-Identifier: GPL-3.0-or-later
#include "systemdnotify.h"

#include <QQuickWindow>

#include <systemd/sd-daemon.h>

namespace guichet {

SystemdNotify::SystemdNotify(QQuickWindow *window, QObject *parent)
    : QObject(parent)
{
    if (!listening())
        return;
    connect(window, &QQuickWindow::frameSwapped, this, &SystemdNotify::ready, static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
    bool ok = false;
    const qint64 usec = qEnvironmentVariable("WATCHDOG_USEC").toLongLong(&ok);
    if (ok && usec > 0) {
        m_watchdog.setInterval(std::max<qint64>(usec / 3000, 100));
        m_watchdog.setTimerType(Qt::PreciseTimer);
        connect(&m_watchdog, &QTimer::timeout, this, [] { sd_notify(0, "WATCHDOG=1"); });
        m_watchdog.start();
    }
}

SystemdNotify::~SystemdNotify()
{
    if (listening())
        sd_notify(0, "STOPPING=1");
}

bool SystemdNotify::listening()
{
    return qEnvironmentVariableIsSet("NOTIFY_SOCKET");
}

void SystemdNotify::ready()
{
    sd_notify(0, "READY=1");
}

} // namespace guichet
