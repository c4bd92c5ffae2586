// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace guichet {

/**
 * A pack version is whole numbers separated by dots ("2026.12.4", "2026.12.4.1"). Versions only
 * grow: a kiosk installs a pack only when its version is greater than the one it runs, compared
 * number by number ("2026.12.10" is after "2026.12.9"; "2026.12" is before "2026.12.0").
 */
namespace packversion {

[[nodiscard]] bool isValid(const QString &version);
/** Negative, zero or positive as a is before, equal to or after b (both valid). */
[[nodiscard]] int compare(const QString &a, const QString &b);

} // namespace packversion

} // namespace guichet
