// SPDX-License-Identifier: GPL-3.0-or-later
#include "packswitchprobe.h"

#include "kiosk.h"
#include "startpack.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QQuickWindow>

#include <memory>

namespace guichet {

void probePackSwitch(QQuickWindow *window, Kiosk *kiosk, const QString &packDir, QTextStream &out)
{
    QObject::connect(window, &QQuickWindow::frameSwapped, kiosk, [window, kiosk, packDir, &out] {
        std::optional<Pack> pack = loadPackDir(packDir, out);
        if (!pack) {
            QCoreApplication::exit(1);
            return;
        }
        kiosk->offerPack(std::move(*pack), packDir);
        auto timer = std::make_shared<QElapsedTimer>();
        QObject::connect(window, &QQuickWindow::frameSwapped, kiosk, [timer, &out] {
            out << "probe: switch_ms=" << QString::number(double(timer->nsecsElapsed()) / 1e6, 'f', 1) << Qt::endl;
            QCoreApplication::exit(0);
        }, Qt::SingleShotConnection);
        timer->start();
        kiosk->resetSession();
        window->update(); // offscreen, a frame comes only when asked for
    }, Qt::SingleShotConnection);
}

} // namespace guichet
