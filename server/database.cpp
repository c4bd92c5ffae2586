// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include <QHash>
#include <QMutex>
#include <QSqlError>
#include <QThread>
#include <QUrl>
#include <QUrlQuery>

#include <atomic>
#include <chrono>
#include <thread>

namespace guichet::server {

namespace {

Database::Settings s_config;
std::atomic<int> s_connections{0};
std::atomic<bool> s_checkpointInBackground{false};

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
        // No host: the local socket (QPSQL passes an empty host to libpq); ?host=/dir: that socket.
        const QUrlQuery query(parsed);
        s_config.host = query.hasQueryItem(QStringLiteral("host")) ? query.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded) : parsed.host();
        s_config.port = query.hasQueryItem(QStringLiteral("port")) ? query.queryItemValue(QStringLiteral("port")).toInt() : parsed.port(5432);
        if (s_config.port <= 0 || s_config.port > 65535) {
            *error = QStringLiteral("postgresql URL: port %1 is not a port").arg(query.queryItemValue(QStringLiteral("port")));
            return false;
        }
        s_config.user = parsed.userName();
        s_config.password = parsed.password();
        s_config.name = parsed.path().mid(1);
        if (s_config.name.isEmpty()) {
            *error = QStringLiteral("postgresql URL needs a database name: postgresql://USER@HOST:PORT/DB");
            return false;
        }
        return true;
    }
    *error = QStringLiteral("--db must be sqlite:PATH, postgresql://USER@HOST:PORT/DB or postgresql://USER@/DB (the local socket), not %1").arg(url);
    return false;
}

const Database::Settings &Database::settings()
{
    return s_config;
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
            QStringList pragmas{QStringLiteral("PRAGMA journal_mode=WAL"), QStringLiteral("PRAGMA synchronous=FULL"),
                                QStringLiteral("PRAGMA foreign_keys=ON")};
            if (s_checkpointInBackground)
                pragmas << QStringLiteral("PRAGMA wal_autocheckpoint=0");
            for (const QString &pragma : pragmas) {
                QSqlQuery q(db);
                if (!q.exec(pragma))
                    throw DbError(q.lastError().text(), false);
            }
        }
    }
    return db;
}

namespace {
std::atomic<bool> s_checkpointsStopping{false};
std::thread s_checkpoints;
} // namespace

void Database::checkpointInBackground()
{
    if (s_config.kind != Kind::Sqlite || s_checkpointInBackground.exchange(true))
        return;
    s_checkpoints = std::thread([] {
        while (!s_checkpointsStopping) {
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
            try {
                run(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
                endStatements();
            } catch (const DbError &e) {
                qWarning("checkpoint: %s", e.what());
            }
        }
    });
}

void Database::stopCheckpoints()
{
    if (!s_checkpoints.joinable())
        return;
    s_checkpointsStopping = true;
    s_checkpoints.join(); // before the process's connections are torn down
}

namespace {
/**
 * Statements prepared once per connection and kept. QPSQL otherwise prepares and frees a
 * statement on the server for every call, two extra round trips each time; SQLite spent a third
 * of a booking's instructions parsing SQL (callgrind). QPSQL reads the whole result at exec(),
 * but a SQLite statement left on a row keeps its read snapshot: endStatements() resets them all
 * once a request or a batch is done. The same SQL is never iterated twice at once here.
 */
thread_local QHash<QString, QSqlQuery> t_prepared;
} // namespace

QSqlQuery Database::run(const QString &sql, std::initializer_list<QVariant> binds)
{
    QSqlDatabase db = connection();
    // PostgreSQL cannot PREPARE a CREATE or a BEGIN: statements without values run as they are there.
    const bool prepared = binds.size() > 0 || s_config.kind == Kind::Sqlite;
    QSqlQuery q = prepared ? t_prepared.value(sql, QSqlQuery(db)) : QSqlQuery(db);
    q.setForwardOnly(true);
    bool done = false;
    if (!prepared) {
        done = q.exec(sql);
    } else {
        if (q.lastQuery() != sql) {
            if (!q.prepare(sql))
                throw DbError(QStringLiteral("%1 [%2]").arg(q.lastError().text(), sql), false);
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

void Database::endStatements()
{
    for (QSqlQuery &q : t_prepared) {
        if (q.isActive())
            q.finish();
    }
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
        // A kept statement's old read snapshot would make BEGIN IMMEDIATE fail with SQLITE_BUSY.
        Database::endStatements();
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
        Database::endStatements(); // as commit() does: nothing read survives the transaction
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
    // SQLite refuses to commit while a statement is unfinished (an UPDATE … RETURNING read
    // once): what a transaction reads is read before it commits.
    Database::endStatements();
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
