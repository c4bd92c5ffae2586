// SPDX-License-Identifier: GPL-3.0-or-later
#include "packinstall.h"

namespace guichet {

InstallOutcome installPack(PackStore &store, const QByteArray &archive, const QList<QByteArray> &trusted, const QDateTime &now,
                           const PackSelfTest &selfTest)
{
    InstallOutcome outcome;
    const std::optional<PackStore::Staged> staged = store.stage(archive, trusted, now, &outcome.reason);
    if (!staged)
        return outcome;
    outcome.version = staged->version;
    outcome.dir = staged->dir;
    if (staged->alreadyCurrent) {
        outcome.installed = true;
        return outcome;
    }
    // The self-test runs before the switch: `current` never names a pack that failed it.
    if (!selfTest.run(staged->dir, &outcome.reason) || !store.activate(staged->version, &outcome.reason)) {
        store.discard(staged->version);
        return outcome;
    }
    store.tidy();
    outcome.installed = true;
    return outcome;
}

} // namespace guichet
