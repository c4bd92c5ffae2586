// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencesplitter.h"

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <memory>

namespace guichet {

QList<SentenceSpan> splitSentences(const QString &text, const QString &language)
{
    QList<SentenceSpan> spans;
    UErrorCode status = U_ZERO_ERROR;
    const icu::Locale locale = icu::Locale::forLanguageTag(language.toStdString(), status);
    status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> it(icu::BreakIterator::createSentenceInstance(locale, status));
    if (U_FAILURE(status) || !it) {
        spans.append({0, int(text.size())});
        return spans;
    }
    const icu::UnicodeString ustr(reinterpret_cast<const char16_t *>(text.utf16()), int32_t(text.size()));
    it->setText(ustr);
    int32_t start = it->first();
    for (int32_t end = it->next(); end != icu::BreakIterator::DONE; start = end, end = it->next()) {
        if (!text.mid(start, end - start).trimmed().isEmpty())
            spans.append({start, end - start});
    }
    return spans;
}

} // namespace guichet
