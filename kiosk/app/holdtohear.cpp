// SPDX-License-Identifier: GPL-3.0-or-later
#include "holdtohear.h"

#include "voice.h"

#include <QAccessible>
#include <QGuiApplication>
#include <QMouseEvent>
#include <QQuickItem>
#include <QStyleHints>
#include <QTouchEvent>

namespace guichet {

namespace {

enum class Hit { None, Control, Text };

/** The topmost text or control under a scene point, searched from the front: children
 *  before their parent, later siblings (and higher z) before earlier ones, as they are drawn. */
Hit hitAt(QQuickItem *item, QPointF scene, QString &text)
{
    if (!item->isVisible() || item->opacity() <= 0 || !item->isEnabled())
        return Hit::None;
    const bool inside = item->contains(item->mapFromScene(scene));
    if (item->clip() && !inside)
        return Hit::None;
    if (item->inherits("QQuickAbstractButton"))
        return inside ? Hit::Control : Hit::None;
    QList<QQuickItem *> children = item->childItems();
    std::stable_sort(children.begin(), children.end(), [](QQuickItem *a, QQuickItem *b) { return a->z() < b->z(); });
    for (auto child = children.crbegin(); child != children.crend(); ++child) {
        if (const Hit hit = hitAt(*child, scene, text); hit != Hit::None)
            return hit;
    }
    if (!inside)
        return Hit::None;
    if (item->inherits("QQuickText")) {
        text = Voice::spokenText(item);
        return text.isEmpty() ? Hit::None : Hit::Text;
    }
    // A picture that says something (the crossed speaker, a pictogram with a name).
    if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        iface && iface->role() == QAccessible::StaticText) {
        text = iface->text(QAccessible::Name).trimmed();
        if (!text.isEmpty())
            return Hit::Text;
    }
    return Hit::None;
}

} // namespace

HoldToHear::HoldToHear(QObject *parent)
    : QObject(parent)
{
    m_hold.setSingleShot(true);
    m_hold.setInterval(QGuiApplication::styleHints()->mousePressAndHoldInterval());
    connect(&m_hold, &QTimer::timeout, this, &HoldToHear::held);
}

void HoldToHear::setWindow(QObject *object)
{
    auto *window = qobject_cast<QQuickWindow *>(object);
    if (window == m_window)
        return;
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = window;
    if (m_window)
        m_window->installEventFilter(this);
    Q_EMIT windowChanged();
}

QString HoldToHear::textAt(QQuickItem *root, QPointF scenePoint)
{
    QString text;
    return hitAt(root, scenePoint, text) == Hit::Text ? text : QString();
}

bool HoldToHear::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
        if (auto *pointer = static_cast<QPointerEvent *>(event); pointer->pointCount() == 1)
            pressed(pointer->point(0).scenePosition());
        else
            m_hold.stop();
        break;
    case QEvent::MouseMove:
    case QEvent::TouchUpdate:
        if (auto *pointer = static_cast<QPointerEvent *>(event); pointer->pointCount() > 0)
            moved(pointer->point(0).scenePosition());
        break;
    case QEvent::MouseButtonRelease:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel:
        m_hold.stop();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event); // watch only: the press goes on to the screen
}

void HoldToHear::pressed(QPointF point)
{
    m_point = point;
    m_hold.start();
}

void HoldToHear::moved(QPointF point)
{
    // A finger that moves is scrolling a page, not holding a text.
    if (m_hold.isActive() && QLineF(m_point, point).length() > QGuiApplication::styleHints()->startDragDistance())
        m_hold.stop();
}

void HoldToHear::held()
{
    if (!m_window)
        return;
    const QString text = textAt(m_window->contentItem(), m_point);
    if (!text.isEmpty())
        Voice::instance()->read(text);
}

} // namespace guichet
