// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "options.h"

#include <QString>
#include <QTextStream>

namespace guichet {

/** `guichet-pack speak DIR --lang L (--key K | --text T) --wav OUT.wav [--voices DIR]`: exactly
 *  the audio the kiosk plays for a text, lexicon applied, for staff to check a pronunciation.
 *  Only in a build with the kiosk's speech (GUICHET_KIOSK=ON). */
int speak(const QString &dir, const Options &opts, QTextStream &out, QTextStream &err);

} // namespace guichet
