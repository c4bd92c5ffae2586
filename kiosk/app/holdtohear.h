// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointF>
#include <QPointer>
#include <QQuickWindow>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace guichet {

/**
 * Touching and holding any text reads it aloud, in any mode, for a visitor who cannot read
 * what a paragraph, an address or an opening time says. Controls read themselves when held
 * (KioskButton); this covers everything else on screen. It watches the window's presses
 * without taking them, so scrolling and buttons behave as before: a finger that moves is a
 * scroll, not a hold.
 */
class HoldToHear : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // QObject, not QQuickWindow: qmllint in Qt 6.4 finds no QML type for QQuickWindow *.
    Q_PROPERTY(QObject *window READ window WRITE setWindow NOTIFY windowChanged)

public:
    explicit HoldToHear(QObject *parent = nullptr);

    [[nodiscard]] QObject *window() const { return m_window; }
    void setWindow(QObject *window);

    /** What a hold at a point in the window reads: the text under it; empty over a control
     *  (it reads itself) or where there is no text. */
    [[nodiscard]] static QString textAt(QQuickItem *root, QPointF scenePoint);

Q_SIGNALS:
    void windowChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void pressed(QPointF point);
    void moved(QPointF point);
    void held();

    QPointer<QQuickWindow> m_window;
    QTimer m_hold;
    QPointF m_point;
};

} // namespace guichet
