// SPDX-License-Identifier: GPL-3.0-or-later
// The schema, as numbered steps applied once each at start (schema_version says how far).
// Written once for SQLite and PostgreSQL: {serial} and {blob} are the only words that differ. Times are
// Unix seconds (BIGINT) so that both compare them the same way; a slot's day is its local date.
#include "database.h"

#include <QStringList>

namespace guichet::server {

namespace {

const char *const kMigrations[] = {
    // 1: tokens, the imported schedule, slots, bookings, leases, heartbeats, alerts.
    R"(
CREATE TABLE tokens (
    id {serial},
    hash TEXT NOT NULL UNIQUE,
    role TEXT NOT NULL CHECK (role IN ('kiosk', 'staff')),
    kiosk TEXT,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);
CREATE TABLE pack_files (
    path TEXT PRIMARY KEY,
    content TEXT NOT NULL
);
CREATE TABLE offices (
    id TEXT PRIMARY KEY,
    json TEXT NOT NULL
);
CREATE TABLE slots (
    id TEXT PRIMARY KEY,
    office TEXT NOT NULL,
    service TEXT NOT NULL,
    day TEXT NOT NULL,
    start_at BIGINT NOT NULL,
    end_at BIGINT NOT NULL,
    capacity INTEGER NOT NULL,
    booked INTEGER NOT NULL DEFAULT 0,
    leased INTEGER NOT NULL DEFAULT 0,
    CHECK (booked >= 0 AND leased >= 0 AND booked + leased <= capacity)
);
CREATE INDEX slots_by_day ON slots (office, service, day);
CREATE TABLE bookings (
    id TEXT PRIMARY KEY,
    body_hash TEXT NOT NULL,
    code TEXT NOT NULL,
    slot_id TEXT NOT NULL REFERENCES slots (id),
    office TEXT NOT NULL,
    service TEXT NOT NULL,
    day TEXT NOT NULL,
    start_at BIGINT NOT NULL,
    end_at BIGINT NOT NULL,
    language TEXT NOT NULL,
    phone TEXT,
    name TEXT,
    status TEXT NOT NULL CHECK (status IN ('booked', 'attended', 'no_show', 'cancelled')),
    lease_id TEXT,
    kiosk TEXT,
    created_at TEXT NOT NULL,
    received_at BIGINT NOT NULL,
    UNIQUE (office, day, code)
);
CREATE INDEX bookings_by_day ON bookings (office, day);
CREATE TABLE leases (
    id TEXT PRIMARY KEY,
    kiosk TEXT NOT NULL,
    office TEXT NOT NULL,
    service TEXT NOT NULL,
    day TEXT NOT NULL,
    expires_at BIGINT NOT NULL,
    released INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE lease_slots (
    lease_id TEXT NOT NULL REFERENCES leases (id),
    slot_id TEXT NOT NULL REFERENCES slots (id),
    seats INTEGER NOT NULL,
    used INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (lease_id, slot_id),
    CHECK (used >= 0 AND used <= seats)
);
CREATE TABLE heartbeats (
    kiosk TEXT PRIMARY KEY,
    received_at BIGINT NOT NULL,
    pack_version TEXT,
    outbox_depth INTEGER,
    last_sync TEXT,
    speech_ok INTEGER,
    printer_ok INTEGER,
    uptime_s BIGINT
);
CREATE TABLE alerts (
    id {serial},
    kiosk TEXT NOT NULL,
    reason TEXT NOT NULL,
    created_at BIGINT NOT NULL
)
)",
    // 2: published pack archives, for kiosks to download.
    R"(
CREATE TABLE packs (
    version TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    size BIGINT NOT NULL,
    signature TEXT NOT NULL,
    archive {blob} NOT NULL,
    published_at BIGINT NOT NULL
)
)",
    // 3: a code per leased seat, shown by a kiosk that books offline; reserved like a booking's.
    R"(
CREATE TABLE lease_codes (
    lease_id TEXT NOT NULL REFERENCES leases (id),
    slot_id TEXT NOT NULL,
    office TEXT NOT NULL,
    day TEXT NOT NULL,
    code TEXT NOT NULL,
    booking_id TEXT,
    PRIMARY KEY (lease_id, code),
    UNIQUE (office, day, code)
)
)",
    // 4: what a conflict is about, so staff can call the visitor who left with a confirmation.
    R"(
ALTER TABLE alerts ADD COLUMN booking TEXT;
ALTER TABLE alerts ADD COLUMN code TEXT;
ALTER TABLE alerts ADD COLUMN slot_id TEXT;
ALTER TABLE alerts ADD COLUMN phone TEXT
)",
    // 5: the last pack a kiosk refused, and why, so staff see a pack that does not reach it.
    R"(
ALTER TABLE heartbeats ADD COLUMN pack_refused_version TEXT;
ALTER TABLE heartbeats ADD COLUMN pack_refusal TEXT
)",
    // 6: the office a kiosk stands in (said in its heartbeats and alerts), and when staff took
    // an alert in hand, so that it leaves the open list on every desk.
    R"(
ALTER TABLE heartbeats ADD COLUMN office TEXT;
ALTER TABLE alerts ADD COLUMN office TEXT;
ALTER TABLE alerts ADD COLUMN taken_at BIGINT
)",
};

} // namespace

void Database::migrate()
{
    const QString serial = kind() == Kind::Sqlite ? QStringLiteral("INTEGER PRIMARY KEY AUTOINCREMENT")
                                                  : QStringLiteral("BIGSERIAL PRIMARY KEY");
    const QString blob = kind() == Kind::Sqlite ? QStringLiteral("BLOB") : QStringLiteral("BYTEA");
    run(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)"));
    const int total = int(std::size(kMigrations));
    for (;;) {
        Transaction tx; // one server at a time migrates; the others wait, then find it done
        if (kind() == Kind::Postgresql)
            run(QStringLiteral("LOCK TABLE schema_version IN EXCLUSIVE MODE"));
        QSqlQuery q = run(QStringLiteral("SELECT COALESCE(MAX(version), 0) FROM schema_version"));
        const int version = q.next() ? q.value(0).toInt() : 0;
        if (version >= total)
            return;
        const QString script = QString::fromUtf8(kMigrations[version]).replace(QStringLiteral("{serial}"), serial).replace(QStringLiteral("{blob}"), blob);
        for (const QString &statement : script.split(u';', Qt::SkipEmptyParts)) {
            if (!statement.trimmed().isEmpty())
                run(statement.trimmed());
        }
        run(QStringLiteral("INSERT INTO schema_version (version) VALUES (?)"), {version + 1});
        tx.commit();
    }
}

} // namespace guichet::server
