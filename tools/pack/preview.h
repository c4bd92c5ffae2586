// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "options.h"

#include <QTextStream>

namespace guichet {

/**
 * `guichet-pack preview PACK --lang L --out DIR`: a screenshot of every screen of a pack
 * (archive or directory) in one language, taken by the kiosk itself (`guichet-kiosk
 * --screenshot-dir`, offscreen and mute), so staff see a pack before publishing it. The kiosk
 * is the one beside guichet-pack, or $GUICHET_KIOSK_BIN. Only in a build with the kiosk.
 */
int preview(const QString &pack, const Options &opts, QTextStream &out, QTextStream &err);

} // namespace guichet
