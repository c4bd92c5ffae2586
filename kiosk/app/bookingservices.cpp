// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingservices.h"

#include "pack.h"

#include <QDir>
#include <QTimeZone>

namespace guichet {

bool BookingServices::open(const Options &options, const Pack &pack, QString *error)
{
    SyncConfig config;
    config.server = QUrl(options.server);
    if (!config.server.isValid() || config.server.host().isEmpty()) {
        *error = QStringLiteral("--server %1 is not a URL").arg(options.server);
        return false;
    }
    if (options.kioskId.isEmpty()) {
        *error = QStringLiteral("--server needs --kiosk-id");
        return false;
    }
    const std::optional<QString> token = readTokenFile(options.tokenFile, error);
    if (!token)
        return false;
    if (!QDir().mkpath(options.dataDir)) {
        *error = QStringLiteral("cannot create %1").arg(options.dataDir);
        return false;
    }
    m_store = std::make_unique<BookingStore>();
    if (!m_store->open(QDir(options.dataDir).filePath(QStringLiteral("kiosk.sqlite")), error))
        return false;
    config.kioskId = options.kioskId;
    config.token = *token;
    config.caFile = options.caFile;
    config.office = pack.defaultOffice;
    if (const Office *office = pack.office(pack.defaultOffice)) {
        if (const QTimeZone zone(office->timeZone.toUtf8()); zone.isValid())
            config.officeZone = zone;
        for (const OfficeService &s : office->services)
            config.services << s.service;
    }
    m_sync = std::make_unique<SyncClient>(*m_store, config);
    m_sync->packVersion = pack.version;
    return true;
}

} // namespace guichet
