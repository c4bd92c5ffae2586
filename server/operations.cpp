// SPDX-License-Identifier: GPL-3.0-or-later
#include "operations.h"

#include "database.h"
#include "packfiles.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThread>

#include <cstdio>
#include <fcntl.h>
#include <sqlite3.h>
#include <sys/file.h>
#include <unistd.h>

namespace guichet::server::operations {

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "guichet-server: %s\n", qPrintable(message));
    return 2;
}

// ---- PostgreSQL ---------------------------------------------------------------------------

QString quotedIdentifier(const QString &name)
{
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString quotedLiteral(const QString &text)
{
    return u'\'' + QString(text).replace(u'\'', QStringLiteral("''")) + u'\'';
}

/** psql as the postgres superuser through the local socket: runuser when root, else as is
 *  (already postgres, or a user the cluster trusts). The answer's one value, or nullopt. */
std::optional<QString> psql(const PostgresqlSetup &setup, const QString &sql, QString *error)
{
    QStringList arguments{QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("-A"),
                          QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), setup.socketDir,
                          QStringLiteral("-p"), QString::number(setup.port), QStringLiteral("-d"), QStringLiteral("postgres"),
                          QStringLiteral("-c"), sql};
    QString program = QStandardPaths::findExecutable(QStringLiteral("psql"));
    if (program.isEmpty()) {
        *error = QStringLiteral("psql is not installed (apt-get install postgresql-client)");
        return std::nullopt;
    }
    if (::geteuid() == 0) {
        arguments.prepend(program);
        arguments.prepend(QStringLiteral("--"));
        arguments.prepend(QStringLiteral("postgres"));
        arguments.prepend(QStringLiteral("-u"));
        program = QStringLiteral("runuser");
    }
    QProcess process;
    process.setWorkingDirectory(QStringLiteral("/")); // root's home is not the postgres user's
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("psql on %1 port %2: %3").arg(setup.socketDir).arg(setup.port)
                     .arg(QString::fromUtf8(process.readAllStandardError()).trimmed());
        if (process.error() == QProcess::FailedToStart)
            *error = QStringLiteral("cannot run %1").arg(program);
        return std::nullopt;
    }
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

QStringList libpqArguments(const Database::Settings &db)
{
    QStringList arguments{QStringLiteral("--dbname"), db.name, QStringLiteral("--port"), QString::number(db.port)};
    if (!db.host.isEmpty())
        arguments << QStringLiteral("--host") << db.host;
    if (!db.user.isEmpty())
        arguments << QStringLiteral("--username") << db.user;
    return arguments;
}

/** pg_dump or pg_restore with the configured connection; its stderr in `error`. */
bool runPostgresqlTool(const QString &tool, const QStringList &arguments, QString *error, QString *output = nullptr)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty()) {
        *error = QStringLiteral("%1 is not installed (apt-get install postgresql-client)").arg(tool);
        return false;
    }
    QProcess process;
    if (!Database::settings().password.isEmpty()) {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PGPASSWORD"), Database::settings().password);
        process.setProcessEnvironment(environment);
    }
    process.start(program, arguments);
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 failed: %2").arg(tool, QString::fromUtf8(process.readAllStandardError()).trimmed());
        return false;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput());
    return true;
}

// ---- SQLite -------------------------------------------------------------------------------

struct SqliteFile {
    sqlite3 *db = nullptr;
    ~SqliteFile() { sqlite3_close(db); }
};

/** The one-row, one-column answer of `sql`, or nullopt with SQLite's message. */
std::optional<QString> sqliteValue(sqlite3 *db, const char *sql, QString *error)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &statement, nullptr) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(db));
        return std::nullopt;
    }
    std::optional<QString> value;
    if (sqlite3_step(statement) == SQLITE_ROW)
        value = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    else
        *error = QString::fromUtf8(sqlite3_errmsg(db));
    sqlite3_finalize(statement);
    return value;
}

/** An intact SQLite file that a Guichet server made (its schema_version and bookings tables):
 *  the number of bookings in it, or nullopt with why not. */
std::optional<int> checkGuichetSqlite(const QString &path, QString *error)
{
    SqliteFile file;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &file.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
        *error = QStringLiteral("%1 cannot be opened: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(file.db)));
        return std::nullopt;
    }
    QString why;
    const std::optional<QString> integrity = sqliteValue(file.db, "PRAGMA integrity_check", &why);
    if (!integrity || *integrity != QLatin1String("ok")) {
        *error = QStringLiteral("%1 is not an intact SQLite database: %2").arg(path, integrity.value_or(why));
        return std::nullopt;
    }
    if (!sqliteValue(file.db, "SELECT version FROM schema_version", &why)) {
        *error = QStringLiteral("%1 is not a Guichet database (no schema_version)").arg(path);
        return std::nullopt;
    }
    const std::optional<QString> bookings = sqliteValue(file.db, "SELECT count(*) FROM bookings", &why);
    if (!bookings) {
        *error = QStringLiteral("%1 is not a Guichet database (%2)").arg(path, why);
        return std::nullopt;
    }
    return bookings->toInt();
}

