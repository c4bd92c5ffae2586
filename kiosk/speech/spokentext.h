// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace guichet {

/**
 * What eSpeak is given for a displayed text (lexicon applied, phone numbers grouped), with,
 * for every character of it, the character of the displayed text it came from: eSpeak's word
 * events point into the spoken text, the highlight must point into the displayed one.
 */
struct SpokenText {
    QString text;
    QList<int> origin; // origin[i]: index in the displayed text of spoken character i; size text.size() + 1

    /** The identity mapping: spoken exactly as displayed. */
    static SpokenText verbatim(const QString &displayed);
    /** Replaces [from, from + length) of the spoken text, all of it coming from the displayed
     *  characters where the replaced part came from. */
    void replace(int from, int length, const QString &with);
    [[nodiscard]] int displayedIndex(int spokenIndex) const;
};

} // namespace guichet
