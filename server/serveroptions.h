// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api.h"
#include "operations.h"

#include <QCommandLineParser>
#include <QString>

namespace guichet::server::serveroptions {

/**
 * guichet-server's command line: declares every option on `cli` and parses the process's
 * arguments, with the file named by `--config` (/etc/guichet/server.conf) read in its place.
 * --help, --version and unknown options end the process as QCommandLineParser does; a line of
 * the file the server cannot use is printed ("guichet-server: FILE:LINE: why") and makes this
 * return false: a server must not run on half its configuration.
 */
[[nodiscard]] bool process(QCommandLineParser &cli);

/** A command guichet-server knows: any other is refused before a database is opened. */
[[nodiscard]] bool isCommand(const QString &command);

/** `setup-postgresql`'s options (--pg-socket, --pg-port, --role, --database) over its defaults. */
[[nodiscard]] bool postgresqlSetup(const QCommandLineParser &cli, operations::PostgresqlSetup *setup, QString *error);

/** --now: pins the clock (tests). */
[[nodiscard]] bool pinClock(const QCommandLineParser &cli, QString *error);

/** --db, or the SQLite file in --data (the directory made if missing). */
[[nodiscard]] bool databaseUrl(const QCommandLineParser &cli, QString *url, QString *error);

/** What serving needs: --listen, the TLS files (which must be readable now, not at the first
 *  HTTPS connection), rates, threads, --access-log, --pack-key. */
[[nodiscard]] bool apiOptions(const QCommandLineParser &cli, ApiOptions *options, QString *error);

/** --keep-personal-days, at least 0. */
[[nodiscard]] int keepPersonalDays(const QCommandLineParser &cli);

} // namespace guichet::server::serveroptions
