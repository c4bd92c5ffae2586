// SPDX-License-Identifier: GPL-3.0-or-later
#include "speak.h"

#include "espeaksynthesizer.h"
#include "installeddata.h"
#include "packdirectory.h"
#include "packloader.h"
#include "utterancerenderer.h"
#include "voicelibrary.h"
#include "wavfile.h"

#include <QFile>

namespace guichet {

int speak(const QString &dir, const Options &opts, QTextStream &out, QTextStream &err)
{
    const QString lang = opts.value(QStringLiteral("--lang"));
    const QString wav = opts.value(QStringLiteral("--wav"));
    if (lang.isEmpty() || wav.isEmpty() || opts.contains(QStringLiteral("--key")) == opts.contains(QStringLiteral("--text"))) {
        err << "usage: guichet-pack speak DIR --lang L (--key K | --text T) --wav OUT.wav [--voices DIR]\n";
        return 2;
    }
    const PackDirectory source(dir);
    PackLoader loader(source);
    const std::optional<Pack> pack = loader.load();
    if (!pack) {
        err << "the pack has problems; run guichet-pack validate " << dir << '\n';
        return 1;
    }
    QString text = opts.value(QStringLiteral("--text"));
    if (opts.contains(QStringLiteral("--key"))) {
        const QString key = opts.value(QStringLiteral("--key"));
        if (!pack->hasText(key, lang)) {
            err << "no text \"" << key << "\" in " << lang << '\n';
            return 1;
        }
        text = pack->spoken(key, lang);
    }
    // --voices, else GUICHET_VOICES (as the kiosk), else share/guichet/voices beside bin/.
    const QString voicesFromEnv = qEnvironmentVariable("GUICHET_VOICES");
    const VoiceLibrary voices(opts.value(QStringLiteral("--voices"),
                                         voicesFromEnv.isEmpty() ? installedData(QStringLiteral("voices")) : voicesFromEnv));
    const VoiceProfile *profile = voices.profile(lang);
    if (!profile) {
        err << "no voice profile for \"" << lang << "\" (eSpeak NG has no voice for it: the kiosk plays a recorded clip "
               "or says the language is shown in text only)\n";
        for (const QString &problem : voices.problems())
            err << problem << '\n';
        return 1;
    }
    EspeakSynthesizer synthesizer;
    if (!synthesizer.isReady()) {
        err << synthesizer.error() << '\n';
        return 1;
    }
    const Synthesis audio = UtteranceRenderer(synthesizer, *profile).renderAll(text);
    QFile file(wav);
    if (!file.open(QIODevice::WriteOnly) || file.write(wavFile({audio.pcm, synthesizer.sampleRate()})) < 0) {
        err << "cannot write " << wav << ": " << file.errorString() << '\n';
        return 1;
    }
    out << wav << ": " << audio.samples() << " samples at " << synthesizer.sampleRate() << " Hz ("
        << QString::number(double(audio.samples()) / synthesizer.sampleRate(), 'f', 2) << " s), " << audio.words.size()
        << " words\n";
    return 0;
}

} // namespace guichet
