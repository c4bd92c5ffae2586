// SPDX-License-Identifier: GPL-3.0-or-later
#include "packclips.h"

#include "audiofile.h"

#include <QFileInfo>

namespace guichet {

PackClips::PackClips(const Pack &pack, const QString &packDir)
    : m_dir(packDir)
{
    // Only the clips that exist (usually none): one directory listing per language, not a
    // file check per text at start-up.
    const QStringList audioFiles{QStringLiteral("*.wav"), QStringLiteral("*.ogg"), QStringLiteral("*.opus")};
    for (const Language &language : pack.languages) {
        const QHash<QString, PackText> texts = pack.texts.value(language.code).texts;
        // A language's own name, said in its own voice on the picker: audio/<code>/language.<code>.
        const QString nameKey = QStringLiteral("language.") + language.code;
        const QDir audio(m_dir.filePath(QStringLiteral("audio/") + language.code));
        for (const QString &file : audio.entryList(audioFiles, QDir::Files)) {
            const QString key = QFileInfo(file).completeBaseName();
            const auto text = texts.constFind(key);
            if (text != texts.cend())
                m_fileByText[language.code].insert(text->written.trimmed(), file);
            else if (key == nameKey)
                m_fileByText[language.code].insert(language.name.trimmed(), file);
        }
    }
}

std::optional<Pcm16> PackClips::find(const QString &text, const QString &language) const
{
    const QString file = m_fileByText.value(language).value(text.trimmed());
    if (file.isEmpty())
        return std::nullopt;
    const QString path = m_dir.filePath(QStringLiteral("audio/%1/%2").arg(language, file));
    QString error;
    std::optional<Pcm16> clip = readAudioFile(path, &error);
    if (!clip)
        qWarning("recorded clip %s cannot be played (%s): eSpeak or text only instead", qPrintable(path),
                 qPrintable(error));
    return clip;
}

} // namespace guichet
