// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>
#include <stdexcept>

namespace guichet::server {

/** A storage failure (the database is down or full), not a bad request: answered 503. */
struct DbError : std::runtime_error {
    DbError(const QString &what, bool constraint)
        : std::runtime_error(what.toStdString())
        , constraint(constraint)
    {
    }
    bool constraint; // a unique or check constraint refused the row
};

/**
 * Where the server keeps its data, SQLite (`sqlite:PATH`) or PostgreSQL
 * (`postgresql://USER[:PASSWORD]@HOST[:PORT]/DB`; no host, as in `postgresql://USER@/DB`, is
 * PostgreSQL's local socket with peer authentication, and `?host=/socket/dir&port=N` names
 * another socket, as libpq's URLs do), through Qt Sql so both share one code path.
 * Each thread gets its own connection (a Qt Sql connection belongs to its thread).
 */
class Database
{
public:
    enum class Kind { Sqlite, Postgresql };

    /** Nothing opened yet; error says what is wrong with the URL. */
    static bool configure(const QString &url, QString *error);
    /** What configure() read: the SQLite file, or PostgreSQL's connection (an empty or
     *  absolute host: its local socket), for backup and restore. */
    struct Settings {
        Kind kind = Kind::Sqlite;
        QString path; // SQLite file
        QString host;
        int port = 5432;
        QString user;
        QString password;
        QString name;
    };
    [[nodiscard]] static const Settings &settings();
    [[nodiscard]] static Kind kind();
    [[nodiscard]] static QString kindName() { return kind() == Kind::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgresql"); }
    /** This thread's open connection; throws DbError when it cannot be opened. */
    [[nodiscard]] static QSqlDatabase connection();
    /**
     * SQLite: connections opened from now on leave the WAL to a thread of its own, which copies
     * it into the database every quarter second (PRAGMA wal_checkpoint(PASSIVE), which waits for
     * nobody), instead of the writer stalling on a checkpoint after every 1000th page. Serving only.
     */
    static void checkpointInBackground();
    /** Ends that thread (at shutdown). */
    static void stopCheckpoints();
    /** Applies every migration not yet applied, each in its own transaction. */
    static void migrate();

    /** Runs one statement with positional binds; throws DbError on failure. */
    static QSqlQuery run(const QString &sql, std::initializer_list<QVariant> binds = {});
    /** The same, for a statement that must affect rows: how many it did. */
    static int change(const QString &sql, std::initializer_list<QVariant> binds = {});
    /** Resets this thread's kept statements: called when a request or a batch of writes is done,
     *  so no SQLite statement holds a read snapshot between them. */
    static void endStatements();
};

/**
 * One transaction on this thread's connection: begun at construction (SQLite takes the write
 * lock at once, so two writers never deadlock upgrading), rolled back unless commit() was
 * called. Statements are written for both databases. Results are read before commit(), which
 * ends every statement of the connection.
 */
class Transaction
{
public:
    Transaction();
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    void commit();

private:
    void release();

    bool m_done = false;
    bool m_locked = false;
};

} // namespace guichet::server
