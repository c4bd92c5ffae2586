// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockedwindow.h"

#include <QFile>
#include <QEvent>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

namespace guichet {

namespace {

class RefuseClose : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Close) {
            event->ignore();
            return true;
        }
        return QObject::eventFilter(watched, event);
    }
};

} // namespace

void lockWindow(QQuickWindow *window)
{
    QGuiApplication::setOverrideCursor(Qt::BlankCursor);
    window->installEventFilter(new RefuseClose(window));
}

void saveFirstFrame(QQuickWindow *window, const QString &file)
{
    // frameSwapped may come from the render thread; the grab runs on the UI thread after it.
    QObject::connect(
        window, &QQuickWindow::frameSwapped, window,
        [window, file] {
            QTimer::singleShot(0, window, [window, file] {
                const QString partial = file + QStringLiteral(".tmp");
                if (!window->grabWindow().save(partial, "PNG") || std::rename(QFile::encodeName(partial), QFile::encodeName(file)) != 0) {
                    QFile::remove(partial);
                    qWarning("--grab-first-frame: cannot write %s", qPrintable(file));
                }
            });
        },
        static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
}

} // namespace guichet
