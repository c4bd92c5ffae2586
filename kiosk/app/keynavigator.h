// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QtQml/qqmlregistration.h>

namespace guichet {

/**
 * A USB keypad or keyboard drives the whole kiosk, for a visitor who cannot see the screen
 * (EN 301 549 5.1.6, as EZ Access does): Tab or the arrows move through every control of the
 * screen in reading order (mirrored in right-to-left languages), around and never trapped;
 * Enter or Space presses the control (as a screen reader's Press: a guarded button acts at
 * once, since focusing it already said it); Escape, Back or Backspace go back; F1, Help, "?"
 * or the keypad's "*" say how the keys work; the digits type on the phone keypad. Speech
 * follows focus, and the first key turns voice mode on. While a dialog is open its controls
 * are the only ones reachable. It watches the window's keys and leaves text typing to the
 * field that has focus.
 */
class KeyNavigator : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    // QObject, not QQuickWindow or QQuickItem: qmllint in Qt 6.4 finds no QML type for them.
    Q_PROPERTY(QObject *window READ window WRITE setWindow NOTIFY windowChanged)
    /** The control that has the keys' focus, or null. */
    Q_PROPERTY(QObject *current READ currentObject NOTIFY currentChanged)
    /** Where the keys start on a new screen: its first control, not the top bar's back and
     *  home (reached by going up from there, or around). */
    Q_PROPERTY(QObject *start READ start WRITE setStart NOTIFY startChanged)

public:
    explicit KeyNavigator(QObject *parent = nullptr);

    [[nodiscard]] QObject *window() const { return m_window; }
    void setWindow(QObject *window);
    [[nodiscard]] QQuickItem *current() const { return m_current; }
    [[nodiscard]] QObject *currentObject() const { return m_current; }
    [[nodiscard]] QObject *start() const { return m_start; }
    void setStart(QObject *start);

    /** The reachable controls in reading order: the open dialog's, else the window's. */
    Q_INVOKABLE [[nodiscard]] QList<QQuickItem *> controls() const;

Q_SIGNALS:
    void windowChanged();
    void currentChanged();
    void startChanged();
    void backRequested();
    void helpRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool handleKey(int key, Qt::KeyboardModifiers modifiers, const QString &text);
    void move(int step);
    void focus(QQuickItem *item);
    void press(QQuickItem *item);
    void sayHelp();
    /** Turns voice mode on at the first key: a keypad user likely does not read the screen. */
    void wakeVoice();
    [[nodiscard]] bool typingInField() const;

    QPointer<QQuickWindow> m_window;
    QPointer<QQuickItem> m_current;
    QPointer<QQuickItem> m_start;
};

} // namespace guichet
