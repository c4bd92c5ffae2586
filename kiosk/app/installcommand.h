// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

namespace guichet {

/** What `guichet-kiosk --install-pack FILE` needs to know. */
struct InstallCommand {
    QString archive;          // the pack file (from a USB stick)
    QStringList keyFiles;     // --pack-key, one or more (two during a key rotation)
    QString dataDir;          // --data: packs go to DATA/packs
    QString installedVersion; // the pack installed with the program
    QStringList selfTestArguments; // --translations, --voices as this kiosk has them
};

/** Verifies and installs; prints `installed VERSION` (exit 0) or `refused: REASON` (exit 2). */
int runInstallCommand(const InstallCommand &command, QTextStream &out);

} // namespace guichet
