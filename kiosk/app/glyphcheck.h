// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QList>
#include <QString>

namespace guichet {

/**
 * The characters of text that no installed font can draw with font (fallbacks included), so a
 * visitor would see an empty box. Invisible formatting characters (bidi isolates) are skipped.
 */
[[nodiscard]] QList<char32_t> missingGlyphs(const QString &text, const QFont &font);

/** "U+18B00 U+18B01" for a message. */
[[nodiscard]] QString describeCodePoints(const QList<char32_t> &codePoints);

} // namespace guichet
