// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "espeaksynthesizer.h"
#include "sentencesplitter.h"

namespace guichet {

/** One sentence's audio, its words already pointing into the displayed text. */
struct RenderedSentence {
    SentenceSpan span; // in the displayed text
    Synthesis audio;   // words: start/length in the displayed text
    bool streamed = false; // audio.pcm was already handed over chunk by chunk
};

/**
 * Turns a displayed text into what the kiosk plays: sentence by sentence (ICU), each put in
 * its spoken form (lexicon, phone numbers) and synthesised, word marks mapped back to the
 * displayed text. The kiosk plays the sentences as they come; `guichet-pack speak` joins them.
 */
class UtteranceRenderer
{
public:
    UtteranceRenderer(EspeakSynthesizer &synthesizer, const VoiceProfile &profile, double rateFactor = 1.0);

    [[nodiscard]] QList<SentenceSpan> sentences(const QString &displayed) const;
    [[nodiscard]] RenderedSentence render(const QString &displayed, const SentenceSpan &span,
                                          const EspeakSynthesizer::ChunkSink &onChunk = {}) const;
    /** Every sentence joined, words offset to the joined audio: exactly what the kiosk plays. */
    [[nodiscard]] Synthesis renderAll(const QString &displayed) const;

private:
    EspeakSynthesizer &m_synthesizer;
    const VoiceProfile &m_profile;
    double m_rateFactor;
};

} // namespace guichet