/** SQLite's online backup API from `from` to `to`, a few pages at a time so that a server
 *  writing to `from` waits at most a moment. */
bool sqliteCopy(sqlite3 *from, sqlite3 *to, QString *error)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup) {
        *error = QString::fromUtf8(sqlite3_errmsg(to));
        return false;
    }
    int status = SQLITE_OK;
    while (status == SQLITE_OK || status == SQLITE_BUSY || status == SQLITE_LOCKED) {
        status = sqlite3_backup_step(backup, 256);
        if (status == SQLITE_OK || status == SQLITE_BUSY || status == SQLITE_LOCKED)
            QThread::msleep(5);
    }
    sqlite3_backup_finish(backup);
    if (status != SQLITE_DONE) {
        *error = QString::fromUtf8(sqlite3_errstr(status));
        return false;
    }
    return true;
}

/** The copy in place of `file`, durably: fsync, rename, fsync of the directory. */
bool moveIntoPlace(const QString &partial, const QString &file, QString *error)
{
    if (!syncPath(partial) || std::rename(QFile::encodeName(partial).constData(), QFile::encodeName(file).constData()) != 0) {
        *error = QStringLiteral("cannot write %1").arg(file);
        return false;
    }
    syncPath(QFileInfo(file).absolutePath());
    return true;
}

