// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace guichet {

/**
 * Notices when nobody has touched the kiosk for a while (90 s), then counts down (20 s) so the
 * screen can ask "is someone still there?", then says the session timed out. It watches every
 * input event of the application, so no screen has to remember to report touches.
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

    /** Someone is there: stop any countdown and start waiting again. */
    Q_INVOKABLE void poke();

Q_SIGNALS:
    void armedChanged();
    void countingChanged();
    void secondsLeftChanged();
    void timingChanged();
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

    bool m_armed = false;
    bool m_counting = false;
    int m_secondsLeft = 0;
    int m_idleSeconds = 90;
    int m_countdownSeconds = 20;
    QTimer m_idle;
    QTimer m_tick;
};

} // namespace guichet
