// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "utterancerenderer.h"
#include "voiceprofile.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <memory>

namespace guichet {

/**
 * Runs eSpeak NG on the speech thread, off the UI thread: renders an utterance sentence by
 * sentence and hands each one over as soon as it is ready. Requests older than the last
 * cancel are dropped between sentences, so a visitor's tap stops speech at once.
 */
class SynthWorker : public QObject
{
    Q_OBJECT

public:
    explicit SynthWorker(QHash<QString, VoiceProfile> profiles);
    ~SynthWorker() override;

    /** Every request with an id below this is abandoned (set from any thread). */
    std::atomic<quint64> cancelledBelow{0};

public Q_SLOTS:
    /** Starts eSpeak NG and preloads every voice (the first load of one costs 30-50 ms). */
    void start();
    /** The voices from now on (a new content pack brought some): the ones not loaded yet are
     *  preloaded at once if eSpeak runs, else by start(). Queued after earlier renders. */
    void setProfiles(const QHash<QString, VoiceProfile> &profiles);
    void render(quint64 id, const QString &text, const QString &language, double rateFactor);

Q_SIGNALS:
    void ready(int sampleRate, const QString &error);
    void sentenceReady(quint64 id, const guichet::RenderedSentence &sentence, bool last);
    /** A piece of the first sentence, as eSpeak makes it: playback starts without waiting. */
    void chunkReady(quint64 id, const QByteArray &pcm);
    /** eSpeak NG has no such voice (a profile names one it lacks): that language is not spoken. */
    void voiceUnavailable(const QString &language, const QString &voice, const QString &error);

private:
    void preload(const VoiceProfile &profile);

    QHash<QString, VoiceProfile> m_profiles;
    std::unique_ptr<EspeakSynthesizer> m_synth;
};

} // namespace guichet

Q_DECLARE_METATYPE(guichet::RenderedSentence)
