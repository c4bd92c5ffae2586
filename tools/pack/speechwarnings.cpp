// SPDX-License-Identifier: GPL-3.0-or-later
#include "speechwarnings.h"

#include "espeaksynthesizer.h"
#include "utterancerenderer.h"
#include "voicelibrary.h"


#include <cstdlib>

namespace guichet {

namespace {

/** Below this peak (1% of full scale) a sentence is silence: eSpeak said nothing. */
constexpr int kSilencePeak = 328;
/** Whether eSpeak makes a sound does not depend on how fast it speaks, and its work grows with
 *  the audio's length: three times the profile's rate (eSpeak clamps it to 450 words a minute)
 *  makes the check of the default pack (11 voices, ~85 texts each) take a third of the time. */
constexpr double kCheckRateFactor = 3.0;

bool audible(const QByteArray &pcm)
{
    const auto *samples = reinterpret_cast<const qint16 *>(pcm.constData());
    for (qsizetype i = 0; i < pcm.size() / 2; ++i) {
        if (std::abs(int(samples[i])) >= kSilencePeak)
            return true;
    }
    return false;
}

bool hasClip(const PackSource &source, const QString &language, const QString &key)
{
    for (const char *extension : {"wav", "ogg", "opus"}) {
        if (source.exists(QStringLiteral("audio/%1/%2.%3").arg(language, key, QLatin1String(extension))))
            return true;
    }
    return false;
}

/** Synthesises each sentence once, however many texts share it. */
class SpeechCheck
{
public:
    SpeechCheck(const PackSource &source, const QString &voicesDir)
        : m_source(source)
        , m_library(voicesDir)
        , m_voicesDir(voicesDir)
    {
    }

    QList<PackProblem> run(const Pack &pack, TextLocator &locator)
    {
        if (!m_synthesizer.isReady())
            return {{QStringLiteral("languages.json"), 0, {}, m_synthesizer.error() + QStringLiteral(": voiced texts not checked")}};
        for (const Language &language : pack.languages) {
            if (!language.hasVoice())
                continue;
            const std::optional<VoiceProfile> profile = profileFor(language.code);
            if (profile)
                checkTexts(pack, language.code, *profile, locator);
        }
        return m_warnings;
    }

private:
    /** The pack's voices/<code>.json, else the installed profile; a warning when neither loads. */
    std::optional<VoiceProfile> profileFor(const QString &code)
    {
        const QString inPack = QStringLiteral("voices/%1.json").arg(code);
        std::optional<VoiceProfile> profile;
        QString where = inPack;
        if (const std::optional<QByteArray> json = m_source.read(inPack)) {
            QString error;
            profile = VoiceProfile::fromJson(*json, &error);
            if (!profile) {
                warn(inPack, error + QStringLiteral(": the kiosk will not speak %1").arg(code));
                return std::nullopt;
            }
        } else if (const VoiceProfile *installed = m_library.profile(code)) {
            profile = *installed;
            where = QStringLiteral("%1/%2.json").arg(m_voicesDir, code);
        } else {
            warn(QStringLiteral("languages.json"),
                 QStringLiteral("%1 has a voice but no voice profile (neither %2 in the pack nor %3/%1.json): the kiosk will not speak it")
                     .arg(code, inPack, m_voicesDir));
            return std::nullopt;
        }
        if (!m_synthesizer.preload(*profile)) {
            warn(where, m_synthesizer.error() + QStringLiteral(": the kiosk will not speak %1").arg(code));
            return std::nullopt;
        }
        return profile;
    }

    void checkTexts(const Pack &pack, const QString &code, const VoiceProfile &profile, TextLocator &locator)
    {
        const UtteranceRenderer renderer(m_synthesizer, profile, kCheckRateFactor);
        const QHash<QString, PackText> &texts = pack.texts.value(code).texts;
        QStringList keys = texts.keys();
        keys.sort();
        for (const QString &key : std::as_const(keys)) {
            if (hasClip(m_source, code, key))
                continue;
            const QString spoken = texts.value(key).forSpeech();
            for (const SentenceSpan &span : renderer.sentences(spoken)) {
                const QString sentence = spoken.mid(span.start, span.length);
                if (!speaks(renderer, profile, spoken, span)) {
                    m_warnings << locator.at(code, key,
                                             QStringLiteral("eSpeak NG (voice %1) says nothing for \"%2\": write a \"spoken\" form, "
                                                            "or record audio/%3/%4.wav")
                                                 .arg(profile.voice, sentence.trimmed().left(40), code, key));
                    break;
                }
            }
        }
    }

    bool speaks(const UtteranceRenderer &renderer, const VoiceProfile &profile, const QString &text, const SentenceSpan &span)
    {
        const QString cacheKey = profile.language + u'\n' + text.mid(span.start, span.length);
        const auto cached = m_cache.constFind(cacheKey);
        if (cached != m_cache.cend())
            return *cached;
        const bool result = audible(renderer.render(text, span).audio.pcm);
        m_cache.insert(cacheKey, result);
        return result;
    }

    void warn(const QString &file, const QString &message) { m_warnings.append({file, 0, {}, message}); }

    const PackSource &m_source;
    const VoiceLibrary m_library;
    const QString m_voicesDir;
    EspeakSynthesizer m_synthesizer;
    QHash<QString, bool> m_cache;
    QList<PackProblem> m_warnings;
};

} // namespace

QList<PackProblem> speechWarnings(const Pack &pack, const PackSource &source, const QString &voicesDir, TextLocator &locator)
{
    return SpeechCheck(source, voicesDir).run(pack, locator);
}

} // namespace guichet
