// SPDX-License-Identifier: GPL-3.0-or-later
#include "packupdates.h"

#include "kiosk.h"
#include "startpack.h"
#include "syncclient.h"

namespace guichet {

PackUpdates::PackUpdates(Kiosk *kiosk, SyncClient *sync, const QString &dataDir, const QString &installedVersion,
                         const QList<QByteArray> &trusted, const PackSelfTest &selfTest, QObject *parent)
    : QObject(parent)
    , m_kiosk(kiosk)
    , m_store(dataDir)
    , m_updater(std::make_unique<PackUpdater>(*sync, m_store, trusted, selfTest))
{
    m_store.setInstalledVersion(installedVersion);
    m_updater->setRunningVersion(kiosk->packVersion());
    connect(m_updater.get(), &PackUpdater::ready, this, [this](const QString &dir) { offer(dir); });
    connect(m_updater.get(), &PackUpdater::refused, sync, [this, sync] { sync->packRefusal = m_updater->lastRefusal(); });
    connect(kiosk, &Kiosk::packAdopted, this, [this, sync](const QString &version) {
        sync->packVersion = version;
        sync->packRefusal = m_updater->lastRefusal();
        m_updater->setRunningVersion(version);
    });
}

PackUpdates::~PackUpdates() = default;

void PackUpdates::offer(const QString &dir)
{
    QString problems;
    QTextStream err(&problems);
    std::optional<Pack> pack = loadPackDir(dir, err);
    if (!pack) { // it passed the self-test a moment ago: only a disk fault gets here
        qWarning("the pack just installed in %s does not load: %s", qPrintable(dir), qPrintable(problems.left(300)));
        return;
    }
    m_kiosk->offerPack(std::move(*pack), dir);
    // No visitor at the kiosk (the idle timer is not running): nobody's visit to wait for.
    if (!m_kiosk->idle()->armed())
        m_kiosk->resetSession();
}

} // namespace guichet
