// SPDX-License-Identifier: GPL-3.0-or-later
#include "audiofile.h"

#include <QFile>

#include <sndfile.h>

#include <memory>
#include <vector>

namespace guichet {

std::optional<Pcm16> readAudioFile(const QString &path, QString *error)
{
    SF_INFO info{};
    const QByteArray name = QFile::encodeName(path);
    std::unique_ptr<SNDFILE, int (*)(SNDFILE *)> file(sf_open(name.constData(), SFM_READ, &info), sf_close);
    if (!file) {
        *error = QString::fromUtf8(sf_strerror(nullptr));
        return std::nullopt;
    }
    if (info.channels < 1 || info.samplerate < 8000 || info.samplerate > 192000) {
        *error = QStringLiteral("%1 channels at %2 Hz is not a voice recording").arg(info.channels).arg(info.samplerate);
        return std::nullopt;
    }
    if (info.frames > sf_count_t(kMaxClipSeconds) * info.samplerate) {
        *error = QStringLiteral("longer than %1 s").arg(kMaxClipSeconds);
        return std::nullopt;
    }
    // Vorbis and Opus decode to floats: scale them to the full 16-bit range, not to ±1.
    sf_command(file.get(), SFC_SET_SCALE_FLOAT_INT_READ, nullptr, SF_TRUE);

    Pcm16 pcm;
    pcm.sampleRate = info.samplerate;
    std::vector<short> block(size_t(4096) * info.channels);
    for (;;) {
        const sf_count_t frames = sf_readf_short(file.get(), block.data(), 4096);
        if (frames <= 0)
            break;
        const qsizetype at = pcm.samples.size();
        pcm.samples.resize(at + frames * 2);
        auto *out = reinterpret_cast<qint16 *>(pcm.samples.data() + at);
        for (sf_count_t f = 0; f < frames; ++f) {
            int sum = 0;
            for (int c = 0; c < info.channels; ++c)
                sum += block[size_t(f * info.channels + c)];
            out[f] = qint16(sum / info.channels);
        }
    }
    if (sf_error(file.get()) != SF_ERR_NO_ERROR) {
        *error = QString::fromUtf8(sf_strerror(file.get()));
        return std::nullopt;
    }
    if (pcm.samples.isEmpty()) {
        *error = QStringLiteral("no audio in it");
        return std::nullopt;
    }
    return pcm;
}

} // namespace guichet
