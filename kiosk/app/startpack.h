// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack.h"

#include <QString>
#include <QTextStream>

#include <optional>

namespace guichet {

/** The pack the kiosk starts on, and the directory it was read from. */
struct StartPack {
    Pack pack;
    QString dir;
};

/**
 * The kiosk is never blank: it runs DATA/packs/current; if that pack does not load or a file no
 * longer matches its signed hash, the previous one; otherwise the pack installed with the
 * program. An explicit --pack directory is the only one tried. Every pack passed over is named
 * on err.
 */
[[nodiscard]] std::optional<StartPack> chooseStartPack(const QString &explicitDir, const QString &dataDir, const QString &installedDir,
                                                       QTextStream &err);

/** The version manifest.json gives, read alone (empty when there is none): the pack installed
 *  with the program is the floor a pack from elsewhere must rise above. */
[[nodiscard]] QString packVersionIn(const QString &dir);

/** Loads one pack directory; its problems go to err. */
[[nodiscard]] std::optional<Pack> loadPackDir(const QString &dir, QTextStream &err);

} // namespace guichet
