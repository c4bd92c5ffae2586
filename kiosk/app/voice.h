// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;
#include <QQuickItem>

namespace guichet {

class Kiosk;
class SpeechEngine;

/**
 * Voice mode as QML sees it: reading each screen when it opens, a control on first touch
 * (a second touch chooses it), repeat (a screen's longer form where its items have one),
 * three speeds and the volume in audible steps, each change said or sounded, stop, and the
 * word being heard for the caption. What is read is the controls' Accessible.name and the visible texts,
 * the same as a screen reader hears, so the two never diverge. Built in main() around the
 * SpeechEngine; reset with the session.
 */
class Voice : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** Voice mode: screens are read when they open and a first touch reads a control. */
    Q_PROPERTY(bool mode READ mode WRITE setMode NOTIFY modeChanged)
    /** False when speech cannot be heard (no sound device): the screen shows a crossed speaker. */
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    Q_PROPERTY(bool speaking READ speaking NOTIFY speakingChanged)
    /** Speech held by pause(), waiting for resume(). */
    Q_PROPERTY(bool paused READ paused NOTIFY pausedChanged)
    /** What is being said, and the word heard now, for the caption. */
    Q_PROPERTY(QString text READ text NOTIFY textChanged)
    Q_PROPERTY(int wordStart READ wordStart NOTIFY wordChanged)
    Q_PROPERTY(int wordLength READ wordLength NOTIFY wordChanged)
    Q_PROPERTY(int rateStep READ rateStep NOTIFY rateStepChanged)
    Q_PROPERTY(double volume READ volume NOTIFY volumeChanged)
    /** The whole of what was read last (a screen is spoken part by part): what "again" says. */
    Q_PROPERTY(QString lastRead READ lastRead NOTIFY lastReadChanged)
    /** The control read by a first touch in voice mode: the next touch on it chooses it. */
    Q_PROPERTY(QObject *armed READ armed NOTIFY armedChanged)
    /** The languages eSpeak speaks here (installed voices and the pack's): a binding on it
     *  follows a new pack's voices, which one on hasVoice() would not. */
    Q_PROPERTY(QStringList voicedLanguages READ voicedLanguages NOTIFY voicesChanged)

public:
    static Voice *createInstance(SpeechEngine *engine, Kiosk *kiosk, QObject *parent);
    static Voice *create(QQmlEngine *engine, QJSEngine *scriptEngine);
    /** The one built by createInstance() (C++ helpers of the screens). */
    static Voice *instance();

    [[nodiscard]] bool mode() const { return m_mode; }
    void setMode(bool on);
    [[nodiscard]] bool available() const;
    [[nodiscard]] bool speaking() const;
    [[nodiscard]] bool paused() const;
    [[nodiscard]] QString text() const;
    [[nodiscard]] int wordStart() const;
    [[nodiscard]] int wordLength() const;
    [[nodiscard]] int rateStep() const;
    [[nodiscard]] double volume() const;
    [[nodiscard]] QObject *armed() const { return m_armed; }
    [[nodiscard]] QString lastRead() const { return m_last; }
    [[nodiscard]] QStringList voicedLanguages() const;

    /** What a text item says: its Accessible.name when it has a spoken form of its own (a
     *  booking code said sign by sign), else what it shows, without markup. The screen's
     *  reading and a held touch both say this, as a screen reader would. */
    [[nodiscard]] static QString spokenText(QQuickItem *text);

    /** Whether the language has an eSpeak voice (the picker shows "no voice" otherwise). */
    Q_INVOKABLE bool hasVoice(const QString &language) const;
    /** Says text in the visitor's language, interrupting. */
    Q_INVOKABLE void read(const QString &text);
    /** Voice mode: says a language's name in its own voice, and lets the next screen's reading
     *  follow it rather than cut it (a language button acts on the first touch). */
    Q_INVOKABLE void introduce(const QString &name, const QString &language);
    /** "Large text: on": a toggle's name with its state, as voice mode says it (5.6.1). */
    Q_INVOKABLE QString withState(const QString &name, bool on) const;
    /** Says a toggle's new state ("Large text: on", its `spokenName`) once the click that
     *  changed it has been handled. */
    Q_INVOKABLE void sayStateAfterClick(QObject *toggle);
    /** A short sound at the current volume, in any mode (a volume step, the idle warning). */
    Q_INVOKABLE void chime();
    /** The end of a visit ("finished", home): voice mode, speed and volume back to their
     *  defaults, silence, and the once-a-visit notices forgotten. */
    Q_INVOKABLE void endVisit();
    /** Reads a whole screen: its texts and its controls' names, in reading order. */
    Q_INVOKABLE void readScreen(QQuickItem *screen);
    /** First touch in voice mode: read the control and arm it for the second touch. */
    Q_INVOKABLE void arm(QObject *control, const QString &name);
    /** The same, in another language's voice (a language's own name on the picker). */
    Q_INVOKABLE void armIn(QObject *control, const QString &name, const QString &language);
    Q_INVOKABLE void repeat();
    Q_INVOKABLE void slower();
    Q_INVOKABLE void faster();
    Q_INVOKABLE void stop();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void resume();
    Q_INVOKABLE void louder();
    Q_INVOKABLE void quieter();
    /** The text heard last, said again in French (the programme teaches French). */
    Q_INVOKABLE void alsoInFrench(const QString &frenchText);
    /** A new visitor (the idle reset): as endVisit(). */
    void reset();

Q_SIGNALS:
    void modeChanged();
    void availableChanged();
    void speakingChanged();
    void pausedChanged();
    void textChanged();
    void wordChanged();
    void rateStepChanged();
    void volumeChanged();
    void armedChanged();
    void lastReadChanged();
    void voicesChanged();

private:
    Voice(SpeechEngine *engine, Kiosk *kiosk, QObject *parent);
    void setArmed(QObject *control);
    void setLast(const QString &text, const QString &language);
    /** What "again" says: the last screen's longer form, else what was said last. */
    [[nodiscard]] QString again() const;
    /** Says again, after a word, what the visitor heard last (a speed step). */
    void sayStateThenRepeat(const QString &state);
    /** After an idle reset, on the home screen: where voice mode is, in French and English. */
    void announceVoiceMode();

    SpeechEngine *m_engine;
    Kiosk *m_kiosk;
    bool m_mode = false;
    QPointer<QObject> m_armed;
    QString m_last;
    QString m_lastLanguage;
    QString m_again;            // the longer form of the screen read last (items' againReading)
    bool m_instructed = false;  // the voice-mode instructions were said this visit
    bool m_keepForScreen = false; // the next readScreen() follows what is said, not cuts it
};

} // namespace guichet
