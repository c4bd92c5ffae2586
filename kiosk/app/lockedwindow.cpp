// SPDX-License-Identifier: GPL-3.0-or-later
#include "lockedwindow.h"

#include <QFile>
#include <QEvent>
#include <QGuiApplication>
#include <QQuickWindow>
#include <QScreen>
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

class FirstFrameGrab : public QObject
{
public:
    FirstFrameGrab(QQuickWindow *window, const QString &file)
        : QObject(window)
        , m_window(window)
        , m_file(file)
    {
    }

    void frameSwapped()
    {
        if (m_done || !m_window->screen() || m_window->size() != m_window->screen()->size())
            return;
        m_done = true;
        QTimer::singleShot(0, this, [this] {
            const QString partial = m_file + QStringLiteral(".tmp");
            if (!m_window->grabWindow().save(partial, "PNG") || std::rename(QFile::encodeName(partial), QFile::encodeName(m_file)) != 0) {
                QFile::remove(partial);
                qWarning("--grab-first-frame: cannot write %s", qPrintable(m_file));
            }
        });
    }

private:
    QQuickWindow *m_window;
    QString m_file;
    bool m_done = false;
};

} // namespace

void lockWindow(QQuickWindow *window)
{
    QGuiApplication::setOverrideCursor(Qt::BlankCursor);
    window->installEventFilter(new RefuseClose(window));
}

void saveFirstFrame(QQuickWindow *window, const QString &file)
{
    // The first frame the screen shows whole: a compositor (cage) may let the window draw once
    // at its own size before it says the screen's. frameSwapped may come from the render thread;
    // the check and the grab run on the UI thread.
    auto *grab = new FirstFrameGrab(window, file);
    QObject::connect(window, &QQuickWindow::frameSwapped, grab, &FirstFrameGrab::frameSwapped, Qt::QueuedConnection);
}

} // namespace guichet
