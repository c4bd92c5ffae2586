// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace guichet {

/**
 * Notices when nobody has touched the kiosk for a while (90 s, not counting time spent hearing
 * speech), then counts down (20 s) so the screen can ask "is someone still there?", then says
 * the session timed out. It watches every input event of the application, so no screen has to
 * remember to report touches.
 */
class IdleMonitor : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Kiosk.idle")
    /** Only a session in use is watched: the home screen in the default language never asks. */
    Q_PROPERTY(bool armed READ armed WRITE setArmed NOTIFY armedChanged)
    /** True while the "are you still there?" countdown runs. */
    Q_PROPERTY(bool counting READ counting NOTIFY countingChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(int idleSeconds READ idleSeconds WRITE setIdleSeconds NOTIFY timingChanged)
    Q_PROPERTY(int countdownSeconds READ countdownSeconds WRITE setCountdownSeconds NOTIFY timingChanged)
    /** Speech being heard counts as activity: while true the wait before the question does
     *  not run, and it starts afresh once false, so nobody is reset in the middle of a long
     *  reading. It does not stop a countdown already running (which is itself spoken). */
    Q_PROPERTY(bool holding READ holding WRITE setHolding NOTIFY holdingChanged)

public:
    explicit IdleMonitor(QObject *parent = nullptr);

    [[nodiscard]] bool armed() const { return m_armed; }
    void setArmed(bool armed);
    [[nodiscard]] bool counting() const { return m_counting; }
    [[nodiscard]] int secondsLeft() const { return m_secondsLeft; }
    [[nodiscard]] int idleSeconds() const { return m_idleSeconds; }
    void setIdleSeconds(int seconds);
    [[nodiscard]] int countdownSeconds() const { return m_countdownSeconds; }
    void setCountdownSeconds(int seconds);
    [[nodiscard]] bool holding() const { return m_holding; }
    void setHolding(bool holding);

    /** Someone is there: stop any countdown and start waiting again. */
    Q_INVOKABLE void poke();

Q_SIGNALS:
    void armedChanged();
    void countingChanged();
    void secondsLeftChanged();
    void timingChanged();
    void holdingChanged();
    /** The visitor touched the screen or a key (speech outside voice mode stops then). */
    void activity();
    /** Nobody answered the countdown: forget the session. */
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startCountdown();
    void tick();
    void setCounting(bool counting);
    /** The wait before the question: running when armed, not counting and not held. */
    void restartWait();

    bool m_armed = false;
    bool m_counting = false;
    bool m_holding = false;
    int m_secondsLeft = 0;
    int m_idleSeconds = 90;
    int m_countdownSeconds = 20;
    QTimer m_idle;
    QTimer m_tick;
};

} // namespace guichet
