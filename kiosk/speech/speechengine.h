// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audioout.h"
#include "synthworker.h"
#include "voicelibrary.h"
#include "wavfile.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>

namespace guichet {

/**
 * The kiosk's voice: an utterance queue in front of eSpeak NG (on its own thread) and the audio
 * output, with the word being heard exposed for highlighting. say() interrupts; enqueue() waits
 * its turn. A language eSpeak cannot speak is announced as such in French and English rather
 * than left silent. Works without a sound device: events still come, `available` says false.
 */
class SpeechEngine : public QObject
{
    Q_OBJECT
    /** True while an utterance is being heard. */
    Q_PROPERTY(bool speaking READ speaking NOTIFY speakingChanged)
    /** True while an utterance is held by pause(); resume() goes on from the same word. */
    Q_PROPERTY(bool paused READ paused NOTIFY pausedChanged)
    /** False when no sound device took the audio (crossed speaker on screen, heartbeat). */
    Q_PROPERTY(bool available READ available NOTIFY availableChanged)
    /** The text being spoken, and the word being heard in it (start, length; -1 when none). */
    Q_PROPERTY(QString text READ text NOTIFY utteranceChanged)
    Q_PROPERTY(int wordStart READ wordStart NOTIFY wordChanged)
    Q_PROPERTY(int wordLength READ wordLength NOTIFY wordChanged)
    /** -1 slower, 0 normal, +1 faster. */
    Q_PROPERTY(int rateStep READ rateStep WRITE setRateStep NOTIFY rateStepChanged)
    Q_PROPERTY(double volume READ volume WRITE setVolume NOTIFY volumeChanged)

public:
    /** French and English sentences said for a language that has neither voice nor clip. */
    static constexpr const char *kTextOnlyFrench = "Cette langue est affichée en texte seulement. Il n'y a pas de voix pour elle.";
    static constexpr const char *kTextOnlyEnglish = "This language is shown as text only. There is no voice for it.";
    static constexpr double kDefaultVolume = 0.8;

    /** Starts loading eSpeak and every voice on the speech thread at once, unless
     *  startNow is false (the kiosk starts it after its first frame: see start()). */
    explicit SpeechEngine(const VoiceLibrary &voices, QObject *parent = nullptr, bool startNow = true);
    ~SpeechEngine() override;

    [[nodiscard]] bool hasVoice(const QString &language) const { return m_voices.contains(language); }
    /** The profile a language is spoken with: the pack's if it brings one, else the installed one. */
    [[nodiscard]] std::optional<VoiceProfile> voiceProfile(const QString &language) const;
    /** The languages it can speak with eSpeak NG (installed and pack voices), sorted. */
    [[nodiscard]] QStringList voicedLanguages() const;
    /** The voice profiles a content pack brings, on top of the installed ones given to the
     *  constructor: a pack's profile for a language replaces the installed one; an earlier
     *  pack's profiles are forgotten. The speech thread loads the new voices (queued, so
     *  whatever is said after this call uses them); a language with no profile at all stays
     *  text only. Emits voicesChanged. */
    void setPackVoices(const VoiceLibrary &packVoices);
    [[nodiscard]] bool speaking() const { return m_current.id != 0; }
    [[nodiscard]] bool paused() const { return m_paused; }
    [[nodiscard]] bool available() const { return m_audio && m_audio->available(); }
    [[nodiscard]] QString text() const { return m_current.text; }
    [[nodiscard]] int wordStart() const { return m_wordStart; }
    [[nodiscard]] int wordLength() const { return m_wordLength; }
    [[nodiscard]] int rateStep() const { return m_rateStep; }
    void setRateStep(int step);
    [[nodiscard]] double volume() const { return m_volume; }
    void setVolume(double volume);
    /** One step of kVolumeStepDb up (steps > 0) or down, within kVolumeFloorDb … 0 dB full
     *  scale: a listener hears each step, and the range is wider than 18 dB (EN 301 549 8.2.1). */
    void stepVolume(int steps);
    static constexpr double kVolumeStepDb = 3.0;
    static constexpr double kVolumeFloorDb = -24.0;
    /** The volume each visitor starts with (kiosk.conf `volume`; kDefaultVolume unless set). */
    [[nodiscard]] double defaultVolume() const { return m_defaultVolume; }
    void setDefaultVolume(double volume);
    /** The null output even with a device (tests). Call before the first utterance. */
    void setForceNullOutput(bool on);
    /** Recorded audio for a text in a language, if the pack has some: preferred to eSpeak. */
    using ClipProvider = std::function<std::optional<Pcm16>(const QString &text, const QString &language)>;
    void setClipProvider(ClipProvider provider) { m_clips = std::move(provider); }
    /** Plays a sound (a chime) after what is queued, at the current volume; shown as no text. */
    void playSound(const Pcm16 &sound);
    /** A new visitor: the "text only" notice will be said again, once. */
    void forgetNotices() { m_textOnlyNoticed = false; }
    /** Loads eSpeak and preloads every voice on the speech thread (once; later calls do nothing). */
    void start();
    /** Blocks until eSpeak is loaded with every voice (tests, benchmarks); false on failure. */
    bool waitUntilReady(int timeoutMs = 10000);

