// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "options.h"

#include <QTextStream>

namespace guichet {

/** `guichet-pack verify PACK --key PUB [--key PUB2 ...]`: what a kiosk or the server would
 *  decide about a pack (archive or directory): `ok: ID VERSION, signed by KEY, expires DATE`
 *  (exit 0), or `refused: REASON` (exit 1) when it is not signed by one of the keys, a file
 *  was changed, added or removed, it has expired (Clock::now()) or it does not load. */
int verify(const QString &pack, const Options &opts, QTextStream &out, QTextStream &err);

} // namespace guichet
