// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QVariant>

namespace guichet {

namespace {

constexpr int kSchemaVersion = 1;

const char *const kSchema[] = {
    "CREATE TABLE outbox ("
    " id TEXT PRIMARY KEY, slot_id TEXT NOT NULL, office TEXT NOT NULL, service TEXT NOT NULL,"
    " language TEXT NOT NULL, phone TEXT, name TEXT, lease_id TEXT, created_at TEXT NOT NULL,"
    " state INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0, next_attempt_ms INTEGER NOT NULL DEFAULT 0,"
    " code TEXT, error TEXT, seq INTEGER NOT NULL)",
    "CREATE INDEX outbox_pending ON outbox (state, seq)",
    "CREATE TABLE leased_seats ("
    " lease_id TEXT NOT NULL, office TEXT NOT NULL, service TEXT NOT NULL, day TEXT NOT NULL, slot_id TEXT NOT NULL,"
    " code TEXT NOT NULL, expires_ms INTEGER NOT NULL, booking_id TEXT, PRIMARY KEY (lease_id, code))",
    "CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT)",
};

const QString kColumns = QStringLiteral("id, slot_id, office, service, language, phone, name, lease_id, created_at, state, attempts, next_attempt_ms, code, error");

QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

OutboxBooking fromRow(const QSqlQuery &q)
{
    OutboxBooking b;
    b.id = q.value(0).toString();
    b.slotId = q.value(1).toString();
    b.office = q.value(2).toString();
    b.service = q.value(3).toString();
    b.language = q.value(4).toString();
    b.phone = q.value(5).toString();
    b.name = q.value(6).toString();
    b.leaseId = q.value(7).toString();
    b.createdAt = q.value(8).toString();
    b.state = OutboxBooking::State(q.value(9).toInt());
    b.attempts = q.value(10).toInt();
    b.nextAttemptMs = q.value(11).toLongLong();
    b.code = q.value(12).toString();
    b.error = q.value(13).toString();
    return b;
}

QSqlDatabase openConnection(const QString &path, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::contains(name) ? QSqlDatabase::database(name) : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    if (!db.isOpen()) {
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (db.open()) {
            QSqlQuery q(db);
            for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA secure_delete=ON"})
                q.exec(QString::fromLatin1(pragma));
        }
    }
    return db;
}

} // namespace

BookingStore::~BookingStore()
{
    if (!m_connection.isEmpty()) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool BookingStore::open(const QString &path, QString *error)
{
    m_path = path;
    m_connection = QStringLiteral("booking-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = openConnection(path, m_connection);
    if (!db.isOpen()) {
        *error = db.lastError().text();
        return false;
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("PRAGMA user_version"));
    const int version = q.next() ? q.value(0).toInt() : 0;
    if (version > kSchemaVersion) {
        *error = QStringLiteral("%1 was made by a newer kiosk (schema %2)").arg(path).arg(version);
        return false;
    }
    if (version == 0) {
        db.transaction();
        for (const char *statement : kSchema) {
            if (!q.exec(QString::fromLatin1(statement))) {
                *error = q.lastError().text();
                db.rollback();
                return false;
            }
        }
        q.exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion));
        if (!db.commit()) {
            *error = db.lastError().text();
            return false;
        }
    }
    return true;
}

bool BookingStore::add(const OutboxBooking &b, const LeasedSeat *seat)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO outbox (id, slot_id, office, service, language, phone, name, lease_id, created_at, state, code, seq) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM outbox))"));
    for (const QVariant &v : {QVariant(b.id), QVariant(b.slotId), QVariant(b.office), QVariant(b.service), QVariant(b.language),
                              orNull(b.phone), orNull(b.name), orNull(b.leaseId), QVariant(b.createdAt), QVariant(int(b.state)), orNull(b.code)})
        q.addBindValue(v);
    bool ok = q.exec();
    if (ok && seat) {
        q.prepare(QStringLiteral("UPDATE leased_seats SET booking_id = ? WHERE lease_id = ? AND code = ? AND booking_id IS NULL"));
        q.addBindValue(b.id);
        q.addBindValue(seat->leaseId);
        q.addBindValue(seat->code);
        ok = q.exec() && q.numRowsAffected() == 1;
    }
    if (!ok || !db.commit()) {
        // Never the values: they hold a phone number.
        qWarning("booking store: cannot keep a booking: %s", qPrintable(q.lastError().databaseText()));
        db.rollback();
        return false;
    }
    return true;
}

std::optional<OutboxBooking> BookingStore::find(const QString &id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE id = ?").arg(kColumns));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromRow(q);
}

QList<OutboxBooking> BookingStore::all() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    QList<OutboxBooking> list;
    if (q.exec(QStringLiteral("SELECT %1 FROM outbox ORDER BY seq").arg(kColumns))) {
        while (q.next())
            list.append(fromRow(q));
    }
    return list;
}

