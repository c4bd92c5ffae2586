// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packstore.h"
#include "packupdater.h"

#include <QObject>

#include <memory>

namespace guichet {

class Kiosk;
class SyncClient;

/**
 * Packs from the server, into the running kiosk: what PackUpdater installs is offered to the
 * Kiosk, which shows it at its next idle reset (at once when no visitor is there), and the
 * heartbeat then carries the version shown and the last refusal.
 */
class PackUpdates : public QObject
{
    Q_OBJECT

public:
    PackUpdates(Kiosk *kiosk, SyncClient *sync, const QString &dataDir, const QString &installedVersion,
                const QList<QByteArray> &trusted, const PackSelfTest &selfTest, QObject *parent = nullptr);
    ~PackUpdates() override;

    void start(int pollMs = PackUpdater::kPollMs) { m_updater->start(pollMs); }

private:
    void offer(const QString &dir);

    Kiosk *m_kiosk;
    PackStore m_store;
    std::unique_ptr<PackUpdater> m_updater;
};

} // namespace guichet
