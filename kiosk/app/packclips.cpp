// SPDX-License-Identifier: GPL-3.0-or-later
#include "packclips.h"

#include <QFile>

namespace guichet {

PackClips::PackClips(const Pack &pack, const QString &packDir)
    : m_pack(pack)
    , m_dir(packDir)
{
    // Only the clips that exist (usually none): one directory listing per language, not a
    // file check per text at start-up.
    for (auto lang = pack.texts.cbegin(); lang != pack.texts.cend(); ++lang) {
        const QDir audio(m_dir.filePath(QStringLiteral("audio/") + lang.key()));
        for (const QString &file : audio.entryList({QStringLiteral("*.wav")}, QDir::Files)) {
            const QString key = file.chopped(4);
            const auto text = lang->texts.constFind(key);
            if (text != lang->texts.cend())
                m_keyByText[lang.key()].insert(text->written.trimmed(), key);
        }
    }
}

std::optional<Pcm16> PackClips::find(const QString &text, const QString &language) const
{
    const QString key = m_keyByText.value(language).value(text.trimmed());
    if (key.isEmpty())
        return std::nullopt;
    const QString path = m_dir.filePath(QStringLiteral("audio/%1/%2.wav").arg(language, key));
    QFile file(path);
    QString error;
    std::optional<Pcm16> clip = file.open(QIODevice::ReadOnly) ? readWav(file.readAll(), &error) : std::nullopt;
    if (!clip)
        qWarning("recorded clip %s cannot be played (%s): eSpeak or text only instead", qPrintable(path),
                 qPrintable(error.isEmpty() ? file.errorString() : error));
    return clip;
}

} // namespace guichet
