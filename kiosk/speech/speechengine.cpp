// SPDX-License-Identifier: GPL-3.0-or-later
#include "speechengine.h"

#include <cmath>

#include <QEventLoop>

namespace guichet {

namespace {
// Three speeds for listeners new to the language: the profile's rate is the middle one.
double rateFactor(int step)
{
    return step < 0 ? 0.75 : step > 0 ? 1.3 : 1.0;
}

/** A recorded clip at the stream's rate (linear interpolation: clips are speech, not music). */
QByteArray resampled(const Pcm16 &clip, int rate)
{
    if (clip.sampleRate == rate || clip.sampleRate <= 0)
        return clip.samples;
    const auto *in = reinterpret_cast<const qint16 *>(clip.samples.constData());
    const qsizetype n = clip.samples.size() / 2;
    const qsizetype m = n * rate / clip.sampleRate;
    QByteArray out(m * 2, Qt::Uninitialized);
    auto *o = reinterpret_cast<qint16 *>(out.data());
    for (qsizetype i = 0; i < m; ++i) {
        const double x = double(i) * clip.sampleRate / rate;
        const qsizetype j = std::min<qsizetype>(qsizetype(x), n - 1);
        const double f = x - double(j);
        o[i] = qint16(in[j] * (1 - f) + in[std::min(j + 1, n - 1)] * f);
    }
    return out;
}
} // namespace

SpeechEngine::SpeechEngine(const VoiceLibrary &voices, QObject *parent, bool startNow)
    : QObject(parent)
{
    for (const QString &language : voices.languages())
        m_installed.insert(language, *voices.profile(language));
    m_voices = m_installed;
    m_worker = new SynthWorker(m_voices);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SynthWorker::ready, this, &SpeechEngine::onReady);
    connect(m_worker, &SynthWorker::sentenceReady, this, &SpeechEngine::onSentence);
    connect(m_worker, &SynthWorker::chunkReady, this, &SpeechEngine::onChunk);
    connect(m_worker, &SynthWorker::voiceUnavailable, this, &SpeechEngine::onVoiceUnavailable);
    m_thread.setObjectName(QStringLiteral("speech"));
    m_thread.start();
    m_clock.setInterval(15);
    connect(&m_clock, &QTimer::timeout, this, &SpeechEngine::tick);
    if (startNow)
        start();
}

void SpeechEngine::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(m_worker, &SynthWorker::start, Qt::QueuedConnection);
}

SpeechEngine::~SpeechEngine()
{
    m_worker->cancelledBelow.store(UINT64_MAX);
    m_thread.quit();
    m_thread.wait();
}

bool SpeechEngine::waitUntilReady(int timeoutMs)
{
    if (m_sampleRate > 0)
        return true;
    start();
    QEventLoop loop;
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    connect(m_worker, &SynthWorker::ready, &loop, &QEventLoop::quit, Qt::QueuedConnection);
    loop.exec();
    return m_sampleRate > 0;
}

void SpeechEngine::onReady(int sampleRate, const QString &error)
{
    if (sampleRate <= 0) {
        qWarning("speech: %s", qPrintable(error));
        return;
    }
    m_sampleRate = sampleRate;
    m_audio = std::make_unique<AudioOut>(sampleRate);
    m_audio->setForceNull(m_forceNull);
    m_audio->setVolume(m_volume);
    connect(m_audio.get(), &AudioOut::availableChanged, this, &SpeechEngine::availableChanged);
    if (!m_current.id)
        startNext();
}

std::optional<VoiceProfile> SpeechEngine::voiceProfile(const QString &language) const
{
    const auto it = m_voices.constFind(language);
    return it == m_voices.cend() ? std::nullopt : std::optional<VoiceProfile>(*it);
}

QStringList SpeechEngine::voicedLanguages() const
{
    QStringList languages = m_voices.keys();
    languages.sort();
    return languages;
}

void SpeechEngine::setPackVoices(const VoiceLibrary &packVoices)
{
    QHash<QString, VoiceProfile> voices = m_installed;
    for (const QString &language : packVoices.languages())
        voices.insert(language, *packVoices.profile(language));
    m_voices = voices;
    dropMissingVoices();
    // The worker's copy is replaced on its own thread, between two renders.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, voices] { worker->setProfiles(voices); }, Qt::QueuedConnection);
    Q_EMIT voicesChanged();
}

void SpeechEngine::onVoiceUnavailable(const QString &language, const QString &voice, const QString &error)
{
    qWarning("speech: no voice for %s: %s", qPrintable(language), qPrintable(error));
    // Said as text only from now on, rather than silent; remembered, since the worker tries a
    // voice only once and a later pack may name it again.
    m_missingVoices.insert(voice);
    if (dropMissingVoices())
        Q_EMIT voicesChanged();
}

bool SpeechEngine::dropMissingVoices()
{
    return m_voices.removeIf([this](const auto &it) { return m_missingVoices.contains(it.value().voice); }) > 0;
}

void SpeechEngine::setForceNullOutput(bool on)
{
    m_forceNull = on;
    if (m_audio)
        m_audio->setForceNull(on);
}

void SpeechEngine::setRateStep(int step)
{
    step = std::clamp(step, -1, 1);
    if (step == m_rateStep)
        return;
    m_rateStep = step;
    Q_EMIT rateStepChanged();
}

void SpeechEngine::setVolume(double volume)
{
    volume = std::clamp(volume, 0.0, 1.0);
    if (qFuzzyCompare(volume, m_volume))
        return;
    m_volume = volume;
    if (m_audio)
        m_audio->setVolume(volume);
    Q_EMIT volumeChanged();
}

