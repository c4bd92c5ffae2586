// SPDX-License-Identifier: GPL-3.0-or-later
#include "speechcorpus.h"

#include "packdirectory.h"
#include "packloader.h"

#include <algorithm>

namespace guichet {

std::optional<SpeechCorpus> SpeechCorpus::load(const QString &packDir, const VoiceLibrary &voices, QTextStream &err)
{
    if (!voices.problems().isEmpty()) {
        err << "voice profiles: " << voices.problems().join(QStringLiteral("; ")) << '\n';
        return std::nullopt;
    }
    const PackDirectory source(packDir);
    PackLoader loader(source);
    const std::optional<Pack> pack = loader.load();
    if (!pack) {
        err << "the pack " << packDir << " has problems (" << loader.problems().size()
            << "); run guichet-pack validate " << packDir << '\n';
        return std::nullopt;
    }
    SpeechCorpus corpus;
    for (const Language &language : pack->languages) {
        const VoiceProfile *profile = voices.profile(language.code);
        if (!language.hasVoice()) {
            corpus.textOnly << language.code;
            continue;
        }
        if (!profile) {
            corpus.noProfile << language.code;
            continue;
        }
        const QHash<QString, PackText> &texts = pack->texts.value(language.code).texts;
        QStringList keys = texts.keys();
        std::sort(keys.begin(), keys.end());
        Voiced entry{language.code, *profile, {}};
        for (const QString &key : std::as_const(keys)) {
            const QString text = texts.value(key).forSpeech();
            if (!text.trimmed().isEmpty())
                entry.texts << text;
        }
        corpus.languages << entry;
    }
    if (corpus.languages.isEmpty()) {
        err << "the pack " << packDir << " has no language with a voice\n";
        return std::nullopt;
    }
    return corpus;
}

qsizetype SpeechCorpus::textCount() const
{
    qsizetype n = 0;
    for (const Voiced &language : languages)
        n += language.texts.size();
    return n;
}

} // namespace guichet
