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
    /** No profile at all (a content pack that brings no voice). */
    VoiceLibrary() = default;
    /** Reads every <code>.json of dir; problems() names the files that could not be read. */
    explicit VoiceLibrary(const QString &dir);

    [[nodiscard]] const VoiceProfile *profile(const QString &language) const;
    [[nodiscard]] QStringList languages() const { return m_profiles.keys(); }
    [[nodiscard]] bool isEmpty() const { return m_profiles.isEmpty(); }
    [[nodiscard]] const QStringList &problems() const { return m_problems; }

private:
    QHash<QString, VoiceProfile> m_profiles;
    QStringList m_problems;
};

} // namespace guichet
