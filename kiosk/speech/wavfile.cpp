// SPDX-License-Identifier: GPL-3.0-or-later
#include "wavfile.h"

#include <QtEndian>

namespace guichet {

namespace {
void put32(QByteArray &out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}
void put16(QByteArray &out, quint16 v)
{
    char b[2];
    qToLittleEndian(v, b);
    out.append(b, 2);
}
} // namespace

QByteArray wavFile(const Pcm16 &pcm)
{
    QByteArray out;
    out.reserve(44 + pcm.samples.size());
    out.append("RIFF");
    put32(out, quint32(36 + pcm.samples.size()));
    out.append("WAVEfmt ");
    put32(out, 16);
    put16(out, 1); // PCM
    put16(out, 1); // mono
    put32(out, quint32(pcm.sampleRate));
    put32(out, quint32(pcm.sampleRate * 2));
    put16(out, 2);
    put16(out, 16);
    out.append("data");
    put32(out, quint32(pcm.samples.size()));
    out.append(pcm.samples);
    return out;
}

} // namespace guichet
