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

} // namespace guichet
