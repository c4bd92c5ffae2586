// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveroptions.h"

#include "clock.h"
#include "configfile.h"
#include "packsignature.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>
#include <cstdio>

namespace guichet::server::serveroptions {

namespace {

QString option(const char *name)
{
    return QString::fromLatin1(name);
}

void declare(QCommandLineParser &cli)
{
    cli.setApplicationDescription(QStringLiteral("The Guichet booking server and staff console."));
    cli.addHelpOption();
    cli.addVersionOption();
    cli.addPositionalArgument(QStringLiteral("command"),
                              QStringLiteral("serve (default) | token add|list|revoke | import | backup FILE | restore FILE | setup-postgresql"));
    cli.addOptions({
        {option("config"), QStringLiteral("Read options from this file (/etc/guichet/server.conf: key = value lines); options after it win."), QStringLiteral("file")},
        {option("db"), QStringLiteral("sqlite:PATH, postgresql://USER[:PASSWORD]@HOST:PORT/DB (TCP), or postgresql://USER@/DB[?host=SOCKETDIR&port=N] "
                                      "(the local socket, /var/run/postgresql unless host= names another; peer authentication)."),
         QStringLiteral("url")},
        {option("data"), QStringLiteral("Data directory for the default SQLite file."), QStringLiteral("dir"), QStringLiteral("guichet-data")},
        {option("listen"), QStringLiteral("HOST:PORT (port 0: any free port)."), QStringLiteral("address"), QStringLiteral("127.0.0.1:8080")},
        {option("tls-cert"), QStringLiteral("PEM certificate: serve HTTPS."), QStringLiteral("file")},
        {option("tls-key"), QStringLiteral("PEM private key of the certificate."), QStringLiteral("file")},
        {option("rate-per-token"), QStringLiteral("Requests per second per token (0: no limit)."), QStringLiteral("n"), QStringLiteral("20")},
        {option("rate-per-address"), QStringLiteral("Requests per second per address (0: no limit)."), QStringLiteral("n"), QStringLiteral("100")},
        {option("threads"), QStringLiteral("Request threads."), QStringLiteral("n"), QStringLiteral("64")},
        {option("access-log"), QStringLiteral("Log each request's route, status and time (never its content).")},
        {option("pack-key"), QStringLiteral("A public key (guichet-pack keygen) whose packs staff may publish; repeatable."), QStringLiteral("file")},
        {option("keep-personal-days"), QStringLiteral("Days after an appointment before its phone and name are erased."), QStringLiteral("n"), QStringLiteral("7")},
        {option("role"), QStringLiteral("token add: kiosk or staff. setup-postgresql: the role to make (guichet-server)."), QStringLiteral("role")},
        {option("database"), QStringLiteral("setup-postgresql: the database to make (guichet)."), QStringLiteral("name")},
        {option("pg-socket"), QStringLiteral("setup-postgresql: PostgreSQL's socket directory (/var/run/postgresql)."), QStringLiteral("dir")},
        {option("pg-port"), QStringLiteral("setup-postgresql: PostgreSQL's port (5432)."), QStringLiteral("n")},
        {option("kiosk"), QStringLiteral("token add: the kiosk's id."), QStringLiteral("id")},
        {option("pack"), QStringLiteral("import: the content pack directory."), QStringLiteral("dir")},
        {option("now"), QStringLiteral("Tests: set the clock to this ISO 8601 moment, from which it runs on (today, slots, leases, erasure)."), QStringLiteral("moment")},
    });
}

} // namespace

bool process(QCommandLineParser &cli)
{
    declare(cli);
    // The keys server.conf may hold: what the service is, not one command's arguments.
    static const QStringList configKeys{option("db"), option("data"), option("listen"), option("tls-cert"), option("tls-key"),
                                        option("rate-per-token"), option("rate-per-address"), option("threads"), option("pack-key"),
                                        option("keep-personal-days")};
    QStringList problems;
    cli.process(configfile::expandArguments(QCoreApplication::arguments(), configKeys, &problems));
    for (const QString &problem : std::as_const(problems))
        std::fprintf(stderr, "guichet-server: %s\n", qPrintable(problem));
    return problems.isEmpty();
}

bool isCommand(const QString &command)
{
    static const QStringList commands{QStringLiteral("serve"), QStringLiteral("token"), QStringLiteral("import"), QStringLiteral("backup"),
                                      QStringLiteral("restore"), QStringLiteral("setup-postgresql")};
    return commands.contains(command);
}

bool postgresqlSetup(const QCommandLineParser &cli, operations::PostgresqlSetup *setup, QString *error)
{
    if (cli.isSet(option("pg-socket")))
        setup->socketDir = cli.value(option("pg-socket"));
    if (cli.isSet(option("pg-port"))) {
        bool ok = false;
        setup->port = cli.value(option("pg-port")).toInt(&ok);
        if (!ok || setup->port <= 0 || setup->port > 65535) {
            *error = QStringLiteral("--pg-port needs a port number, not %1").arg(cli.value(option("pg-port")));
            return false;
        }
    }
    if (cli.isSet(option("role")))
        setup->role = cli.value(option("role"));
    if (cli.isSet(option("database")))
        setup->database = cli.value(option("database"));
    if (!QDir::isAbsolutePath(setup->socketDir)) {
        *error = QStringLiteral("--pg-socket needs PostgreSQL's socket directory, an absolute path, not %1").arg(setup->socketDir);
        return false;
    }
    return true;
}

bool pinClock(const QCommandLineParser &cli, QString *error)
{
    if (!cli.isSet(option("now")))
        return true;
    const std::optional<QDateTime> now = Clock::parseMoment(cli.value(option("now")));
    if (!now) {
        *error = QStringLiteral("--now needs an ISO 8601 moment such as 2026-12-07T09:30:00+01:00, not %1").arg(cli.value(option("now")));
        return false;
    }
    Clock::pin(*now);
    return true;
}

bool databaseUrl(const QCommandLineParser &cli, QString *url, QString *error)
{
    *url = cli.value(option("db"));
    if (!url->isEmpty())
        return true;
    const QString data = cli.value(option("data"));
    if (!QDir().mkpath(data)) {
        *error = QStringLiteral("cannot create the data directory %1").arg(data);
        return false;
    }
    *url = QStringLiteral("sqlite:") + QDir(data).filePath(QStringLiteral("guichet.sqlite"));
    return true;
}

bool apiOptions(const QCommandLineParser &cli, ApiOptions *options, QString *error)
{
    const QString listen = cli.value(option("listen"));
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    options->host = listen.left(colon);
    options->port = listen.mid(colon + 1).toInt(&portOk);
    if (colon <= 0 || !portOk || options->port < 0 || options->port > 65535) {
        *error = QStringLiteral("--listen needs HOST:PORT, not %1").arg(listen);
        return false;
    }
    options->tlsCert = cli.value(option("tls-cert"));
    options->tlsKey = cli.value(option("tls-key"));
    if (options->tlsCert.isEmpty() != options->tlsKey.isEmpty()) {
        *error = QStringLiteral("HTTPS needs both --tls-cert and --tls-key");
        return false;
    }
    // Checked here, as the user the server runs as: cpp-httplib would only fail to set up TLS,
    // without saying which file.
    for (const QString &file : {options->tlsCert, options->tlsKey}) {
        if (!file.isEmpty() && !QFile(file).open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1 (it must be readable by the user guichet-server)").arg(file);
            return false;
        }
    }
    options->ratePerToken = cli.value(option("rate-per-token")).toDouble();
    options->ratePerAddress = cli.value(option("rate-per-address")).toDouble();
    options->threads = std::clamp(cli.value(option("threads")).toInt(), 1, 256);
    options->accessLog = cli.isSet(option("access-log"));
    return packsignature::readPublicKeys(cli.values(option("pack-key")), &options->packKeys, error);
}

int keepPersonalDays(const QCommandLineParser &cli)
{
    return std::max(0, cli.value(option("keep-personal-days")).toInt());
}

} // namespace guichet::server::serveroptions
