// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace guichet {

/** The three regions of Belgium, in the order lists show them after the kiosk's own. */
enum class BelgianRegion { Unknown, Brussels, Wallonia, Flanders };

/**
 * The region of a Belgian postcode: 1000-1299 Brussels-Capital; 1300-1499 and 4000-7999
 * Wallonia; 1500-3999 and 8000-9999 Flanders. Unknown for anything else (a foreign or missing
 * postcode, a helpline with no address).
 */
[[nodiscard]] BelgianRegion regionOfPostcode(const QString &postcode);

/** An organisation's region as the pack names it ("brussels", "wallonia", "flanders"), else
 *  the region of its postcode. */
[[nodiscard]] BelgianRegion regionOf(const QString &packRegion, const QString &postcode);

} // namespace guichet
