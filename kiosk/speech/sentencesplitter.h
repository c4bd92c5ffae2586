// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace guichet {

/** A sentence of a text: [start, start + length) in UTF-16 code units. */
struct SentenceSpan {
    int start = 0;
    int length = 0;
};

/**
 * Splits a text into sentences with ICU's BreakIterator for the language, so speech can start
 * after the first sentence is synthesised and a long page never waits for its end.
 * Empty (whitespace-only) pieces are dropped.
 */
[[nodiscard]] QList<SentenceSpan> splitSentences(const QString &text, const QString &language);

} // namespace guichet
