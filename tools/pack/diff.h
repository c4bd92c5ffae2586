// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "options.h"

#include <QTextStream>

namespace guichet {

/** `guichet-pack diff A B [--lang en|fr|nl]`: what changed from pack A to pack B (archives or
 *  directories), one change a line, as the staff console says it (packdiff). */
int diff(const QString &before, const QString &after, const Options &opts, QTextStream &out, QTextStream &err);

} // namespace guichet
