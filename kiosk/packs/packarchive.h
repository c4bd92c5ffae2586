// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packfiles.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace guichet {

/** Limits on an archive read from outside: a pack is texts, pictograms and short recordings. */
constexpr int kMaxPackFiles = 5000;
constexpr qint64 kMaxPackFileBytes = 48LL * 1024 * 1024; // a 3-minute 48 kHz stereo WAV is 33 MiB
constexpr qint64 kMaxPackBytes = 200LL * 1024 * 1024;
/** The largest archive (compressed) anyone takes: the server from staff, a kiosk from the
 *  server or a USB stick. */
constexpr qint64 kMaxArchiveBytes = 64LL * 1024 * 1024;

/** A pack as one file (a gzip-compressed tar), as staff publish it and kiosks download it. */
[[nodiscard]] QByteArray writePackArchive(const PackFiles &pack);
/** Reads one; refuses, with the reason, anything but plain files with safe relative paths
 *  (symbolic and hard links, devices, FIFOs, absolute paths, ".."), a path given twice, a
 *  truncated archive and archives over the limits. */
[[nodiscard]] std::optional<PackFiles> readPackArchive(const QByteArray &archive, QString *error);

} // namespace guichet
