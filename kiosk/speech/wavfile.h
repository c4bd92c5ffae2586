// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace guichet {

/** 16-bit mono PCM and its rate: what eSpeak makes and what a recorded clip becomes. */
struct Pcm16 {
    QByteArray samples;
    int sampleRate = 0;
};

/** A RIFF/WAVE file of 16-bit mono PCM. */
[[nodiscard]] QByteArray wavFile(const Pcm16 &pcm);

} // namespace guichet
