// SPDX-License-Identifier: GPL-3.0-or-later
#include "keynavigator.h"

#include "kiosk.h"
#include "voice.h"

#include <QAccessible>
#include <QKeyEvent>

namespace guichet {

namespace {

bool isControl(QQuickItem *item)
{
    return item->inherits("QQuickAbstractButton") || item->inherits("QQuickTextInput");
}

void collectControls(QQuickItem *item, QList<QQuickItem *> &out)
{
    if (!item->isVisible() || !item->isEnabled() || item->opacity() <= 0)
        return;
    if (isControl(item)) {
        if (item->width() > 0 && item->height() > 0)
            out << item;
        return; // a button's inner items are not controls of their own
    }
    for (QQuickItem *child : item->childItems())
        collectControls(child, out);
}

/** The open dialog's item, drawn in the window's overlay, or null. */
QQuickItem *openPopup(QQuickWindow *window)
{
    QQuickItem *found = nullptr;
    // The overlay is a child of the window's root item, beside the application's content.
    for (QQuickItem *child : window->contentItem()->childItems()) {
        if (child->inherits("QQuickOverlay")) {
            for (QQuickItem *popup : child->childItems()) {
                if (popup->isVisible() && popup->inherits("QQuickPopupItem"))
                    found = popup; // the last opened is drawn on top
            }
        }
    }
    return found;
}

/** The Flickable an item scrolls in, or null. */
QQuickItem *flickableOf(QQuickItem *item)
{
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (p->inherits("QQuickFlickable"))
            return p;
    }
    return nullptr;
}

QString nameOf(QQuickItem *item)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
    if (!iface)
        return {};
    const QString name = iface->text(QAccessible::Name).trimmed();
    const QAccessible::State state = iface->state();
    // A toggle says its state, as voice mode says it on a touch (5.6.1).
    return state.checkable ? Voice::instance()->withState(name, state.checked) : name;
}

} // namespace

KeyNavigator::KeyNavigator(QObject *parent)
    : QObject(parent)
{
}

void KeyNavigator::setWindow(QObject *window)
{
    auto *quick = qobject_cast<QQuickWindow *>(window);
    if (quick == m_window)
        return;
    if (m_window)
        m_window->removeEventFilter(this);
    m_window = quick;
    if (m_window)
        m_window->installEventFilter(this);
    Q_EMIT windowChanged();
}

void KeyNavigator::setStart(QObject *start)
{
    auto *item = qobject_cast<QQuickItem *>(start);
    if (item == m_start)
        return;
    m_start = item;
    Q_EMIT startChanged();
}

QList<QQuickItem *> KeyNavigator::controls() const
{
    QList<QQuickItem *> out;
    if (!m_window)
        return out;
    QQuickItem *popup = openPopup(m_window);
    collectControls(popup ? popup : m_window->contentItem(), out);
    // Reading order: rows top to bottom (controls whose middles are within kRowSlack of the
    // row's first share it), then along the row, right to left in Arabic or Persian.
    constexpr qreal kRowSlack = 24;
    const auto middle = [](QQuickItem *item) { return item->mapToScene(QPointF(item->width() / 2, item->height() / 2)); };
    std::stable_sort(out.begin(), out.end(), [&](QQuickItem *a, QQuickItem *b) { return middle(a).y() < middle(b).y(); });
    const bool rtl = Kiosk::instance()->rtl();
    for (qsizetype row = 0; row < out.size();) {
        const qreal top = middle(out.at(row)).y();
        qsizetype end = row + 1;
        while (end < out.size() && middle(out.at(end)).y() - top <= kRowSlack)
            ++end;
        std::stable_sort(out.begin() + row, out.begin() + end, [&](QQuickItem *a, QQuickItem *b) {
            return rtl ? middle(a).x() > middle(b).x() : middle(a).x() < middle(b).x();
        });
        row = end;
    }
    return out;
}

bool KeyNavigator::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (handleKey(key->key(), key->modifiers(), key->text()))
            return true;
    }
    return QObject::eventFilter(watched, event);
}

bool KeyNavigator::typingInField() const
{
    return m_window && m_window->activeFocusItem() && m_window->activeFocusItem()->inherits("QQuickTextInput");
}

