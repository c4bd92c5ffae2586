// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packfiles.h"

#include <QString>

#include <optional>

namespace guichet {

/** A pack named on the command line: a directory, or an archive (.tar.gz) as `build` makes
 *  it. Nothing, with the reason, when it is neither. */
[[nodiscard]] std::optional<PackFiles> readPackInput(const QString &path, QString *error);

/** Whether readPackInput reads path as a directory (then the kiosk can run it in place). */
[[nodiscard]] bool isPackDirectory(const QString &path);

} // namespace guichet
