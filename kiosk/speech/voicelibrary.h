// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "voiceprofile.h"

#include <QHash>
#include <QStringList>

namespace guichet {

/** The voice profiles of voices/, one per language that eSpeak NG can speak. */
class VoiceLibrary
{
public:
    /** Reads every <code>.json of dir; problems() names the files that could not be read. */
    explicit VoiceLibrary(const QString &dir);

    [[nodiscard]] const VoiceProfile *profile(const QString &language) const;
    [[nodiscard]] QStringList languages() const { return m_profiles.keys(); }
    [[nodiscard]] const QStringList &problems() const { return m_problems; }

private:
    QHash<QString, VoiceProfile> m_profiles;
    QStringList m_problems;
};

} // namespace guichet
