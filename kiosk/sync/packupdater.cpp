// SPDX-License-Identifier: GPL-3.0-or-later
#include "packupdater.h"

#include "clock.h"
#include "packarchive.h"
#include "packversion.h"
#include "syncclient.h"

#include <QJsonDocument>
#include <QNetworkReply>

namespace guichet {

PackUpdater::PackUpdater(SyncClient &sync, PackStore &store, QList<QByteArray> trusted, PackSelfTest selfTest, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_store(store)
    , m_trusted(std::move(trusted))
    , m_selfTest(std::move(selfTest))
{
    connect(&m_timer, &QTimer::timeout, this, &PackUpdater::check);
}

void PackUpdater::start(int pollMs)
{
    m_timer.start(pollMs);
    QTimer::singleShot(qMin(pollMs, 10 * 1000), this, &PackUpdater::check);
}

void PackUpdater::check()
{
    if (m_busy)
        return;
    m_busy = true;
    QNetworkRequest req = m_sync.request(QStringLiteral("packs/latest"));
    if (!m_etag.isEmpty())
        req.setRawHeader("If-None-Match", m_etag.toLatin1());
    req.setTransferTimeout(30 * 1000);
    QNetworkReply *reply = m_sync.network().get(req);
    connect(reply, &QNetworkReply::finished, this, [this, reply] { onLatest(reply); });
}

void PackUpdater::onLatest(QNetworkReply *reply)
{
    reply->deleteLater();
    const int status = statusOf(reply);
    const QString etag = QString::fromLatin1(reply->rawHeader("ETag"));
    if (status != 200) // 304: nothing new; 404: nothing published; otherwise: try again later
        return finish();
    const QJsonObject latest = QJsonDocument::fromJson(reply->readAll()).object();
    const QString version = latest.value(QStringLiteral("version")).toString();
    if (version.isEmpty())
        return finish();
    if (version == m_running || m_store.currentVersion() == version) {
        m_etag = etag;
        return finish();
    }
    if (packversion::isValid(version) && packversion::isValid(m_running) && packversion::compare(version, m_running) < 0)
        return refuse(version, QStringLiteral("version %1 is older than the running %2").arg(version, m_running), etag);
    if (latest.value(QStringLiteral("size")).toDouble() > double(kMaxArchiveBytes))
        return refuse(version, QStringLiteral("the pack is larger than %1 MiB").arg(kMaxArchiveBytes >> 20), etag);
    download(latest, etag);
}

void PackUpdater::download(const QJsonObject &latest, const QString &etag)
{
    const QString version = latest.value(QStringLiteral("version")).toString();
    QNetworkRequest req = m_sync.request(QStringLiteral("packs/%1").arg(QString::fromLatin1(QUrl::toPercentEncoding(version))));
    req.setTransferTimeout(30 * 1000);
    QNetworkReply *reply = m_sync.network().get(req);
    // A size cap as the bytes come (whatever the headers say), and a limit on the whole transfer.
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply](qint64 received, qint64) {
        if (received > kMaxArchiveBytes)
            reply->abort();
    });
    QTimer::singleShot(kDownloadLimitMs, reply, &QNetworkReply::abort);
    connect(reply, &QNetworkReply::finished, this, [this, reply, latest, etag] {
        reply->deleteLater();
        const QString version = latest.value(QStringLiteral("version")).toString();
        if (reply->error() == QNetworkReply::OperationCanceledError)
            return refuse(version, QStringLiteral("the download went over %1 MiB or %2 s").arg(kMaxArchiveBytes >> 20).arg(kDownloadLimitMs / 1000), {});
        if (statusOf(reply) != 200)
            return finish(); // the server or the network failed: the next poll tries again
        install(reply->readAll(), latest, etag);
    });
}

void PackUpdater::install(const QByteArray &archive, const QJsonObject &latest, const QString &etag)
{
    const QString version = latest.value(QStringLiteral("version")).toString();
    if (packsignature::sha256(archive) != latest.value(QStringLiteral("sha256")).toString())
        return refuse(version, QStringLiteral("the download does not match the published SHA-256"), {});
    m_store.setInstalledVersion(m_running);
    QString reason;
    const std::optional<PackStore::Staged> staged = m_store.stage(archive, m_trusted, Clock::now(), &reason);
    if (!staged)
        return refuse(version, reason, etag);
    if (staged->alreadyCurrent) {
        m_etag = etag;
        return finish();
    }
    m_selfTest.start(staged->dir, this, [this, staged = *staged, etag](bool ok, const QString &failure) {
        QString why = failure;
        if (!ok || !m_store.activate(staged.version, &why)) {
            m_store.discard(staged.version);
            return refuse(staged.version, why, etag);
        }
        m_store.tidy();
        m_etag = etag;
        m_refusal = {};
        Q_EMIT ready(staged.dir, staged.version);
        finish();
    });
}

void PackUpdater::refuse(const QString &version, const QString &reason, const QString &etag)
{
    // With the tag kept, the same published pack is not fetched again; without it (a damaged
    // download), the next poll tries again.
    m_etag = etag;
    // As long as the server keeps them (docs/PROTOCOL.md): a longer one would cost the heartbeat.
    m_refusal = {{QStringLiteral("version"), version.left(64)}, {QStringLiteral("reason"), reason.left(500)}};
    qWarning("pack %s refused: %s", qPrintable(version), qPrintable(reason));
    Q_EMIT refused(version, reason);
    finish();
}

void PackUpdater::finish()
{
    m_busy = false;
    Q_EMIT checked();
}

} // namespace guichet
