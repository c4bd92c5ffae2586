// SPDX-License-Identifier: GPL-3.0-or-later
#include "synthworker.h"

#include <utility>

namespace guichet {

SynthWorker::SynthWorker(QHash<QString, VoiceProfile> profiles)
    : m_profiles(std::move(profiles))
{
    qRegisterMetaType<RenderedSentence>();
}

SynthWorker::~SynthWorker() = default;

void SynthWorker::start()
{
    m_synth = std::make_unique<EspeakSynthesizer>();
    if (!m_synth->isReady()) {
        Q_EMIT ready(0, m_synth->error());
        return;
    }
    for (const VoiceProfile &profile : std::as_const(m_profiles))
        preload(profile);
    Q_EMIT ready(m_synth->sampleRate(), QString());
}

void SynthWorker::preload(const VoiceProfile &profile)
{
    if (!m_synth->preload(profile))
        Q_EMIT voiceUnavailable(profile.language, profile.voice, m_synth->error());
}

void SynthWorker::setProfiles(const QHash<QString, VoiceProfile> &profiles)
{
    const QHash<QString, VoiceProfile> previous = std::exchange(m_profiles, profiles);
    if (!m_synth || !m_synth->isReady())
        return; // start() preloads them all
    // Only eSpeak voices not loaded before: a changed lexicon or rate needs no loading.
    for (const VoiceProfile &profile : std::as_const(m_profiles)) {
        const auto before = previous.constFind(profile.language);
        if (before == previous.cend() || before->voice != profile.voice)
            preload(profile);
    }
}

void SynthWorker::render(quint64 id, const QString &text, const QString &language, double rateFactor)
{
    const auto profile = m_profiles.constFind(language);
    if (!m_synth || !m_synth->isReady() || profile == m_profiles.cend()) {
        Q_EMIT sentenceReady(id, RenderedSentence{}, true);
        return;
    }
    const UtteranceRenderer renderer(*m_synth, *profile, rateFactor);
    const QList<SentenceSpan> spans = renderer.sentences(text);
    if (spans.isEmpty())
        Q_EMIT sentenceReady(id, RenderedSentence{}, true);
    for (qsizetype i = 0; i < spans.size(); ++i) {
        if (id < cancelledBelow.load())
            return;
        // The first sentence is streamed so the first samples reach the output at once; the
        // others are ready long before they are needed.
        EspeakSynthesizer::ChunkSink stream;
        if (i == 0)
            stream = [this, id](const QByteArray &pcm) { Q_EMIT chunkReady(id, pcm); };
        Q_EMIT sentenceReady(id, renderer.render(text, spans.at(i), stream), i + 1 == spans.size());
    }
}

} // namespace guichet
