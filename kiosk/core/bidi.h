// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace guichet {

/** Text that keeps its left-to-right order inside right-to-left text (phone numbers):
 *  wrapped in LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE. */
[[nodiscard]] QString isolateLtr(const QString &text);

/**
 * A right-to-left text with its Latin terms kept whole. In "بيت جمعيات LGBTQI+ في بروكسل" the
 * "+" sits between a Latin and an Arabic word, so the bidirectional algorithm gives it the
 * paragraph's direction and draws it before the term: "+LGBTQI". A LEFT-TO-RIGHT MARK after
 * each Latin term that ends in symbols (+, #, *) ties them to it. Speech ignores the mark.
 */
[[nodiscard]] QString keepLatinTermsWhole(const QString &rtlText);

} // namespace guichet
