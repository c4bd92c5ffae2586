// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace guichet {

/** 16-bit mono PCM and its rate: what eSpeak makes and what a recorded clip must be. */
struct Pcm16 {
    QByteArray samples;
    int sampleRate = 0;
};

/** A RIFF/WAVE file of 16-bit mono PCM. */
[[nodiscard]] QByteArray wavFile(const Pcm16 &pcm);
/** Reads a 16-bit PCM WAVE file (mono, or stereo mixed down); nothing when it is not one. */
[[nodiscard]] std::optional<Pcm16> readWav(const QByteArray &bytes, QString *error);

} // namespace guichet
