// SPDX-License-Identifier: GPL-3.0-or-later
#include "bidi.h"

#include <QRegularExpression>

namespace guichet {

QString isolateLtr(const QString &text)
{
    return QChar(0x2066) + text + QChar(0x2069);
}

QString keepLatinTermsWhole(const QString &rtlText)
{
    // A Latin letter, more letters or digits, then the symbols, not already followed by a mark.
    static const QRegularExpression term(QStringLiteral("([A-Za-z][A-Za-z0-9]*[+#*]+)(?!\u200E)"));
    QString out = rtlText;
    return out.replace(term, QStringLiteral("\\1\u200E"));
}

} // namespace guichet