int backupSqlite(const QString &file)
{
    const QString partial = file + QStringLiteral(".tmp");
    QFile::remove(partial);
    QString error;
    {
        SqliteFile live;
        SqliteFile copy;
        if (sqlite3_open_v2(QFile::encodeName(Database::settings().path).constData(), &live.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK)
            return fail(QStringLiteral("cannot open %1: %2").arg(Database::settings().path, QString::fromUtf8(sqlite3_errmsg(live.db))));
        sqlite3_busy_timeout(live.db, 30000);
        if (sqlite3_open_v2(QFile::encodeName(partial).constData(), &copy.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK
            || !sqliteCopy(live.db, copy.db, &error)) {
            QFile::remove(partial);
            return fail(QStringLiteral("backup failed: %1").arg(error.isEmpty() ? QString::fromUtf8(sqlite3_errmsg(copy.db)) : error));
        }
    }
    const std::optional<int> bookings = checkGuichetSqlite(partial, &error);
    if (!bookings || !moveIntoPlace(partial, file, &error)) {
        QFile::remove(partial);
        return fail(QStringLiteral("backup failed: %1").arg(error));
    }
    std::printf("backup: %s (%d bookings)\n", qPrintable(file), *bookings);
    return 0;
}

int restoreSqlite(const QString &file)
{
    QString error;
    const std::optional<int> bookings = checkGuichetSqlite(file, &error);
    if (!bookings)
        return fail(QStringLiteral("nothing restored: %1").arg(error));
    const QString path = Database::settings().path;
    // A running server holds a shared flock on its database (holdWhileServing).
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(QStringLiteral("nothing restored: cannot open %1").arg(path));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return fail(QStringLiteral("nothing restored: a server is running on %1; stop the server first").arg(path));
    }
    {
        SqliteFile from;
        SqliteFile live;
        if (sqlite3_open_v2(QFile::encodeName(file).constData(), &from.db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK
            || sqlite3_open_v2(QFile::encodeName(path).constData(), &live.db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK
            || !sqliteCopy(from.db, live.db, &error)) {
            ::close(fd);
            return fail(QStringLiteral("restore failed: %1").arg(error));
        }
    }
    ::close(fd);
    std::printf("restored: %s (%d bookings)\n", qPrintable(file), *bookings);
    return 0;
}

// ---- PostgreSQL backup and restore --------------------------------------------------------

int countBookings()
{
    QSqlQuery query = Database::run(QStringLiteral("SELECT count(*) FROM bookings"));
    return query.next() ? query.value(0).toInt() : 0;
}

int backupPostgresql(const QString &file)
{
    // The count and the dump read one snapshot: this transaction exports it to pg_dump and stays
    // open until pg_dump is done, so the line printed says what FILE holds.
    Database::run(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"));
    QSqlQuery exported = Database::run(QStringLiteral("SELECT pg_export_snapshot()"));
    const QString snapshot = exported.next() ? exported.value(0).toString() : QString();
    const int bookings = countBookings();
    const QString partial = file + QStringLiteral(".tmp");
    QFile::remove(partial);
    QString error;
    const bool dumped = runPostgresqlTool(QStringLiteral("pg_dump"),
                                          QStringList{QStringLiteral("--format=custom"), QStringLiteral("--snapshot"), snapshot,
                                                      QStringLiteral("--file"), partial}
                                              + libpqArguments(Database::settings()),
                                          &error);
    Database::run(QStringLiteral("ROLLBACK"));
    if (!dumped || !moveIntoPlace(partial, file, &error)) {
        QFile::remove(partial);
        return fail(QStringLiteral("backup failed: %1").arg(error));
    }
    std::printf("backup: %s (%d bookings)\n", qPrintable(file), bookings);
    return 0;
}

int restorePostgresql(const QString &file)
{
    QString error;
    QString contents;
    if (!runPostgresqlTool(QStringLiteral("pg_restore"), {QStringLiteral("--list"), file}, &error, &contents))
        return fail(QStringLiteral("nothing restored: %1 is not a pg_dump archive (%2)").arg(file, error));
    if (!contents.contains(QRegularExpression(QStringLiteral("TABLE DATA \\S+ bookings ")))
        || !contents.contains(QRegularExpression(QStringLiteral("TABLE DATA \\S+ schema_version "))))
        return fail(QStringLiteral("nothing restored: %1 is not a dump of a Guichet database").arg(file));
    if (!runPostgresqlTool(QStringLiteral("pg_restore"),
                           QStringList{QStringLiteral("--clean"), QStringLiteral("--if-exists"), QStringLiteral("--single-transaction"),
                                       QStringLiteral("--no-owner"), QStringLiteral("--exit-on-error")}
                               + libpqArguments(Database::settings()) + QStringList{file},
                           &error))
        return fail(QStringLiteral("restore failed, nothing changed (one transaction): %1").arg(error));
    std::printf("restored: %s (%d bookings)\n", qPrintable(file), countBookings());
    return 0;
}

} // namespace

int setupPostgresql(const PostgresqlSetup &setup)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]{0,62}$"));
    if (!name.match(setup.role).hasMatch() || !name.match(setup.database).hasMatch())
        return fail(QStringLiteral("--role and --database are letters, digits, - and _ (at most 63)"));
    QString error;
    const std::optional<QString> role = psql(setup, QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname = %1").arg(quotedLiteral(setup.role)), &error);
    if (!role)
        return fail(QStringLiteral("%1 (is PostgreSQL running? pg_lsclusters)").arg(error));
    if (*role == QLatin1String("0")) {
        if (!psql(setup, QStringLiteral("CREATE ROLE %1 LOGIN").arg(quotedIdentifier(setup.role)), &error))
            return fail(error);
        std::printf("created role %s (LOGIN, no password: peer authentication on the local socket)\n", qPrintable(setup.role));
    } else {
        std::printf("role %s exists\n", qPrintable(setup.role));
    }
    const std::optional<QString> database = psql(setup, QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = %1").arg(quotedLiteral(setup.database)), &error);
    if (!database)
        return fail(error);
    if (*database == QLatin1String("0")) {
        if (!psql(setup, QStringLiteral("CREATE DATABASE %1 OWNER %2").arg(quotedIdentifier(setup.database), quotedIdentifier(setup.role)), &error))
            return fail(error);
        std::printf("created database %s owned by %s\n", qPrintable(setup.database), qPrintable(setup.role));
    } else {
        std::printf("database %s exists\n", qPrintable(setup.database));
    }
    QString url = QStringLiteral("postgresql://%1@/%2").arg(setup.role, setup.database);
    const PostgresqlSetup defaults;
    if (setup.socketDir != defaults.socketDir || setup.port != defaults.port)
        url += QStringLiteral("?host=%1&port=%2").arg(setup.socketDir).arg(setup.port);
    std::printf("put this line in /etc/guichet/server.conf:\ndb = %s\n", qPrintable(url));
    return 0;
}

int backup(const QString &file)
{
    if (file.isEmpty())
        return fail(QStringLiteral("backup needs a FILE"));
    return Database::kind() == Database::Kind::Sqlite ? backupSqlite(file) : backupPostgresql(file);
}

int restore(const QString &file)
{
    if (file.isEmpty() || !QFileInfo(file).isFile())
        return fail(QStringLiteral("restore needs a FILE that exists, not %1").arg(file));
    return Database::kind() == Database::Kind::Sqlite ? restoreSqlite(file) : restorePostgresql(file);
}

bool holdWhileServing(const QString &sqlitePath)
{
    // Kept open for the life of the process; closing it would drop the lock.
    const int fd = ::open(QFile::encodeName(sqlitePath).constData(), O_RDONLY | O_CLOEXEC);
    return fd >= 0 && ::flock(fd, LOCK_SH | LOCK_NB) == 0;
}

} // namespace guichet::server::operations