void SpeechEngine::stepVolume(int steps)
{
    const double floor = std::pow(10.0, kVolumeFloorDb / 20.0);
    setVolume(std::clamp(m_volume * std::pow(10.0, steps * kVolumeStepDb / 20.0), floor, 1.0));
}

void SpeechEngine::playSound(const Pcm16 &sound)
{
    m_queue.append({m_nextId++, QString(), QString(), sound});
    if (!m_current.id)
        startNext();
}

void SpeechEngine::setDefaultVolume(double volume)
{
    m_defaultVolume = std::clamp(volume, 0.0, 1.0);
    setVolume(m_defaultVolume);
}

void SpeechEngine::say(const QString &text, const QString &language)
{
    stop();
    enqueue(text, language);
}

void SpeechEngine::enqueue(const QString &text, const QString &language)
{
    if (text.trimmed().isEmpty())
        return;
    // A recorded voice from the pack first; eSpeak when there is none.
    if (m_clips) {
        if (const std::optional<Pcm16> clip = m_clips(text, language)) {
            m_queue.append({m_nextId++, text, language, *clip});
            if (!m_current.id)
                startNext();
            return;
        }
    }
    if (!hasVoice(language)) {
        // Never silent without saying why, but say it once a visit, not on every touch.
        if (m_textOnlyNoticed)
            return;
        m_textOnlyNoticed = true;
        const QString french = QString::fromUtf8(kTextOnlyFrench);
        enqueue(french, QStringLiteral("fr"));
        enqueue(QString::fromUtf8(kTextOnlyEnglish), QStringLiteral("en"));
        return;
    }
    m_queue.append({m_nextId++, text, language, {}}); // no clip: eSpeak says it
    if (!m_current.id)
        startNext();
}

void SpeechEngine::stop()
{
    m_queue.clear();
    m_worker->cancelledBelow.store(m_nextId);
    if (m_current.id)
        finishCurrent(false);
    if (m_audio)
        m_audio->stop();
    m_streamSamples = 0;
    setPaused(false);
}

void SpeechEngine::pause()
{
    if (!m_current.id || m_paused || !m_audio)
        return;
    m_audio->suspend();
    m_clock.stop();
    setPaused(true);
}

void SpeechEngine::resume()
{
    if (!m_paused)
        return;
    m_audio->resume();
    m_clock.start();
    setPaused(false);
}

void SpeechEngine::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    Q_EMIT pausedChanged();
}

void SpeechEngine::startNext()
{
    if (m_sampleRate <= 0 || m_queue.isEmpty())
        return;
    m_current = m_queue.takeFirst();
    m_marks.clear();
    m_endSample = -1;
    m_sentenceBase = -1;
    if (!m_current.clip.samples.isEmpty()) {
        const QByteArray pcm = resampled(m_current.clip, m_sampleRate);
        m_audio->play(pcm);
        m_streamSamples += pcm.size() / 2;
        Q_EMIT audioQueued();
        m_endSample = m_streamSamples;
    } else {
        QMetaObject::invokeMethod(m_worker, "render", Qt::QueuedConnection, Q_ARG(quint64, m_current.id),
                                  Q_ARG(QString, m_current.text), Q_ARG(QString, m_current.language),
                                  Q_ARG(double, rateFactor(m_rateStep)));
    }
    Q_EMIT utteranceChanged();
    Q_EMIT speakingChanged();
    Q_EMIT utteranceStarted(m_current.text, m_current.language);
    if (!m_paused)
        m_clock.start();
}

void SpeechEngine::onChunk(quint64 id, const QByteArray &pcm)
{
    if (id != m_current.id || pcm.isEmpty())
        return;
    if (m_sentenceBase < 0)
        m_sentenceBase = m_streamSamples;
    m_audio->play(pcm);
    m_streamSamples += pcm.size() / 2;
    Q_EMIT audioQueued();
}

void SpeechEngine::onSentence(quint64 id, const RenderedSentence &sentence, bool last)
{
    if (id != m_current.id)
        return; // a sentence of an utterance that was stopped
    const qint64 base = sentence.streamed && m_sentenceBase >= 0 ? m_sentenceBase : m_streamSamples;
    m_sentenceBase = -1;
    for (const WordMark &w : sentence.audio.words)
        m_marks.append({base + w.sample, w.start, w.length});
    if (!sentence.streamed && !sentence.audio.pcm.isEmpty()) {
        m_audio->play(sentence.audio.pcm);
        m_streamSamples += sentence.audio.samples();
        Q_EMIT audioQueued();
    }
    if (last)
        m_endSample = m_streamSamples;
}

void SpeechEngine::tick()
{
    if (!m_current.id || !m_audio) {
        m_clock.stop();
        return;
    }
    const qint64 heard = m_audio->playedSamples();
    const Mark *word = nullptr;
    for (const Mark &m : std::as_const(m_marks)) {
        if (m.sample <= heard)
            word = &m;
    }
    if (word)
        setWord(word->start, word->length);
    if (m_endSample >= 0 && heard >= m_endSample) {
        finishCurrent(true);
        startNext();
    }
}

void SpeechEngine::finishCurrent(bool heard)
{
    const Request done = m_current;
    m_current = {};
    m_marks.clear();
    setWord(-1, 0);
    m_clock.stop();
    Q_EMIT utteranceChanged();
    Q_EMIT speakingChanged();
    Q_EMIT utteranceFinished(done.text, heard);
}

void SpeechEngine::setWord(int start, int length)
{
    if (start == m_wordStart && length == m_wordLength)
        return;
    m_wordStart = start;
    m_wordLength = length;
    Q_EMIT wordChanged();
}

} // namespace guichet
