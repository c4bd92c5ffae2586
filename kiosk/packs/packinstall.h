// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packselftest.h"
#include "packstore.h"

namespace guichet {

/** How an install ended: `installed VERSION`, or `refused: REASON` and nothing changed. */
struct InstallOutcome {
    bool installed = false;
    QString version;
    QString reason;
    QString dir; // the installed pack, when installed

    [[nodiscard]] QString line() const
    {
        return installed ? QStringLiteral("installed %1").arg(version) : QStringLiteral("refused: %1").arg(reason);
    }
};

/**
 * Installs a pack archive into the store, the way a USB stick or a download brings it:
 * verified, written whole, self-tested in a child kiosk, then made current. The running pack
 * stays current on any refusal, and nothing new is left behind.
 */
InstallOutcome installPack(PackStore &store, const QByteArray &archive, const QList<QByteArray> &trusted, const QDateTime &now,
                           const PackSelfTest &selfTest);

} // namespace guichet
