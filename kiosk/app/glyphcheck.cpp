// SPDX-License-Identifier: GPL-3.0-or-later
#include "glyphcheck.h"

#include <QFontMetrics>
#include <QSet>

namespace guichet {

QList<char32_t> missingGlyphs(const QString &text, const QFont &font)
{
    const QFontMetrics metrics(font); // follows the fallback chain (docs/QT64.md)
    QList<char32_t> missing;
    QSet<char32_t> seen;
    for (const char32_t cp : text.toUcs4()) {
        if (seen.contains(cp))
            continue;
        seen.insert(cp);
        switch (QChar::category(cp)) {
        case QChar::Other_Control:
        case QChar::Other_Format:
        case QChar::Separator_Space:
        case QChar::Separator_Line:
        case QChar::Separator_Paragraph:
            continue;
        default:
            break;
        }
        if (!metrics.inFontUcs4(cp))
            missing.append(cp);
    }
    return missing;
}

QString describeCodePoints(const QList<char32_t> &codePoints)
{
    QStringList parts;
    for (const char32_t cp : codePoints)
        parts << QStringLiteral("U+%1").arg(uint(cp), 4, 16, QLatin1Char('0')).toUpper().replace(QLatin1String("0X"), QString());
    return parts.join(QLatin1Char(' '));
}

} // namespace guichet