bool KeyNavigator::handleKey(int key, Qt::KeyboardModifiers modifiers, const QString &text)
{
    // The first key of a visit turns voice mode on and says how the keys work, and does no
    // more: voice mode's bars change the layout, and the visitor hears before acting.
    static const QList<int> kNavigation{Qt::Key_Tab, Qt::Key_Backtab, Qt::Key_Down, Qt::Key_Up, Qt::Key_Right, Qt::Key_Left,
                                        Qt::Key_Return, Qt::Key_Enter, Qt::Key_Space, Qt::Key_F1, Qt::Key_Help, Qt::Key_Asterisk};
    if (!Voice::instance()->mode() && kNavigation.contains(key) && !typingInField()) {
        wakeVoice();
        return true;
    }
    const bool rtl = Kiosk::instance()->rtl();
    const bool typing = typingInField();
    switch (key) {
    case Qt::Key_Tab:
    case Qt::Key_Down:
        wakeVoice();
        move(1);
        return true;
    case Qt::Key_Backtab:
    case Qt::Key_Up:
        wakeVoice();
        move(-1);
        return true;
    case Qt::Key_Right:
    case Qt::Key_Left:
        if (typing)
            return false; // the cursor moves in the text
        wakeVoice();
        move((key == Qt::Key_Right) != rtl ? 1 : -1);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (typing)
            return false; // the field's own "accepted"
        wakeVoice();
        if (m_current && controls().contains(m_current))
            press(m_current);
        else
            move(1);
        return true;
    case Qt::Key_Space:
        if (typing)
            return false;
        wakeVoice();
        if (m_current && controls().contains(m_current))
            press(m_current);
        return true;
    case Qt::Key_Escape:
    case Qt::Key_Back:
        wakeVoice();
        Q_EMIT backRequested();
        return true;
    case Qt::Key_Backspace:
        if (typing)
            return false;
        wakeVoice();
        Q_EMIT backRequested();
        return true;
    case Qt::Key_F1:
    case Qt::Key_Help:
    case Qt::Key_Question:
        if (typing && key == Qt::Key_Question)
            return false;
        wakeVoice();
        sayHelp();
        Q_EMIT helpRequested();
        return true;
    case Qt::Key_Asterisk:
        if (!(modifiers & Qt::KeypadModifier) && typing)
            return false;
        wakeVoice();
        sayHelp();
        Q_EMIT helpRequested();
        return true;
    default:
        break;
    }
    // The digits type on the phone keypad when it is on screen.
    if (!typing && text.size() == 1 && text.at(0).isDigit()) {
        const QString name = QStringLiteral("key-") + QString::number(text.at(0).digitValue());
        const QList<QQuickItem *> all = controls();
        const auto keypadKey = std::find_if(all.cbegin(), all.cend(), [&](QQuickItem *item) { return item->objectName() == name; });
        if (keypadKey != all.cend()) {
            wakeVoice();
            focus(*keypadKey);
            press(*keypadKey);
            return true;
        }
    }
    return false;
}

void KeyNavigator::wakeVoice()
{
    Voice *voice = Voice::instance();
    if (voice->mode())
        return;
    voice->setMode(true);
    sayHelp();
}

void KeyNavigator::move(int step)
{
    const QList<QQuickItem *> all = controls();
    if (all.isEmpty())
        return;
    const qsizetype at = m_current ? all.indexOf(m_current.data()) : -1;
    // Around the screen: after the last control comes the first (no trap, no dead end).
    qsizetype next = 0;
    if (at < 0 && step > 0 && m_start) {
        // A new screen: its first control, the one a visitor came for.
        const auto first = std::find_if(all.cbegin(), all.cend(), [this](QQuickItem *item) { return m_start->isAncestorOf(item); });
        next = first != all.cend() ? first - all.cbegin() : 0;
    } else if (at < 0) {
        next = step > 0 ? 0 : all.size() - 1;
    } else
        next = (at + step + all.size()) % all.size();
    focus(all.at(next));
    Voice::instance()->read(nameOf(all.at(next)));
}

void KeyNavigator::focus(QQuickItem *item)
{
    if (item != m_current) {
        m_current = item;
        Q_EMIT currentChanged();
    }
    item->forceActiveFocus(Qt::TabFocusReason); // the focus ring (KioskButton's visualFocus)
    // A long page scrolls to show the control.
    if (QQuickItem *flickable = flickableOf(item)) {
        const QRectF box = item->mapRectToItem(flickable, QRectF(0, 0, item->width(), item->height()));
        const qreal contentY = flickable->property("contentY").toReal();
        const qreal height = flickable->height();
        const qreal contentHeight = flickable->property("contentHeight").toReal();
        qreal wanted = contentY;
        if (box.top() < 0)
            wanted = contentY + box.top();
        else if (box.bottom() > height)
            wanted = contentY + box.bottom() - height;
        wanted = std::clamp(wanted, 0.0, std::max(0.0, contentHeight - height));
        if (!qFuzzyCompare(wanted + 1, contentY + 1))
            flickable->setProperty("contentY", wanted);
    }
}

void KeyNavigator::press(QQuickItem *item)
{
    if (item->inherits("QQuickTextInput")) {
        item->forceActiveFocus(Qt::TabFocusReason);
        return;
    }
    // As a screen reader presses: KioskButton honours `enabled` and clicks.
    if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item)) {
        if (QAccessibleActionInterface *actions = iface->actionInterface()) {
            actions->doAction(QAccessibleActionInterface::pressAction());
            return;
        }
    }
    QMetaObject::invokeMethod(item, "click");
}

void KeyNavigator::sayHelp()
{
    //: Said by the help key of a keypad or keyboard (F1, the star key), then the control in focus
    QString help = tr("Keys: the arrows or Tab move, Enter chooses, Escape goes back, the star says this again.");
    if (m_current && controls().contains(m_current))
        help += u' ' + nameOf(m_current);
    Voice::instance()->read(help);
}

} // namespace guichet
