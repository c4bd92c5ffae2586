// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QThread>
#include <QUrl>

#include <atomic>

namespace guichet::server {

namespace {

struct Config {
    Database::Kind kind = Database::Kind::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString user;
    QString password;
    QString name;
};

Config s_config;
std::atomic<int> s_connections{0};

bool isConstraint(const QSqlError &error)
{
    // SQLite: "UNIQUE constraint failed", "CHECK constraint failed" (code 19 and its extended
    // codes); PostgreSQL: SQLSTATE class 23 (integrity constraint violation).
    const QString code = error.nativeErrorCode();
    return code.startsWith(QStringLiteral("23")) || code == QStringLiteral("19") || code.toInt() % 256 == 19
        || error.databaseText().contains(QStringLiteral("constraint"), Qt::CaseInsensitive);
}

} // namespace

bool Database::configure(const QString &url, QString *error)
{
    if (url.startsWith(QStringLiteral("sqlite:"))) {
        s_config.kind = Kind::Sqlite;
        s_config.path = url.mid(7);
        if (s_config.path.isEmpty()) {
            *error = QStringLiteral("sqlite: needs a file path, e.g. sqlite:/var/lib/guichet/guichet.sqlite");
            return false;
        }
        return true;
    }
    const QUrl parsed(url, QUrl::StrictMode);
    if (parsed.isValid() && (parsed.scheme() == QStringLiteral("postgresql") || parsed.scheme() == QStringLiteral("postgres"))) {
        s_config.kind = Kind::Postgresql;
        s_config.host = parsed.host().isEmpty() ? QStringLiteral("127.0.0.1") : parsed.host();
        s_config.port = parsed.port(5432);
        s_config.user = parsed.userName();
        s_config.password = parsed.password();
        s_config.name = parsed.path().mid(1);
        if (s_config.name.isEmpty()) {
            *error = QStringLiteral("postgresql URL needs a database name: postgresql://USER@HOST:PORT/DB");
            return false;
        }
        return true;
    }
    *error = QStringLiteral("--db must be sqlite:PATH or postgresql://USER@HOST:PORT/DB, not %1").arg(url);
    return false;
}

Database::Kind Database::kind()
{
    return s_config.kind;
}

QSqlDatabase Database::connection()
{
    thread_local QString name;
    if (name.isEmpty()) {
        name = QStringLiteral("guichet-%1").arg(++s_connections);
        QSqlDatabase db = QSqlDatabase::addDatabase(s_config.kind == Kind::Sqlite ? QStringLiteral("QSQLITE") : QStringLiteral("QPSQL"), name);
        if (s_config.kind == Kind::Sqlite) {
            db.setDatabaseName(s_config.path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=30000"));
        } else {
            db.setHostName(s_config.host);
            db.setPort(s_config.port);
            db.setUserName(s_config.user);
            db.setPassword(s_config.password);
            db.setDatabaseName(s_config.name);
            db.setConnectOptions(QStringLiteral("connect_timeout=5"));
        }
    }
    QSqlDatabase db = QSqlDatabase::database(name, false);
    if (!db.isOpen()) {
        if (!db.open())
            throw DbError(QStringLiteral("cannot open the database: %1").arg(db.lastError().text()), false);
        if (s_config.kind == Kind::Sqlite) {
            // Every commit on disk before the answer (a booking confirmed is a booking kept).
            for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON"}) {
                QSqlQuery q(db);
                if (!q.exec(QString::fromLatin1(pragma)))
                    throw DbError(q.lastError().text(), false);
            }
        }
    }
    return db;
}

namespace {
/** PostgreSQL statements prepared once per connection: QPSQL otherwise prepares and frees a
 *  statement on the server for every call, two extra round trips each time. QPSQL reads the
 *  whole result at exec(), so a cached statement holds no cursor open. (SQLite prepares in
 *  process, and a statement left unfinished would hold its read snapshot: not cached.) */
thread_local QHash<QString, QSqlQuery> t_prepared;
} // namespace

QSqlQuery Database::run(const QString &sql, std::initializer_list<QVariant> binds)
{
    QSqlDatabase db = connection();
    const bool cache = binds.size() > 0 && s_config.kind == Kind::Postgresql;
    QSqlQuery q = cache ? t_prepared.value(sql, QSqlQuery(db)) : QSqlQuery(db);
    q.setForwardOnly(true);
    // Statements without values run as they are: PostgreSQL cannot PREPARE a CREATE or a BEGIN.
    bool done = false;
    if (binds.size() == 0) {
        done = q.exec(sql);
    } else {
        if (q.lastQuery() != sql) {
            if (!q.prepare(sql))
                throw DbError(QStringLiteral("%1 [%2]").arg(q.lastError().text(), sql), false);
            if (cache)
                t_prepared.insert(sql, q);
        }
        int i = 0;
        for (const QVariant &v : binds)
            q.bindValue(i++, v);
        done = q.exec();
    }
    if (!done) {
        const QSqlError error = q.lastError();
        // A connection the database closed (restart, idle timeout): open it again next time,
        // and prepare every statement again on the new one.
        if (error.type() == QSqlError::ConnectionError) {
            t_prepared.clear();
            db.close();
        }
        throw DbError(error.text(), isConstraint(error));
    }
    return q;
}

int Database::change(const QString &sql, std::initializer_list<QVariant> binds)
{
    return run(sql, binds).numRowsAffected();
}

namespace {
/** SQLite has one writer at a time. Writers of this process queue here rather than in SQLite's
 *  busy handler, which sleeps in steps of up to 100 ms and made the p99 of a burst ~0.5 s. */
QMutex s_sqliteWriter;
} // namespace

Transaction::Transaction()
{
    if (Database::kind() == Database::Kind::Sqlite) {
        s_sqliteWriter.lock();
        m_locked = true;
    }
    try {
        Database::run(Database::kind() == Database::Kind::Sqlite ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("BEGIN"));
    } catch (...) {
        release();
        throw;
    }
}

Transaction::~Transaction()
{
    if (!m_done) {
        try {
            Database::run(QStringLiteral("ROLLBACK"));
        } catch (const DbError &) {
            // The connection is gone: so is the transaction.
        }
    }
    release();
}

void Transaction::commit()
{
    Database::run(QStringLiteral("COMMIT"));
    m_done = true;
    release();
}

void Transaction::release()
{
    if (m_locked) {
        m_locked = false;
        s_sqliteWriter.unlock();
    }
}

} // namespace guichet::server
