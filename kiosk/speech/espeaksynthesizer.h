// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voiceprofile.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace guichet {

/** A word eSpeak said: where it is in the spoken text and at which sample it starts. */
struct WordMark {
    int start = 0;  // in the spoken text (UTF-16 index)
    int length = 0; // in UTF-16 code units
    qint64 sample = 0;
};

/** The audio of one text: 16-bit mono PCM at EspeakSynthesizer::sampleRate(), and its words. */
struct Synthesis {
    QByteArray pcm;
    QList<WordMark> words;

    [[nodiscard]] qint64 samples() const { return pcm.size() / 2; }
};

/**
 * eSpeak NG through its C API in synchronous mode, into our own buffer (not eSpeak's audio
 * output), so the kiosk owns playback, word events and timing. eSpeak keeps global state: use
 * one instance, from one thread (the speech worker, or a command-line tool).
 */
class EspeakSynthesizer
{
public:
    EspeakSynthesizer();
    ~EspeakSynthesizer();
    EspeakSynthesizer(const EspeakSynthesizer &) = delete;
    EspeakSynthesizer &operator=(const EspeakSynthesizer &) = delete;

    /** False (with error set) when eSpeak NG or its data cannot be loaded. */
    [[nodiscard]] bool isReady() const { return m_sampleRate > 0; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] int sampleRate() const { return m_sampleRate; }
    /** Loads a voice once, so the first utterance in it does not pay for it (30-50 ms cold). */
    bool preload(const VoiceProfile &profile);
    /** Synthesises text (already in spoken form) with the profile's voice, rate and pitch;
     *  rateFactor scales the rate (slower/faster steps). */
    /** onChunk, when given, receives each piece of PCM as eSpeak makes it (about 100 ms of
     *  audio), so playback can start before the sentence is finished. */
    using ChunkSink = std::function<void(const QByteArray &pcm)>;
    [[nodiscard]] Synthesis synthesize(const QString &text, const VoiceProfile &profile, double rateFactor = 1.0,
                                       const ChunkSink &onChunk = {});

private:
    bool selectVoice(const VoiceProfile &profile, double rateFactor);

    int m_sampleRate = 0;
    QString m_error;
    QString m_currentVoice;
};

} // namespace guichet
