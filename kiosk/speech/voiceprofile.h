// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spokentext.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

#include <optional>

namespace guichet {

/**
 * How one language is spoken (voices/<code>.json): the eSpeak NG voice, a rate slower than
 * eSpeak's default for listeners new to the language, the pitch, and a lexicon of words and
 * patterns rewritten before synthesis (BAPA, CPAS, Schaerbeek, times).
 */
struct VoiceProfile {
    struct Entry {
        QRegularExpression match;
        QString spoken;
    };

    QString language;
    QString voice;
    int rate = 175;
    int pitch = 50;
    QString plus; // the word for the "+" of a phone number
    QList<Entry> lexicon;

    /** Parses a profile; on failure says why in error and returns nothing. */
    static std::optional<VoiceProfile> fromJson(const QByteArray &json, QString *error);
    /** The text eSpeak should say for a displayed text, mapped back to it. */
    [[nodiscard]] SpokenText spokenForm(const QString &displayed) const;
};

} // namespace guichet
