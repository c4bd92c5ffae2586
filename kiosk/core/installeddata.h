// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace guichet {

/**
 * A directory of the read-only data Guichet ships (`what`: "default-pack", "voices", "i18n",
 * "console"): `share/guichet/<what>` beside the program's `bin/`, found from the running
 * binary's own place. So an installed tree works wherever it is copied, and no path of the
 * source tree is compiled in. The build tree has the same layout (`<build>/share/guichet`,
 * links made by CMake).
 */
[[nodiscard]] QString installedData(const QString &what);

} // namespace guichet
