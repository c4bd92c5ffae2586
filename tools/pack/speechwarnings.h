// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack.h"
#include "packproblem.h"
#include "packsource.h"
#include "textlocator.h"

#include <QList>

namespace guichet {

/**
 * Every voiced text (a language with a `voice` in languages.json) that eSpeak NG would not
 * say: each sentence, in its spoken form with the language's voice profile (the pack's
 * voices/<code>.json, else the one in voicesDir), must make audible sound. Also a voice
 * profile that is missing or that eSpeak cannot load. Texts with a recorded clip are skipped:
 * the kiosk plays the clip.
 */
[[nodiscard]] QList<PackProblem> speechWarnings(const Pack &pack, const PackSource &source, const QString &voicesDir,
                                                TextLocator &locator);

} // namespace guichet
