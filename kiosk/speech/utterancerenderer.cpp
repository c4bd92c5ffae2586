// SPDX-License-Identifier: GPL-3.0-or-later
#include "utterancerenderer.h"

namespace guichet {

UtteranceRenderer::UtteranceRenderer(EspeakSynthesizer &synthesizer, const VoiceProfile &profile, double rateFactor)
    : m_synthesizer(synthesizer)
    , m_profile(profile)
    , m_rateFactor(rateFactor)
{
}

QList<SentenceSpan> UtteranceRenderer::sentences(const QString &displayed) const
{
    return splitSentences(displayed, m_profile.language);
}

RenderedSentence UtteranceRenderer::render(const QString &displayed, const SentenceSpan &span,
                                           const EspeakSynthesizer::ChunkSink &onChunk) const
{
    const SpokenText spoken = m_profile.spokenForm(displayed.mid(span.start, span.length));
    RenderedSentence out{span, m_synthesizer.synthesize(spoken.text, m_profile, m_rateFactor, onChunk), bool(onChunk)};
    for (WordMark &word : out.audio.words) {
        const int first = spoken.displayedIndex(word.start);
        const int last = spoken.displayedIndex(word.start + word.length);
        word.start = span.start + first;
        word.length = std::max(1, last - first);
    }
    return out;
}

Synthesis UtteranceRenderer::renderAll(const QString &displayed) const
{
    Synthesis all;
    for (const SentenceSpan &span : sentences(displayed)) {
        RenderedSentence sentence = render(displayed, span);
        const qint64 offset = all.samples();
        for (WordMark word : std::as_const(sentence.audio.words)) {
            word.sample += offset;
            all.words.append(word);
        }
        all.pcm.append(sentence.audio.pcm);
    }
    return all;
}

} // namespace guichet
