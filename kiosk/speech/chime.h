// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wavfile.h"

namespace guichet {

/**
 * A short, soft two-note chime (about a quarter of a second), made in code: the sound of a
 * volume step, and of the idle warning in every mode, so both are heard, not only seen.
 */
[[nodiscard]] Pcm16 chime(int sampleRate = 22050);

} // namespace guichet
