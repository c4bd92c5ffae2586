// SPDX-License-Identifier: GPL-3.0-or-later
#include "espeaksynthesizer.h"

#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <vector>

namespace guichet {

namespace {

/** Where the callback puts what eSpeak produces during one espeak_Synth call. */
struct Collector {
    QByteArray pcm;
    QList<WordMark> words;
    std::vector<int> utf16Of; // code point index → UTF-16 index of the text being spoken
    int sampleRate = 0;
    const EspeakSynthesizer::ChunkSink *onChunk = nullptr;
};

Collector *s_collector = nullptr;

int onSynth(short *wav, int samples, espeak_EVENT *events)
{
    if (!s_collector)
        return 1;
    if (wav && samples > 0) {
        const QByteArray chunk(reinterpret_cast<const char *>(wav), qsizetype(samples) * 2);
        s_collector->pcm.append(chunk);
        if (s_collector->onChunk && *s_collector->onChunk)
            (*s_collector->onChunk)(chunk);
    }
    for (espeak_EVENT *e = events; e && e->type != espeakEVENT_LIST_TERMINATED; ++e) {
        if (e->type != espeakEVENT_WORD)
            continue;
        // text_position is 1-based and counts characters (here wchar_t, i.e. code points).
        const auto &map = s_collector->utf16Of;
        const int first = std::clamp(e->text_position - 1, 0, int(map.size()) - 1);
        const int last = std::clamp(e->text_position - 1 + e->length, 0, int(map.size()) - 1);
        // audio_position is in milliseconds from the start of this synthesis.
        s_collector->words.append({map[size_t(first)], map[size_t(last)] - map[size_t(first)],
                                   qint64(e->audio_position) * s_collector->sampleRate / 1000});
    }
    return 0;
}

} // namespace

EspeakSynthesizer::EspeakSynthesizer()
{
    const int rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 100, nullptr, 0);
    if (rate <= 0) {
        m_error = QStringLiteral("eSpeak NG could not start (espeak_Initialize returned %1); is espeak-ng-data installed?").arg(rate);
        return;
    }
    espeak_SetSynthCallback(onSynth);
    m_sampleRate = rate;
}

EspeakSynthesizer::~EspeakSynthesizer()
{
    if (m_sampleRate > 0)
        espeak_Terminate();
}

bool EspeakSynthesizer::selectVoice(const VoiceProfile &profile, double rateFactor)
{
    if (profile.voice != m_currentVoice) {
        // Profiles name voices by language ("en-gb", "fr-be"), which espeak_SetVoiceByName does
        // not always resolve (en-gb came out silent): select by language property instead.
        const QByteArray language = profile.voice.toUtf8();
        espeak_VOICE wanted{};
        wanted.languages = language.constData();
        if (espeak_SetVoiceByProperties(&wanted) != EE_OK) {
            m_error = QStringLiteral("eSpeak NG has no voice \"%1\"").arg(profile.voice);
            return false;
        }
        m_currentVoice = profile.voice;
    }
    const int rate = std::clamp(int(profile.rate * rateFactor), int(espeakRATE_MINIMUM), int(espeakRATE_MAXIMUM));
    espeak_SetParameter(espeakRATE, rate, 0);
    espeak_SetParameter(espeakPITCH, profile.pitch, 0);
    return true;
}

bool EspeakSynthesizer::preload(const VoiceProfile &profile)
{
    if (!isReady() || !selectVoice(profile, 1.0))
        return false;
    // Selecting is not enough: the first synthesis loads the dictionary.
    (void)synthesize(QStringLiteral("."), profile);
    return true;
}

Synthesis EspeakSynthesizer::synthesize(const QString &text, const VoiceProfile &profile, double rateFactor,
                                        const ChunkSink &onChunk)
{
    Synthesis result;
    if (!isReady() || !selectVoice(profile, rateFactor))
        return result;
    Collector collector;
    collector.sampleRate = m_sampleRate;
    collector.onChunk = &onChunk;
    std::vector<wchar_t> wide;
    const QList<uint> ucs4 = text.toUcs4();
    wide.reserve(size_t(ucs4.size()) + 1);
    int utf16 = 0;
    for (const uint cp : ucs4) {
        wide.push_back(wchar_t(cp));
        collector.utf16Of.push_back(utf16);
        utf16 += cp > 0xFFFF ? 2 : 1;
    }
    collector.utf16Of.push_back(utf16);
    wide.push_back(0);
    s_collector = &collector;
    espeak_Synth(wide.data(), wide.size() * sizeof(wchar_t), 0, POS_CHARACTER, 0,
                 espeakCHARS_WCHAR | espeakENDPAUSE, nullptr, nullptr);
    espeak_Synchronize();
    s_collector = nullptr;
    result.pcm = std::move(collector.pcm);
    result.words = std::move(collector.words);
    return result;
}

} // namespace guichet
