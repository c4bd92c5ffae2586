// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack.h"
#include "packproblem.h"

#include <QList>
#include <QString>

namespace guichet {

/**
 * Recorded clips the kiosk would never play: audio/<code>/<key>.<ext> whose language is not
 * the pack's, or whose key is neither a text key of texts/<code>.json (pack texts, and `ui.*`
 * texts that voice the interface) nor `language.<code>` (the language's own name). Usually a
 * misspelt file name; a warning, since the pack still works without the clip.
 */
[[nodiscard]] QList<PackProblem> clipWarnings(const Pack &pack, const QString &packDir);

} // namespace guichet
