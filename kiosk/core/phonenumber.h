// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace guichet {

/**
 * A phone number as typed or spoken ("0470 12 34 56", "+32 470/12.34.56", "0032 470...") in
 * E.164 ("+32470123456"), with Belgium as the country when none is given. Nothing when it
 * cannot be a phone number: the caller shows (and says) why rather than keeping a wrong one.
 */
[[nodiscard]] std::optional<QString> normalisedPhone(const QString &typed, const QString &defaultCountryCode = QStringLiteral("32"));

/**
 * How many digits a Belgian number typed from its start will have: 10 for a mobile ("04…"),
 * 9 for any other national number ("0…"), 0 when it cannot be known (an international one,
 * or nothing typed). Only for saying "digit 4 of 10": never to refuse a number.
 */
[[nodiscard]] int expectedPhoneDigits(const QString &typed);

} // namespace guichet
