// SPDX-License-Identifier: GPL-3.0-or-later
#include "voicelibrary.h"

#include <QDir>
#include <QFile>

namespace guichet {

VoiceLibrary::VoiceLibrary(const QString &dir)
{
    const QDir voices(dir);
    for (const QString &name : voices.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(voices.filePath(name));
        QString error;
        std::optional<VoiceProfile> profile;
        if (file.open(QIODevice::ReadOnly))
            profile = VoiceProfile::fromJson(file.readAll(), &error);
        else
            error = file.errorString();
        if (!profile) {
            m_problems << QStringLiteral("%1: %2").arg(voices.filePath(name), error);
            continue;
        }
        if (profile->language + QStringLiteral(".json") != name) {
            m_problems << QStringLiteral("%1: says language \"%2\"").arg(voices.filePath(name), profile->language);
            continue;
        }
        m_profiles.insert(profile->language, *profile);
    }
    if (m_profiles.isEmpty() && m_problems.isEmpty())
        m_problems << QStringLiteral("%1: no voice profile (<language>.json)").arg(dir);
}

const VoiceProfile *VoiceLibrary::profile(const QString &language) const
{
    const auto it = m_profiles.constFind(language);
    return it == m_profiles.cend() ? nullptr : &it.value();
}

} // namespace guichet