QList<OutboxBooking> BookingStore::duePending(qint64 nowMs, int limit) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE state = 0 AND next_attempt_ms <= ? ORDER BY seq LIMIT ?").arg(kColumns));
    q.addBindValue(nowMs);
    q.addBindValue(limit);
    QList<OutboxBooking> due;
    if (q.exec()) {
        while (q.next())
            due.append(fromRow(q));
    }
    return due;
}

int BookingStore::pendingCount() const
{
    return count(OutboxBooking::State::Pending);
}

int BookingStore::count(OutboxBooking::State state) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM outbox WHERE state = ?"));
    q.addBindValue(int(state));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool BookingStore::confirm(const QString &id, const QString &code)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE outbox SET state = 1, code = ?, phone = NULL, name = NULL, error = NULL WHERE id = ?"));
    q.addBindValue(code);
    q.addBindValue(id);
    return q.exec();
}

bool BookingStore::finish(const QString &id, OutboxBooking::State state, const QString &error)
{
    // A conflict keeps the phone: staff must be able to call the visitor about it.
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(state == OutboxBooking::State::Rejected
                  ? QStringLiteral("UPDATE outbox SET state = ?, error = ?, phone = NULL, name = NULL WHERE id = ?")
                  : QStringLiteral("UPDATE outbox SET state = ?, error = ? WHERE id = ?"));
    q.addBindValue(int(state));
    q.addBindValue(error);
    q.addBindValue(id);
    return q.exec();
}

bool BookingStore::erasePersonalData(const QString &id)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE outbox SET phone = NULL, name = NULL WHERE id = ?"));
    q.addBindValue(id);
    return q.exec();
}

bool BookingStore::retryLater(const QString &id, qint64 nextAttemptMs)
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("UPDATE outbox SET attempts = attempts + 1, next_attempt_ms = ? WHERE id = ?"));
    q.addBindValue(nextAttemptMs);
    q.addBindValue(id);
    return q.exec();
}

bool BookingStore::addLease(const QString &office, const QString &service, const QString &day, const QString &leaseId,
                            const QList<LeasedSeat> &seats, qint64 expiresMs)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection);
    db.transaction();
    QSqlQuery q(db);
    bool ok = true;
    for (const LeasedSeat &seat : seats) {
        q.prepare(QStringLiteral("INSERT OR IGNORE INTO leased_seats (lease_id, office, service, day, slot_id, code, expires_ms) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        for (const QVariant &v : {QVariant(leaseId), QVariant(office), QVariant(service), QVariant(day), QVariant(seat.slotId), QVariant(seat.code), QVariant(expiresMs)})
            q.addBindValue(v);
        ok = ok && q.exec();
    }
    return ok ? db.commit() : (db.rollback(), false);
}

QList<LeasedSeat> BookingStore::freeLeasedSeats(const QString &slotId, qint64 nowMs) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT lease_id, slot_id, code FROM leased_seats WHERE slot_id = ? AND booking_id IS NULL AND expires_ms > ? ORDER BY code"));
    q.addBindValue(slotId);
    q.addBindValue(nowMs);
    QList<LeasedSeat> seats;
    if (q.exec()) {
        while (q.next())
            seats.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    return seats;
}

QList<QPair<QString, int>> BookingStore::leasedSlots(const QString &office, const QString &service, qint64 nowMs) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT slot_id, COUNT(*) FROM leased_seats WHERE office = ? AND service = ? AND booking_id IS NULL AND expires_ms > ? "
                             "GROUP BY slot_id ORDER BY slot_id"));
    for (const QVariant &v : {QVariant(office), QVariant(service), QVariant(nowMs)})
        q.addBindValue(v);
    QList<QPair<QString, int>> found;
    if (q.exec()) {
        while (q.next())
            found.append({q.value(0).toString(), q.value(1).toInt()});
    }
    return found;
}

int BookingStore::freeLeasedSeatCount(const QString &office, const QString &service, const QString &day, qint64 nowMs) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM leased_seats WHERE office = ? AND service = ? AND day = ? AND booking_id IS NULL AND expires_ms > ?"));
    for (const QVariant &v : {QVariant(office), QVariant(service), QVariant(day), QVariant(nowMs)})
        q.addBindValue(v);
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

bool BookingStore::checkpoint() const
{
    const QString name = QStringLiteral("booking-store-checkpoint-%1").arg(quintptr(QThread::currentThreadId()));
    bool ok = false;
    {
        QSqlDatabase db = openConnection(m_path, name);
        QSqlQuery q(db);
        ok = q.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")) && q.next() && q.value(0).toInt() == 0;
    }
    QSqlDatabase::database(name, false).close();
    QSqlDatabase::removeDatabase(name);
    return ok;
}

} // namespace guichet
