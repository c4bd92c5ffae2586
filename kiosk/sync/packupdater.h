// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packselftest.h"
#include "packstore.h"

#include <QJsonObject>
#include <QObject>
#include <QTimer>

class QNetworkReply;

namespace guichet {

class SyncClient;

/**
 * Content packs from the server, without anyone at the kiosk: every few minutes it asks
 * GET /packs/latest (with If-None-Match, so an unchanged answer is a 304 of a few bytes),
 * downloads a newer pack within a size cap and a time limit, checks its hash, then installs it
 * as --install-pack does: verified, written whole, self-tested in a child kiosk, made current.
 * The kiosk shows it at its next idle reset (`ready`). A refusal is kept for the heartbeat, and
 * the same published pack is not fetched again.
 */
class PackUpdater : public QObject
{
    Q_OBJECT

public:
    static constexpr int kPollMs = 5 * 60 * 1000;
    static constexpr int kDownloadLimitMs = 120 * 1000;

    PackUpdater(SyncClient &sync, PackStore &store, QList<QByteArray> trusted, PackSelfTest selfTest, QObject *parent = nullptr);

    /** Polls every pollMs, the first time soon after start. */
    void start(int pollMs = kPollMs);
    /** Asks the server now (does nothing while a check is under way). */
    void check();
    /** The version running now (the heartbeat's): packs not greater are not fetched. */
    void setRunningVersion(const QString &version)
    {
        m_running = version;
        m_store.keep(version); // its files are on screen until the next idle reset
    }
    /** {version, reason} of the last pack refused, or empty. */
    [[nodiscard]] QJsonObject lastRefusal() const { return m_refusal; }

Q_SIGNALS:
    /** A new pack is installed and current: show it at the next idle reset. */
    void ready(const QString &dir, const QString &version);
    void refused(const QString &version, const QString &reason);
    /** The check ended (installed, refused, nothing new, or the server did not answer). */
    void checked();

private:
    void onLatest(QNetworkReply *reply);
    void download(const QJsonObject &latest, const QString &etag);
    void install(const QByteArray &archive, const QJsonObject &latest, const QString &etag);
    void refuse(const QString &version, const QString &reason, const QString &etag);
    void finish();

    SyncClient &m_sync;
    PackStore &m_store;
    QList<QByteArray> m_trusted;
    PackSelfTest m_selfTest;
    QTimer m_timer;
    QString m_running;
    QString m_etag; // of the last /packs/latest answer dealt with (installed or refused)
    QJsonObject m_refusal;
    bool m_busy = false;
};

} // namespace guichet
