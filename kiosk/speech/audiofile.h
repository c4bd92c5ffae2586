// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wavfile.h"

#include <QString>

#include <optional>

namespace guichet {

/** Longest recorded clip played (a text read aloud, not a recording of a whole meeting): a
 *  larger file is refused rather than filling the kiosk's memory. */
constexpr int kMaxClipSeconds = 180;

/**
 * Reads a recorded clip, WAV (any PCM) or Ogg (Vorbis or Opus), through libsndfile, mixed down
 * to 16-bit mono. Nothing, with the reason in error, when the file is not audio it can read.
 */
[[nodiscard]] std::optional<Pcm16> readAudioFile(const QString &path, QString *error);

} // namespace guichet
