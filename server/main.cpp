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
#include "bookings.h"
#include "clock.h"
#include "database.h"
#include "groupcommit.h"
#include "operations.h"
#include "serveroptions.h"
#include "schedule.h"
#include "tokens.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
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
    if (!serveroptions::process(cli))
        return 2;
    const QStringList args = cli.positionalArguments();
    const QString command = args.value(0, QStringLiteral("serve"));
    if (!serveroptions::isCommand(command))
        return fail(QStringLiteral("unknown command %1 (serve, token, import, backup, restore, setup-postgresql)").arg(command));
    QString error;
    // Before any database: it makes the one the server will use.
    if (command == QStringLiteral("setup-postgresql")) {
        operations::PostgresqlSetup setup;
        if (!serveroptions::postgresqlSetup(cli, &setup, &error))
            return fail(error);
        return operations::setupPostgresql(setup);
    }
    if (!serveroptions::pinClock(cli, &error))
        return fail(error);
    // The serving options first: a wrong one stops the server before it touches the database.
    ApiOptions options;
    if (command == QStringLiteral("serve") && !serveroptions::apiOptions(cli, &options, &error))
        return fail(error);
    QString url;
    if (!serveroptions::databaseUrl(cli, &url, &error) || !Database::configure(url, &error))
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
        housekeeping(schedule, serveroptions::keepPersonalDays(cli));
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