    /** Stops whatever is spoken or queued and says text in language. */
    Q_INVOKABLE void say(const QString &text, const QString &language);
    /** Says text after what is already queued. */
    Q_INVOKABLE void enqueue(const QString &text, const QString &language);
    /** Silence now; the queue is emptied. */
    Q_INVOKABLE void stop();
    /** Holds what is being said (and what is queued after it) where it is. */
    Q_INVOKABLE void pause();
    /** Goes on from where pause() held it. */
    Q_INVOKABLE void resume();

Q_SIGNALS:
    void speakingChanged();
    void pausedChanged();
    void availableChanged();
    void utteranceChanged();
    void wordChanged();
    void rateStepChanged();
    void volumeChanged();
    /** hasVoice() may answer otherwise: a pack's voices came, or eSpeak lacks one. */
    void voicesChanged();
    void utteranceStarted(const QString &text, const QString &language);
    /** heard is false when the utterance was stopped or replaced before its end. */
    void utteranceFinished(const QString &text, bool heard);
    /** Audio of the current utterance was just handed to the output (guichet-bench speech
     *  times say() to the first of these). */
    void audioQueued();

private:
    struct Request {
        quint64 id = 0;
        QString text;
        QString language;
        Pcm16 clip; // recorded audio from the pack, played instead of eSpeak
    };
    struct Mark {
        qint64 sample;
        int start;
        int length;
    };

    void onReady(int sampleRate, const QString &error);
    void onVoiceUnavailable(const QString &language, const QString &voice, const QString &error);
    /** Forgets the profiles whose eSpeak voice failed to load; true when there were some. */
    bool dropMissingVoices();
    void onSentence(quint64 id, const RenderedSentence &sentence, bool last);
    void onChunk(quint64 id, const QByteArray &pcm);
    void startNext();
    void finishCurrent(bool heard);
    void tick();
    void setWord(int start, int length);
    void setPaused(bool paused);

    ClipProvider m_clips;
    QHash<QString, VoiceProfile> m_installed; // from the constructor's library
    QHash<QString, VoiceProfile> m_voices;    // the installed ones and the pack's, less the missing
    QSet<QString> m_missingVoices;            // eSpeak voices that did not load
    QThread m_thread;
    SynthWorker *m_worker = nullptr;
    std::unique_ptr<AudioOut> m_audio;
    int m_sampleRate = 0;
    bool m_started = false;
    bool m_forceNull = false;
    bool m_paused = false;
    bool m_textOnlyNoticed = false; // said once a visit (forgetNotices)
    QList<Request> m_queue;
    Request m_current;
    QList<Mark> m_marks;
    qint64 m_endSample = -1; // stream position where the current utterance ends, once all rendered
    qint64 m_streamSamples = 0;
    qint64 m_sentenceBase = -1; // where the sentence being streamed started in the stream
    quint64 m_nextId = 1;
    int m_wordStart = -1;
    int m_wordLength = 0;
    int m_rateStep = 0;
    double m_volume = kDefaultVolume;
    double m_defaultVolume = kDefaultVolume;
    QTimer m_clock;
};

} // namespace guichet
