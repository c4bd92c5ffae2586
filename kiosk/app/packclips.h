// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack.h"
#include "wavfile.h"

#include <QDir>
#include <QHash>

#include <optional>

namespace guichet {

/**
 * The one resolver of recorded audio: a pack may hold audio/<language>/<text key>.wav (or
 * .ogg, .opus), a person reading that text, and audio/<code>/language.<code>.wav, the
 * language's own name. Found by the text shown (the screen reads texts, not keys), so an
 * interface string is voiced by a `ui.*` text of the pack written as the interface shows it
 * (content/FORMAT.md); a missing or unreadable clip falls back to eSpeak, or to "text only"
 * for a language eSpeak cannot speak.
 */
class PackClips
{
public:
    PackClips(const Pack &pack, const QString &packDir);

    [[nodiscard]] std::optional<Pcm16> find(const QString &text, const QString &language) const;

private:
    QDir m_dir;
    QHash<QString, QHash<QString, QString>> m_fileByText; // language → written text → file name
};

} // namespace guichet
