// SPDX-License-Identifier: GPL-3.0-or-later
// guichet-server: the central booking server (docs/PROTOCOL.md) and its staff console.
//   guichet-server [--db URL] [--listen HOST:PORT] [--tls-cert F --tls-key F]   serve
//   guichet-server [--db URL] token add --role kiosk --kiosk ID | --role staff
//   guichet-server [--db URL] token list | token revoke ID
//   guichet-server [--db URL] import --pack DIR
//   guichet-server [--db URL] backup FILE | restore FILE
//   guichet-server setup-postgresql [--pg-socket DIR] [--pg-port N] [--role NAME] [--database NAME]
//   --config /etc/guichet/server.conf stands for the options written there (key = value).
#include "api.h"
#include "packsignature.h"
#include "bookings.h"
#include "configfile.h"
#include "clock.h"
#include "database.h"
#include "groupcommit.h"
#include "operations.h"
#include "schedule.h"
#include "tokens.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>

using namespace guichet;
using namespace guichet::server;

namespace {

Api *s_api = nullptr;

void stopOnSignal(int)
{
    if (s_api)
        s_api->stop();
}

int fail(const QString &message)
{
    std::fprintf(stderr, "guichet-server: %s\n", qPrintable(message));
    return 2;
}

int tokenCommand(const QStringList &args, const QCommandLineParser &cli)
{
    const QString what = args.value(1);
    if (what == QStringLiteral("add")) {
        const QString role = cli.value(QStringLiteral("role"));
        const QString kiosk = cli.value(QStringLiteral("kiosk"));
        if (role == QStringLiteral("staff")) {
            std::printf("%s\n", qPrintable(tokens::add(Caller::Role::Staff, {})));
            return 0;
        }
        if (role != QStringLiteral("kiosk"))
            return fail(QStringLiteral("token add needs --role kiosk or --role staff"));
        if (!QRegularExpression(QStringLiteral("^[A-Za-z0-9_-]{1,64}$")).match(kiosk).hasMatch())
            return fail(QStringLiteral("a kiosk token needs --kiosk ID (letters, digits, - and _, at most 64)"));
        std::printf("%s\n", qPrintable(tokens::add(Caller::Role::Kiosk, kiosk)));
        return 0;
    }
    if (what == QStringLiteral("list")) {
        for (const TokenRow &t : tokens::list())
            std::printf("%lld\t%s\t%s\t%s\t%s\n", t.id, qPrintable(t.role), qPrintable(t.kiosk.isEmpty() ? QStringLiteral("-") : t.kiosk),
                        qPrintable(QDateTime::fromSecsSinceEpoch(t.createdAt).toString(Qt::ISODate)),
                        t.revokedAt ? "revoked" : "valid");
        return 0;
    }
    if (what == QStringLiteral("revoke")) {
        bool ok = false;
        const qint64 id = args.value(2).toLongLong(&ok);
        if (!ok)
            return fail(QStringLiteral("token revoke needs the token's number (see token list)"));
        if (!tokens::revoke(id))
            return fail(QStringLiteral("no valid token %1").arg(id));
        std::printf("revoked %lld\n", id);
        return 0;
    }
    return fail(QStringLiteral("token add|list|revoke"));
}

/** Housekeeping on its own thread: phone numbers and names leave the server `days` after the
 *  appointment (checked hourly), and a pack published through another server process becomes
 *  this one's schedule within 30 s. */
void housekeeping(Schedule &schedule, int days)
{
    std::thread([&schedule, days] {
        for (int round = 0;; ++round) {
            try {
                if (round % 120 == 0) {
                    // The UTC day: Brussels offices erase at most two hours after their midnight.
                    const QString before = Clock::now().date().addDays(-days).toString(Qt::ISODate);
                    if (const int erased = bookings::forgetPersonalData(before))
                        qInfo("erased the phone and name of %d past booking(s)", erased);
                }
                if (round > 0 && schedule.reload())
                    qInfo("a new content pack is this server's schedule");
            } catch (const DbError &e) {
                qWarning("housekeeping: %s", e.what());
            }
            std::this_thread::sleep_for(std::chrono::seconds(30));
        }
    }).detach();
}

int importCommand(const QCommandLineParser &cli)
{
    const QString dir = cli.value(QStringLiteral("pack"));
    if (dir.isEmpty())
        return fail(QStringLiteral("import needs --pack DIR"));
    QStringList problems;
    int offices = 0;
    int services = 0;
    Transaction tx;
    if (!Schedule::import(PackFiles::fromDirectory(dir), &problems, &offices, &services)) {
        for (const QString &p : std::as_const(problems))
            std::fprintf(stderr, "%s\n", qPrintable(p));
        return fail(QStringLiteral("%1 problem(s) in %2: nothing imported").arg(problems.size()).arg(dir));
    }
    tx.commit();
    std::printf("imported %d offices, %d services from %s\n", offices, services, qPrintable(dir));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("guichet-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GUICHET_VERSION));
    QCommandLineParser cli;
    cli.setApplicationDescription(QStringLiteral("The Guichet booking server and staff console."));
    cli.addHelpOption();
    cli.addVersionOption();
    cli.addPositionalArgument(QStringLiteral("command"), QStringLiteral("serve (default) | token add|list|revoke | import | backup FILE | restore FILE | setup-postgresql"));
    cli.addOptions({
        {QStringLiteral("config"), QStringLiteral("Read options from this file (/etc/guichet/server.conf: key = value lines); options after it win."), QStringLiteral("file")},
        {QStringLiteral("db"), QStringLiteral("sqlite:PATH, postgresql://USER@HOST:PORT/DB, or postgresql://USER@/DB[?host=SOCKETDIR&port=N] (local socket, peer authentication)"), QStringLiteral("url")},
        {QStringLiteral("data"), QStringLiteral("Data directory for the default SQLite file."), QStringLiteral("dir"), QStringLiteral("guichet-data")},
        {QStringLiteral("listen"), QStringLiteral("HOST:PORT (port 0: any free port)."), QStringLiteral("address"), QStringLiteral("127.0.0.1:8080")},
        {QStringLiteral("tls-cert"), QStringLiteral("PEM certificate: serve HTTPS."), QStringLiteral("file")},
        {QStringLiteral("tls-key"), QStringLiteral("PEM private key of the certificate."), QStringLiteral("file")},
        {QStringLiteral("rate-per-token"), QStringLiteral("Requests per second per token (0: no limit)."), QStringLiteral("n"), QStringLiteral("20")},
        {QStringLiteral("rate-per-address"), QStringLiteral("Requests per second per address (0: no limit)."), QStringLiteral("n"), QStringLiteral("100")},
        {QStringLiteral("threads"), QStringLiteral("Request threads."), QStringLiteral("n"), QStringLiteral("64")},
        {QStringLiteral("access-log"), QStringLiteral("Log each request's route, status and time (never its content).")},
        {QStringLiteral("pack-key"), QStringLiteral("A public key (guichet-pack keygen) whose packs staff may publish; repeatable."), QStringLiteral("file")},
        {QStringLiteral("keep-personal-days"), QStringLiteral("Days after an appointment before its phone and name are erased."), QStringLiteral("n"), QStringLiteral("7")},
        {QStringLiteral("role"), QStringLiteral("token add: kiosk or staff. setup-postgresql: the role to make (guichet-server)."), QStringLiteral("role")},
        {QStringLiteral("database"), QStringLiteral("setup-postgresql: the database to make (guichet)."), QStringLiteral("name")},
        {QStringLiteral("pg-socket"), QStringLiteral("setup-postgresql: PostgreSQL's socket directory (/var/run/postgresql)."), QStringLiteral("dir")},
        {QStringLiteral("pg-port"), QStringLiteral("setup-postgresql: PostgreSQL's port (5432)."), QStringLiteral("n")},
        {QStringLiteral("kiosk"), QStringLiteral("token add: the kiosk's id."), QStringLiteral("id")},
        {QStringLiteral("pack"), QStringLiteral("import: the content pack directory."), QStringLiteral("dir")},
        {QStringLiteral("now"), QStringLiteral("Tests: set the clock to this ISO 8601 moment, from which it runs on (today, slots, leases, erasure)."), QStringLiteral("moment")},
    });
    // server.conf's lines stand where --config is. Any bad line is fatal: a server must not run
    // on half its configuration.
    QStringList configProblems;
    const QStringList configKeys{QStringLiteral("db"), QStringLiteral("data"), QStringLiteral("listen"), QStringLiteral("tls-cert"),
                                 QStringLiteral("tls-key"), QStringLiteral("rate-per-token"), QStringLiteral("rate-per-address"),
                                 QStringLiteral("threads"), QStringLiteral("pack-key"), QStringLiteral("keep-personal-days")};
    cli.process(configfile::expandArguments(QCoreApplication::arguments(), configKeys, &configProblems));
    for (const QString &problem : std::as_const(configProblems))
        fail(problem);
    if (!configProblems.isEmpty())
        return 2;
    const QStringList args = cli.positionalArguments();
    const QString command = args.value(0, QStringLiteral("serve"));
    if (command == QStringLiteral("setup-postgresql")) {
        operations::PostgresqlSetup setup;
        setup.socketDir = cli.value(QStringLiteral("pg-socket")).isEmpty() ? setup.socketDir : cli.value(QStringLiteral("pg-socket"));
        setup.port = cli.isSet(QStringLiteral("pg-port")) ? cli.value(QStringLiteral("pg-port")).toInt() : setup.port;
        setup.role = cli.isSet(QStringLiteral("role")) ? cli.value(QStringLiteral("role")) : setup.role;
        setup.database = cli.isSet(QStringLiteral("database")) ? cli.value(QStringLiteral("database")) : setup.database;
        return operations::setupPostgresql(setup);
    }
    if (cli.isSet(QStringLiteral("now"))) {
        const std::optional<QDateTime> now = Clock::parseMoment(cli.value(QStringLiteral("now")));
        if (!now)
            return fail(QStringLiteral("--now needs an ISO 8601 moment such as 2026-12-07T09:30:00+01:00, not %1").arg(cli.value(QStringLiteral("now"))));
        Clock::pin(*now);
    }

    QString url = cli.value(QStringLiteral("db"));
    if (url.isEmpty()) {
        const QString data = cli.value(QStringLiteral("data"));
        if (!QDir().mkpath(data))
            return fail(QStringLiteral("cannot create the data directory %1").arg(data));
        url = QStringLiteral("sqlite:") + QDir(data).filePath(QStringLiteral("guichet.sqlite"));
    }
    QString error;
    if (!Database::configure(url, &error))
        return fail(error);
    try {
        // Before migrate: a backup copies the database as it is, a restore replaces it whole.
        if (command == QStringLiteral("backup"))
            return operations::backup(args.value(1));
        if (command == QStringLiteral("restore"))
            return operations::restore(args.value(1));
        Database::migrate();
        if (command == QStringLiteral("token"))
            return tokenCommand(args, cli);
        if (command == QStringLiteral("import"))
            return importCommand(cli);
        if (command != QStringLiteral("serve"))
            return fail(QStringLiteral("unknown command %1 (serve, token, import, backup, restore, setup-postgresql)").arg(command));

        ApiOptions options;
        const QString listen = cli.value(QStringLiteral("listen"));
        const qsizetype colon = listen.lastIndexOf(u':');
        bool portOk = false;
        options.host = listen.left(colon);
        options.port = listen.mid(colon + 1).toInt(&portOk);
        if (colon <= 0 || !portOk || options.port < 0 || options.port > 65535)
            return fail(QStringLiteral("--listen needs HOST:PORT, not %1").arg(listen));
        options.tlsCert = cli.value(QStringLiteral("tls-cert"));
        options.tlsKey = cli.value(QStringLiteral("tls-key"));
        if (options.tlsCert.isEmpty() != options.tlsKey.isEmpty())
            return fail(QStringLiteral("HTTPS needs both --tls-cert and --tls-key"));
        for (const QString &file : {options.tlsCert, options.tlsKey}) {
            if (!file.isEmpty() && !QFile(file).open(QIODevice::ReadOnly))
                return fail(QStringLiteral("cannot read %1 (it must be readable by the user guichet-server)").arg(file));
        }
        options.ratePerToken = cli.value(QStringLiteral("rate-per-token")).toDouble();
        options.ratePerAddress = cli.value(QStringLiteral("rate-per-address")).toDouble();
        options.threads = std::clamp(cli.value(QStringLiteral("threads")).toInt(), 1, 256);
        options.accessLog = cli.isSet(QStringLiteral("access-log"));
        if (!packsignature::readPublicKeys(cli.values(QStringLiteral("pack-key")), &options.packKeys, &error))
            return fail(error);

        if (Database::kind() == Database::Kind::Sqlite && !operations::holdWhileServing(Database::settings().path))
            return fail(QStringLiteral("cannot lock %1: a restore may be running").arg(Database::settings().path));
        Schedule schedule;
        schedule.reload();
        if (!schedule.hasPack())
            qWarning("no content pack imported yet: run `guichet-server import --pack DIR` (offices and slots are empty)");
        Api api(schedule, options);
        if (!api.bind(&error))
            return fail(error);
        s_api = &api;
        housekeeping(schedule, std::max(0, cli.value(QStringLiteral("keep-personal-days")).toInt()));
        Database::checkpointInBackground();
        std::signal(SIGINT, stopOnSignal);
        std::signal(SIGTERM, stopOnSignal);
        std::printf("listening on %s://%s:%d\n", api.tls() ? "https" : "http", qPrintable(options.host), api.port());
        std::fflush(stdout);
        api.serve();
        s_api = nullptr;
        GroupCommit::shutdown();
        Database::stopCheckpoints();
        return 0;
    } catch (const DbError &e) {
        return fail(QString::fromUtf8(e.what()));
    }
}
