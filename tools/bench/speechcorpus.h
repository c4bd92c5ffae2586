// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voicelibrary.h"

#include <QList>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace guichet {

/**
 * What the kiosk can say from a pack: every text of every language that has a voice, as it is
 * given to the speech engine (PackText::forSpeech), with the profile that speaks it. Each
 * guichet-bench speech probe loads the same corpus, so all of them measure the same texts.
 */
struct SpeechCorpus {
    /** A language the kiosk speaks, and its texts. */
    struct Voiced {
        QString code;
        VoiceProfile profile;
        QStringList texts; // by key, blank ones left out (the engine says nothing for them)
    };

    QList<Voiced> languages; // in the pack's picker order
    QStringList textOnly;      // languages the pack gives no voice
    QStringList noProfile;     // languages with a voice in the pack but no profile in voices/

    /** The pack's corpus; nothing, with the reason on err, when the pack or voices have problems. */
    static std::optional<SpeechCorpus> load(const QString &packDir, const VoiceLibrary &voices, QTextStream &err);
    [[nodiscard]] qsizetype textCount() const;
};

} // namespace guichet
