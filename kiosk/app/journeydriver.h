// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTextStream>
#include <QTimer>

class QQuickItem;
class QQuickWindow;

namespace guichet {

class Voice;

/**
 * `guichet-kiosk --bench-journey LANG` (run by `guichet-bench journey`): books an appointment
 * from the home screen to the confirmation in voice mode, as a visitor who cannot read: waits
 * until the screen has been said, touches a control (which says it), waits, touches it again
 * to choose it where voice mode guards it; or, with keys, as a blind visitor with a keypad:
 * Tab until the control is said, then Enter (each key heard before the next). Prints
 * `journey: lang=L taps=T digits=D speech_s=S total_s=X` (X = S + 1.5 s a touch) and quits.
 */
class JourneyDriver : public QObject
{
    Q_OBJECT

public:
    /** keys: drive it with a keypad's keys only (Tab to a control, Enter), as a blind
     *  visitor does (KeyNavigator), instead of touches. */
    JourneyDriver(QQuickWindow *window, Voice *voice, QString language, QTextStream &out, bool keys = false);
    void start();

private:
    struct Step {
        QString object;   // objectName of the control to touch (the first visible one)
        bool twice;       // voice mode: hear it, then choose it; keypad keys act at once
        bool digit;       // a digit of the phone number: counted apart from the touches
    };
    void next();
    void poll();
    bool tap(const QString &object);
    /** Keys mode: one key towards the step (Tab until the control has focus, then Enter). */
    void keyStep(const Step &step);
    void sendKey(int key, const QString &text = QString());

    QQuickWindow *m_window;
    Voice *m_voice;
    QString m_language;
    bool m_keys = false;
    QTextStream &m_out;
    QList<Step> m_steps;
    int m_step = 0;
    int m_tapsOfStep = 0;
    int m_taps = 0;   // touches, the phone number's digits apart
    int m_digits = 0;
    ulong m_eventTime = 0; // the touches' timestamps, spaced as Qt Test spaced them (no double click)
    const bool m_trace = qEnvironmentVariableIsSet("GUICHET_JOURNEY_TRACE"); // each touch and step on stderr
    QTimer m_poll;
    QElapsedTimer m_quiet;   // how long speech has been silent
    QElapsedTimer m_spoken;  // running while speech is heard
    QElapsedTimer m_sinceStep;
    qint64 m_speechMs = 0;
};

} // namespace guichet
