// SPDX-License-Identifier: GPL-3.0-or-later
// Our synthesis path against eSpeak NG alone, on the same texts, each in its own process.
#include "speechprobes.h"
#include "utterancerenderer.h"

#include <QElapsedTimer>

#include <espeak-ng/speak_lib.h>

#include <algorithm>
#include <vector>

namespace guichet {

namespace {

/** What one language took over all its texts. */
struct Timing {
    qint64 ns = 0;
    qint64 samples = 0;
};

QString fields(const SpeechCorpus &corpus, const QList<Timing> &timings, int sampleRate)
{
    QStringList out;
    for (qsizetype i = 0; i < timings.size(); ++i) {
        const QString &code = corpus.languages.at(i).code;
        out << QStringLiteral("ms_%1=%2").arg(code, QString::number(double(timings.at(i).ns) / 1e6, 'f', 3))
            << QStringLiteral("audio_s_%1=%2").arg(code, QString::number(double(timings.at(i).samples) / sampleRate, 'f', 2));
    }
    return out.join(QLatin1Char(' '));
}

// The raw side: eSpeak hands its samples to a callback that only counts them.
QElapsedTimer s_clock;
qint64 s_samples = 0;
qint64 s_firstNs = -1;

int discard(short *wav, int samples, espeak_EVENT *)
{
    if (wav && samples > 0) {
        if (s_firstNs < 0)
            s_firstNs = s_clock.nsecsElapsed();
        s_samples += samples;
    }
    return 0;
}

/** The voice, rate and pitch EspeakSynthesizer sets for a profile at the normal speed. */
bool selectRawVoice(const VoiceProfile &profile)
{
    const QByteArray name = profile.voice.toUtf8();
    espeak_VOICE wanted{};
    wanted.languages = name.constData();
    if (espeak_SetVoiceByProperties(&wanted) != EE_OK)
        return false;
    espeak_SetParameter(espeakRATE, std::clamp(profile.rate, int(espeakRATE_MINIMUM), int(espeakRATE_MAXIMUM)), 0);
    espeak_SetParameter(espeakPITCH, profile.pitch, 0);
    return true;
}

void synthRaw(std::vector<wchar_t> &text)
{
    espeak_Synth(text.data(), text.size() * sizeof(wchar_t), 0, POS_CHARACTER, 0, espeakCHARS_WCHAR | espeakENDPAUSE,
                 nullptr, nullptr);
    espeak_Synchronize();
}

} // namespace

int speechOursProbe(const SpeechCorpus &corpus, QTextStream &out, QTextStream &err)
{
    EspeakSynthesizer synthesizer;
    if (!synthesizer.isReady()) {
        err << synthesizer.error() << '\n';
        return 1;
    }
    QList<Timing> timings(corpus.languages.size());
    QStringList sentences;
    for (const bool timed : {false, true}) { // a first pass untimed: disk cache, allocator, ICU data
        for (qsizetype i = 0; i < corpus.languages.size(); ++i) {
            const SpeechCorpus::Voiced &language = corpus.languages.at(i);
            // The language switch (eSpeak loads the voice and its dictionary) is not timed.
            if (!synthesizer.preload(language.profile)) {
                err << synthesizer.error() << '\n';
                return 1;
            }
            const UtteranceRenderer renderer(synthesizer, language.profile);
            qint64 samples = 0;
            QElapsedTimer clock;
            clock.start();
            for (const QString &text : language.texts)
                samples += renderer.renderAll(text).samples();
            if (!timed)
                continue;
            timings[i] = {clock.nsecsElapsed(), samples};
            // The first sentence alone: what the engine must render before a visitor hears anything.
            QStringList firstMs;
            for (const QString &text : language.texts) {
                clock.start();
                const QList<SentenceSpan> spans = renderer.sentences(text);
                if (!spans.isEmpty())
                    (void)renderer.render(text, spans.constFirst());
                firstMs << QString::number(double(clock.nsecsElapsed()) / 1e6, 'f', 3);
            }
            sentences << QStringLiteral("sentence_%1=%2").arg(language.code, firstMs.join(QLatin1Char(',')));
        }
    }
    out << "probe: " << fields(corpus, timings, synthesizer.sampleRate()) << ' ' << sentences.join(QLatin1Char(' '))
        << Qt::endl;
    return 0;
}

int speechRawProbe(const SpeechCorpus &corpus, QTextStream &out, QTextStream &err)
{
    // The same start as EspeakSynthesizer's: synchronous, 100 ms buffers.
    const int sampleRate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 100, nullptr, 0);
    if (sampleRate <= 0) {
        err << "eSpeak NG could not start (espeak_Initialize returned " << sampleRate << ")\n";
        return 1;
    }
    espeak_SetSynthCallback(discard);
    // What our path gives eSpeak (the spoken form, as wide characters), prepared untimed.
    std::vector<std::vector<std::vector<wchar_t>>> spoken;
    for (const SpeechCorpus::Voiced &language : corpus.languages) {
        auto &texts = spoken.emplace_back();
        for (const QString &text : language.texts) {
            auto &wide = texts.emplace_back();
            for (const uint cp : language.profile.spokenForm(text).text.toUcs4())
                wide.push_back(wchar_t(cp));
            wide.push_back(0);
        }
    }
    QList<Timing> timings(corpus.languages.size());
    QStringList first;
    s_clock.start();
    for (const bool timed : {false, true}) {
        for (qsizetype i = 0; i < corpus.languages.size(); ++i) {
            if (!selectRawVoice(corpus.languages.at(i).profile)) {
                err << "eSpeak NG has no voice \"" << corpus.languages.at(i).profile.voice << "\"\n";
                espeak_Terminate();
                return 1;
            }
            std::vector<wchar_t> warm{L'.', 0};
            synthRaw(warm); // as EspeakSynthesizer::preload: the first synthesis loads the dictionary
            QList<qint64> firstNs;
            firstNs.reserve(qsizetype(spoken[size_t(i)].size()));
            s_samples = 0;
            const qint64 start = s_clock.nsecsElapsed();
            for (std::vector<wchar_t> &text : spoken[size_t(i)]) {
                s_firstNs = -1;
                const qint64 call = s_clock.nsecsElapsed();
                synthRaw(text);
                if (s_firstNs >= 0)
                    firstNs << s_firstNs - call;
            }
            if (!timed)
                continue;
            timings[i] = {s_clock.nsecsElapsed() - start, s_samples};
            QStringList firstMs;
            for (const qint64 ns : std::as_const(firstNs))
                firstMs << QString::number(double(ns) / 1e6, 'f', 3);
            first << QStringLiteral("first_%1=%2").arg(corpus.languages.at(i).code, firstMs.join(QLatin1Char(',')));
        }
    }
    espeak_Terminate();
    out << "probe: " << fields(corpus, timings, sampleRate) << ' ' << first.join(QLatin1Char(' ')) << Qt::endl;
    return 0;
}

} // namespace guichet
