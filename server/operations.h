// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace guichet::server {

/**
 * The office IT person's commands beside serving: the PostgreSQL role and database, backups and
 * restores. Each prints what it did on stdout and returns the exit status (0, or 2 with the
 * reason on stderr). docs/SERVER-OPS.md says how to use them.
 */
namespace operations {

struct PostgresqlSetup {
    QString socketDir = QStringLiteral("/var/run/postgresql");
    int port = 5432;
    QString role = QStringLiteral("guichet-server");
    QString database = QStringLiteral("guichet");
};

/** `setup-postgresql`: as root (psql runs as the postgres user) on the database's machine,
 *  makes a LOGIN role without password (peer authentication) and a database it owns, unless
 *  they exist; prints the `db = ...` line for server.conf. Needs no --db. */
int setupPostgresql(const PostgresqlSetup &setup);

/** `backup FILE` of the configured database (Database::configure first): SQLite's online
 *  backup API (the server may be running), or pg_dump's custom format. Through FILE.tmp. */
int backup(const QString &file);

/** `restore FILE` into the configured database: the file is checked first (an intact Guichet
 *  database or dump), and on SQLite the server must be stopped. A bad file changes nothing. */
int restore(const QString &file);

/** While the server serves an SQLite database it holds a shared lock on it (flock, apart from
 *  SQLite's own locks), so that restore can tell it is running. False when it cannot. */
bool holdWhileServing(const QString &sqlitePath);

} // namespace operations

} // namespace guichet::server
