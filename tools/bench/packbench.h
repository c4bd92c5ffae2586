// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace guichet {

/** `guichet-bench pack`: validate, build and install the default pack, and the time from the idle
 *  reset to the first frame on a new pack. Last line:
 *  `pack: validate_ms=A build_ms=B install_ms=C switch_ms=D`. */
int packBench(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace guichet
