// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTimeZone>
#include <QUrl>

#include <optional>

namespace guichet {

/** How the kiosk reaches its server (docs/PROTOCOL.md). */
struct SyncConfig {
    QUrl server;             // e.g. https://guichet.example/ ; the API is under /api/v1
    QString kioskId;
    QString token;           // read from a file only the kiosk's user can read
    QString caFile;          // PEM certificates to trust for HTTPS (empty: the system's)
    QString office;          // the office this kiosk books for
    QTimeZone officeZone{QByteArrayLiteral("Europe/Brussels")}; // whose calendar "today" is
    QStringList services;    // the services it leases seats for
    int answerTimeoutMs = 3000; // a visitor waits this long for the server, then a lease is used
    int leaseSeats = 2;         // per service and day ...
    int leaseDays = 5;          // ... for the next open days from tomorrow
    int leaseHorizonDays = 62;  // found this far ahead at most (a weekly service with a closure
                                // still has 5 open days; the server lists 62 days at once)
    int heartbeatMs = 60000;
};

/** The token in a file: refused (with the reason) when others than its owner may read it. */
std::optional<QString> readTokenFile(const QString &path, QString *error);

} // namespace guichet
