// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeydriver.h"

#include "keynavigator.h"
#include "voice.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QStyleHints>

namespace guichet {

namespace {

QQuickItem *findVisible(QQuickItem *item, const QString &name)
{
    if (!item->isVisible())
        return nullptr;
    if (item->objectName() == name && item->isEnabled() && item->width() > 0)
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findVisible(child, name))
            return found;
    }
    return nullptr;
}

constexpr int kQuietMs = 400;      // speech silent this long: the screen has been said
constexpr int kStepTimeoutMs = 300000; // a long screen is said in real time first

} // namespace

JourneyDriver::JourneyDriver(QQuickWindow *window, Voice *voice, QString language, QTextStream &out, bool keys)
    : QObject(window)
    , m_window(window)
    , m_voice(voice)
    , m_language(std::move(language))
    , m_keys(keys)
    , m_out(out)
{
    // The booking's main path: the kiosk's own office, its first free time, the number said
    // aloud by the visitor's choice. Language buttons, the privacy answers, the keypad and its
    // "continue" act on the first touch; every other control is heard, then chosen.
    m_steps = {{QStringLiteral("voiceMode"), false, false}, {QStringLiteral("language-") + m_language, false, false},
               {QStringLiteral("bookingEntry"), true, false}, {QStringLiteral("serviceButton"), true, false},
               {QStringLiteral("soonButton"), true, false}, {QStringLiteral("privacyAloud"), false, false}};
    for (const QChar digit : QStringLiteral("0470123456"))
        m_steps.append({QStringLiteral("key-") + digit, false, true});
    m_steps.append({{QStringLiteral("phoneContinue"), false, false}, {QStringLiteral("confirmButton"), true, false},
                    {QStringLiteral("doneStep"), false, false}});
    if (m_keys)
        m_steps.first() = {QStringLiteral("wake"), false, false}; // the first key turns voice mode on
    m_poll.setInterval(50);
    connect(&m_poll, &QTimer::timeout, this, &JourneyDriver::poll);
    connect(voice, &Voice::speakingChanged, this, [this] {
        if (m_voice->speaking()) {
            m_spoken.start();
        } else if (m_spoken.isValid()) {
            m_speechMs += m_spoken.elapsed();
            m_spoken.invalidate();
            m_quiet.start();
        }
    });
}

void JourneyDriver::start()
{
    // After the first frame the home screen is still laying out its grid: a touch now would
    // land where a button is not yet. A visitor also looks before touching.
    QTimer::singleShot(1500, this, [this] {
        m_quiet.start();
        m_sinceStep.start();
        m_poll.start();
    });
}

bool JourneyDriver::tap(const QString &object)
{
    QQuickItem *item = findVisible(m_window->contentItem(), object);
    if (!item)
        return false;
    // To the window, as a real touch arrives: the hold-to-hear and idle filters see it first.
    // (Not QTest: Qt Test stays out of the production kiosk.)
    const QPoint at = item->mapToScene(QPointF(item->width() / 2, item->height() / 2)).toPoint();
    const QPointF global = m_window->mapToGlobal(at);
    QMouseEvent press(QEvent::MouseButtonPress, at, global, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    press.setTimestamp(++m_eventTime);
    QCoreApplication::sendEvent(m_window, &press);
    QMouseEvent release(QEvent::MouseButtonRelease, at, global, Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    release.setTimestamp(++m_eventTime);
    QCoreApplication::sendEvent(m_window, &release);
    // The next touch is a new one, never the second half of a double click (what Qt Test did).
    m_eventTime += ulong(QGuiApplication::styleHints()->mouseDoubleClickInterval());
    ++m_taps;
    if (m_trace)
        qInfo("journey: tap %d on %s at %d,%d (armed %s, last read: %s)", m_taps, qPrintable(object), at.x(), at.y(),
              m_voice->armed() ? qPrintable(m_voice->armed()->objectName()) : "none", qPrintable(m_voice->lastRead().left(60)));
    return true;
}

void JourneyDriver::sendKey(int key, const QString &text)
{
    // To the window, as a USB keypad's key arrives: KeyNavigator filters the window's keys.
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(m_window, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(m_window, &release);
}

void JourneyDriver::keyStep(const Step &step)
{
    if (step.digit) {
        sendKey(Qt::Key_0 + step.object.back().digitValue(), step.object.right(1));
        ++m_digits;
        ++m_step;
        m_sinceStep.start();
        return;
    }
    ++m_taps;
    if (step.object == QStringLiteral("wake")) {
        sendKey(Qt::Key_Tab);
        ++m_step;
        m_sinceStep.start();
        return;
    }
    auto *navigator = m_window->findChild<KeyNavigator *>();
    QQuickItem *current = navigator ? navigator->current() : nullptr;
    if (current && current->objectName() == step.object && current->isVisible()) {
        sendKey(Qt::Key_Return);
        ++m_step;
        m_sinceStep.start();
    } else {
        sendKey(Qt::Key_Tab);
    }
    if (m_trace)
        qInfo("journey: key %d towards %s (focus on %s)", m_taps, qPrintable(step.object), current ? qPrintable(current->objectName()) : "none");
}

void JourneyDriver::poll()
{
    if (m_sinceStep.elapsed() > kStepTimeoutMs) {
        m_out << "journey: lang=" << m_language << " failed at " << m_steps.value(m_step).object << Qt::endl;
        QCoreApplication::exit(1);
        return;
    }
    // Hear first: nothing is touched while the kiosk speaks, nor right after.
    if (m_voice->speaking() || m_quiet.elapsed() < kQuietMs)
        return;
    const Step &step = m_steps.at(m_step);
    if (step.object == QStringLiteral("doneStep")) {
        if (!findVisible(m_window->contentItem(), step.object))
            return;
        // The time the visitor stands there: what they hear, and a second and a half a touch.
        const double speech = double(m_speechMs) / 1000.0;
        const double total = speech + 1.5 * (m_taps + m_digits);
        m_out << "journey: lang=" << m_language << " taps=" << m_taps << " digits=" << m_digits << " speech_s=" << QString::number(speech, 'f', 1)
              << " total_s=" << QString::number(total, 'f', 1) << Qt::endl;
        QCoreApplication::exit(0);
        return;
    }
    if (m_trace && m_tapsOfStep == 0)
        qInfo("journey: before %s, %.1f s of speech so far; last said: %s", qPrintable(step.object), double(m_speechMs) / 1000.0,
              qPrintable(m_voice->lastRead().left(400)));
    if (m_keys) {
        keyStep(step);
        m_quiet.start();
        return;
    }
    if (!tap(step.object))
        return; // not on screen yet (the list is loading)
    if (step.digit) {
        --m_taps; // counted apart: a number's length is not the flow's
        ++m_digits;
    }
    m_quiet.start();
    if (step.twice && ++m_tapsOfStep < 2)
        return; // heard it; choose it once it has been said
    m_tapsOfStep = 0;
    ++m_step;
    m_sinceStep.start();
}

} // namespace guichet
