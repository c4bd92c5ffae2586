// SPDX-License-Identifier: GPL-3.0-or-later
#include "phonenumber.h"

namespace guichet {

std::optional<QString> normalisedPhone(const QString &typed, const QString &defaultCountryCode)
{
    if (typed.size() > 40)
        return std::nullopt;
    QString digits;
    bool plus = false;
    for (const QChar c : typed) {
        if (c.isDigit() && c.unicode() < 128)
            digits += c;
        else if (c == u'+' && digits.isEmpty() && !plus)
            plus = true;
        else if (!QStringLiteral(" .-/()").contains(c))
            return std::nullopt; // letters, other digits (Arabic-Indic are converted by the keypad), symbols
    }
    if (!plus) {
        if (digits.startsWith(QStringLiteral("00")))
            digits.remove(0, 2); // international prefix
        else if (digits.startsWith(u'0'))
            digits = defaultCountryCode + digits.mid(1); // national number
        else
            return std::nullopt;
    }
    // E.164: a country code that does not start with 0, at most 15 digits in all.
    if (digits.size() < 8 || digits.size() > 15 || digits.startsWith(u'0'))
        return std::nullopt;
    if (digits.startsWith(QStringLiteral("32")) && (digits.size() < 10 || digits.size() > 11))
        return std::nullopt; // Belgian numbers: 8 or 9 digits after +32
    return QLatin1Char('+') + digits;
}

int expectedPhoneDigits(const QString &typed)
{
    if (!typed.startsWith(u'0') || typed.startsWith(QStringLiteral("00")))
        return 0;
    // Before the second digit a mobile is the likelier: most visitors give one.
    return typed.size() < 2 || typed.at(1) == u'4' ? 10 : 9;
}

} // namespace guichet
