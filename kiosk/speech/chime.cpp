// SPDX-License-Identifier: GPL-3.0-or-later
#include "chime.h"

#include <QtMath>

namespace guichet {

Pcm16 chime(int sampleRate)
{
    // Two notes a fifth apart (E5 then B5), each faded in and out so it does not click.
    constexpr double kNotes[] = {659.25, 987.77};
    constexpr double kNoteSeconds = 0.12;
    constexpr double kFadeSeconds = 0.015;
    constexpr double kAmplitude = 0.45 * 32767;
    const int perNote = int(kNoteSeconds * sampleRate);
    const int fade = int(kFadeSeconds * sampleRate);
    Pcm16 out;
    out.sampleRate = sampleRate;
    out.samples.resize(qsizetype(std::size(kNotes)) * perNote * 2);
    auto *samples = reinterpret_cast<qint16 *>(out.samples.data());
    int at = 0;
    for (const double frequency : kNotes) {
        for (int i = 0; i < perNote; ++i) {
            const double envelope = std::min({1.0, double(i) / fade, double(perNote - 1 - i) / fade});
            samples[at++] = qint16(kAmplitude * envelope * std::sin(2 * M_PI * frequency * i / sampleRate));
        }
    }
    return out;
}

} // namespace guichet
