// SPDX-License-Identifier: GPL-3.0-or-later
#include "idlemonitor.h"

#include <QCoreApplication>
#include <QEvent>

namespace guichet {

IdleMonitor::IdleMonitor(QObject *parent)
    : QObject(parent)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(m_idleSeconds * 1000);
    connect(&m_idle, &QTimer::timeout, this, &IdleMonitor::startCountdown);
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, &IdleMonitor::tick);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleMonitor::setArmed(bool armed)
{
    if (armed == m_armed)
        return;
    m_armed = armed;
    Q_EMIT armedChanged();
    poke();
}

void IdleMonitor::setIdleSeconds(int seconds)
{
    m_idleSeconds = std::max(1, seconds);
    m_idle.setInterval(m_idleSeconds * 1000);
    Q_EMIT timingChanged();
    poke();
}

void IdleMonitor::setCountdownSeconds(int seconds)
{
    m_countdownSeconds = std::max(1, seconds);
    Q_EMIT timingChanged();
}

void IdleMonitor::setHolding(bool holding)
{
    if (holding == m_holding)
        return;
    m_holding = holding;
    Q_EMIT holdingChanged();
    if (!m_counting)
        restartWait();
}

void IdleMonitor::poke()
{
    m_tick.stop();
    setCounting(false);
    restartWait();
}

void IdleMonitor::restartWait()
{
    if (m_armed && !m_holding)
        m_idle.start();
    else
        m_idle.stop();
}

bool IdleMonitor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
        // Events reach the filter once per receiver in the chain; restarting a timer is cheap.
        poke();
        Q_EMIT activity();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleMonitor::startCountdown()
{
    m_secondsLeft = m_countdownSeconds;
    Q_EMIT secondsLeftChanged();
    setCounting(true);
    m_tick.start();
}

void IdleMonitor::tick()
{
    --m_secondsLeft;
    Q_EMIT secondsLeftChanged();
    if (m_secondsLeft > 0)
        return;
    m_tick.stop();
    setCounting(false);
    Q_EMIT timedOut();
}

void IdleMonitor::setCounting(bool counting)
{
    if (counting == m_counting)
        return;
    m_counting = counting;
    Q_EMIT countingChanged();
}

} // namespace guichet
