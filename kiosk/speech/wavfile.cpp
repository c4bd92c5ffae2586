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

std::optional<Pcm16> readWav(const QByteArray &bytes, QString *error)
{
    if (bytes.size() < 12 || !bytes.startsWith("RIFF") || bytes.mid(8, 4) != "WAVE") {
        *error = QStringLiteral("not a RIFF/WAVE file");
        return std::nullopt;
    }
    int channels = 0;
    int bits = 0;
    Pcm16 pcm;
    for (qsizetype at = 12; at + 8 <= bytes.size();) {
        const QByteArray id = bytes.mid(at, 4);
        const qsizetype size = qFromLittleEndian<quint32>(bytes.constData() + at + 4);
        const qsizetype body = at + 8;
        if (body + size > bytes.size()) {
            *error = QStringLiteral("chunk %1 runs past the end of the file").arg(QString::fromLatin1(id));
            return std::nullopt;
        }
        if (id == "fmt " && size >= 16) {
            const quint16 format = qFromLittleEndian<quint16>(bytes.constData() + body);
            channels = qFromLittleEndian<quint16>(bytes.constData() + body + 2);
            pcm.sampleRate = int(qFromLittleEndian<quint32>(bytes.constData() + body + 4));
            bits = qFromLittleEndian<quint16>(bytes.constData() + body + 14);
            if (format != 1 || bits != 16 || channels < 1 || channels > 2) {
                *error = QStringLiteral("only 16-bit PCM mono or stereo is supported");
                return std::nullopt;
            }
        } else if (id == "data") {
            if (channels == 0) {
                *error = QStringLiteral("data before fmt");
                return std::nullopt;
            }
            const QByteArray data = bytes.mid(body, size);
            if (channels == 1) {
                pcm.samples = data;
            } else {
                // Mixed down: the kiosk plays mono.
                for (qsizetype i = 0; i + 3 < data.size(); i += 4) {
                    const int l = qFromLittleEndian<qint16>(data.constData() + i);
                    const int r = qFromLittleEndian<qint16>(data.constData() + i + 2);
                    char b[2];
                    qToLittleEndian(qint16((l + r) / 2), b);
                    pcm.samples.append(b, 2);
                }
            }
            return pcm;
        }
        at = body + size + (size & 1);
    }
    *error = QStringLiteral("no data chunk");
    return std::nullopt;
}

} // namespace guichet
