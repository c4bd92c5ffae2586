// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverbench.h"

#include "clock.h"
#include "installeddata.h"
#include "probe.h"
#include "serverload.h"

#include <httplib.h>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QThread>
#include <QTimeZone>

#include <signal.h>

#include <algorithm>
#include <cmath>

namespace guichet {

namespace {

using serverload::succeeded;
using serverload::ToolRun;

/** Seats given to the benchmarked service's slots, so no run ever fills one. */
constexpr int kSeats = 1000000;

extern "C" void onInterrupt(int)
{
    serverload::interrupted = true;
}

/** What the command line asks for. */
struct Settings {
    QString db; // sqlite, postgresql or a postgresql:// URL
    bool postgres = false;
    int clients = 64;
    int seconds = 15;
    int warmup = 2;
    int slotLimit = 0;
    int serverThreads = 0;
    QString server;
    QString pack;
};

/** The settings; or nothing, with the exit status: 0 after --help, 2 for a wrong command line. */
std::optional<Settings> parseSettings(const QStringList &args, QTextStream &out, QTextStream &err, int &status)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Bookings through guichet-server against its database alone, in the same run."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("This help."));
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QStringLiteral("sqlite, postgresql (a throwaway cluster from tests/server/pgcluster.sh) "
                                                     "or a postgresql:// URL, used as it is."),
                                      QStringLiteral("db"), QStringLiteral("sqlite"));
    const QCommandLineOption clientsOption(QStringLiteral("clients"), QStringLiteral("Concurrent clients: threads, a connection each."),
                                           QStringLiteral("n"), QStringLiteral("64"));
    const QCommandLineOption secondsOption(QStringLiteral("seconds"), QStringLiteral("Measured seconds of each side."),
                                           QStringLiteral("s"), QStringLiteral("15"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"), QStringLiteral("Untimed seconds of load before each side."),
                                          QStringLiteral("s"), QStringLiteral("2"));
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("guichet-server (default: next to guichet-bench)."),
                                          QStringLiteral("path"));
    const QCommandLineOption threadsOption(QStringLiteral("server-threads"),
                                           QStringLiteral("guichet-server --threads (default: the server's own)."), QStringLiteral("n"),
                                           QStringLiteral("0"));
    const QCommandLineOption slotsOption(QStringLiteral("slots"),
                                         QStringLiteral("Book at most this many slots; 1 puts every booking on one slot (one hot "
                                                        "row); 0, every slot of the coming four weeks."),
                                         QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption packOption(QStringLiteral("pack"), QStringLiteral("Content pack to import."), QStringLiteral("dir"),
                                        installedData(QStringLiteral("default-pack")));
    parser.addOptions({helpOption, dbOption, clientsOption, secondsOption, warmupOption, serverOption, threadsOption,
                       slotsOption, packOption});
    status = 2;
    if (!parser.parse(QStringList{QStringLiteral("guichet-bench server")} + args)) {
        err << "guichet-bench server: " << parser.errorText() << '\n' << parser.helpText();
        return std::nullopt;
    }
    if (parser.isSet(helpOption)) {
        out << "Usage: guichet-bench server [options]\n" << parser.helpText().section(QLatin1Char('\n'), 1);
        status = 0;
        return std::nullopt;
    }
    Settings s;
    bool ok[5] = {};
    s.clients = parser.value(clientsOption).toInt(&ok[0]);
    s.seconds = parser.value(secondsOption).toInt(&ok[1]);
    s.warmup = parser.value(warmupOption).toInt(&ok[2]);
    s.slotLimit = parser.value(slotsOption).toInt(&ok[3]);
    s.serverThreads = parser.value(threadsOption).toInt(&ok[4]);
    s.db = parser.value(dbOption);
    s.postgres = s.db == QLatin1String("postgresql") || s.db.startsWith(QLatin1String("postgresql://"));
    if (std::find(std::begin(ok), std::end(ok), false) != std::end(ok) || s.clients < 1 || s.clients > 180 || s.seconds < 1
        || s.warmup < 0 || s.slotLimit < 0 || s.serverThreads < 0 || (!s.postgres && s.db != QLatin1String("sqlite"))) {
        err << "guichet-bench server: --db is sqlite, postgresql or a postgresql:// URL; --clients 1 to 180 (the "
               "cluster allows 200 connections); --seconds at least 1; --warmup, --slots, --server-threads at least 0\n";
        return std::nullopt;
    }
    s.server = parser.isSet(serverOption) ? QFileInfo(parser.value(serverOption)).absoluteFilePath()
                                          : QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("guichet-server"));
    s.pack = QFileInfo(parser.value(packOption)).absoluteFilePath();
    return s;
}

/** A throwaway PostgreSQL cluster from tests/server/pgcluster.sh, stopped and removed with this object. */
class PgCluster
{
public:
    explicit PgCluster(QString dir) : m_dir(std::move(dir)) {}
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;
    ~PgCluster()
    {
        if (!m_url.isEmpty())
            serverload::runTool(QStringLiteral("sh"), {script(), QStringLiteral("stop"), m_dir}, 120, false);
    }
    /** Its URL, or nothing (said on err). */
    std::optional<QString> start(QTextStream &err)
    {
        const ToolRun r = serverload::runTool(QStringLiteral("sh"), {script(), QStringLiteral("start"), m_dir}, 180);
        if (!succeeded(r, QStringLiteral("tests/server/pgcluster.sh start"), err))
            return std::nullopt;
        m_url = r.out.trimmed();
        return m_url;
    }

private:
    // tests/server/pgcluster.sh, copied next to guichet-bench by the build.
    static QString script() { return QCoreApplication::applicationDirPath() + QStringLiteral("/pgcluster.sh"); }
    QString m_dir;
    QString m_url;
};

/** guichet-server serving on a free loopback port, its output in files; stopped with this object. */
class Server
{
public:
    Server() = default;
    Server(const Server &) = delete;
    Server &operator=(const Server &) = delete;
    ~Server() { stop(); }

    bool start(const QString &program, const QStringList &args, const QString &dir, QTextStream &err)
    {
        // Files, not pipes: nobody reads the server's output during the load, and a full pipe
        // would stall it.
        m_out = dir + QStringLiteral("/server.out");
        m_err = dir + QStringLiteral("/server.err");
        m_process.setStandardOutputFile(m_out);
        m_process.setStandardErrorFile(m_err);
        m_process.start(program, args);
        if (!m_process.waitForStarted()) {
            err << "guichet-bench server: cannot start " << program << ": " << m_process.errorString() << Qt::endl;
            return false;
        }
        static const QRegularExpression listening(QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
        for (int i = 0; i < 600 && !serverload::interrupted; ++i) { // 60 s
            QFile f(m_out);
            if (f.open(QIODevice::ReadOnly)) {
                const QRegularExpressionMatch m = listening.match(QString::fromUtf8(f.readAll()));
                if (m.hasMatch()) {
                    m_port = m.captured(1).toInt();
                    return true;
                }
            }
            if (m_process.waitForFinished(100))
                break;
        }
        err << "guichet-bench server: " << program << " never said `listening on http://127.0.0.1:PORT` ("
            << (running() ? QStringLiteral("waited 60 s") : death()) << ")\n" << logTail() << Qt::endl;
        return false;
    }
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] bool running() const { return m_process.state() == QProcess::Running; }
    /** How it ended, once it has. */
    [[nodiscard]] QString death() const
    {
        return m_process.exitStatus() == QProcess::CrashExit ? QStringLiteral("it crashed")
                                                             : QStringLiteral("it exited with %1").arg(m_process.exitCode());
    }
    /** The last lines of its stderr, introduced; empty if it said nothing. */
    [[nodiscard]] QString logTail() const
    {
        QFile f(m_err);
        const QString text = f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()).trimmed() : QString();
        if (text.isEmpty())
            return {};
        const QStringList lines = text.split(QLatin1Char('\n'));
        return QStringLiteral("server stderr, last lines:\n") + lines.mid(std::max<qsizetype>(0, lines.size() - 20)).join(QLatin1Char('\n'));
    }
    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

private:
    QProcess m_process;
    QString m_out;
    QString m_err;
    int m_port = 0;
};

/** The office and service that the bookings go to. */
struct Target {
    QString office;
    QString service;
};

/** The pack copied, with the first office's first service given kSeats seats a slot; that office and service. */
std::optional<Target> preparePack(const QString &from, const QString &to, QTextStream &err)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(source);
        if (!QDir().mkpath(QFileInfo(target).path()) || !QFile::copy(source, target)) {
            err << "guichet-bench server: cannot copy " << source << " to " << target << Qt::endl;
            return std::nullopt;
        }
    }
    const auto readJson = [&](const QString &name) {
        QFile f(to + QLatin1Char('/') + name);
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    };
    const QJsonObject office = readJson(QStringLiteral("offices.json")).value(QLatin1String("offices"))[0].toObject();
    const Target target{office.value(QLatin1String("id")).toString(),
                        office.value(QLatin1String("services"))[0][QLatin1String("service")].toString()};
    QJsonObject services = readJson(QStringLiteral("services.json"));
    QJsonArray list = services.value(QLatin1String("services")).toArray();
    bool found = false;
    for (qsizetype i = 0; i < list.size(); ++i) {
        QJsonObject service = list.at(i).toObject();
        if (service.value(QLatin1String("id")).toString() == target.service) {
            service.insert(QLatin1String("seats_per_slot"), kSeats);
            list.replace(i, service);
            found = true;
        }
    }
    services.insert(QLatin1String("services"), list);
    QFile f(to + QStringLiteral("/services.json"));
    if (target.office.isEmpty() || !found || !f.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || f.write(QJsonDocument(services).toJson()) < 0) {
        err << "guichet-bench server: cannot give the first office's first service more seats in " << to << Qt::endl;
        return std::nullopt;
    }
    return target;
}

/** The target's slots in the coming four weeks that still have most of their seats: id → booked. */
std::optional<std::map<std::string, long long>> openSlots(int port, const std::string &token, const Target &target,
                                                          QTextStream &err)
{
    httplib::Client client("127.0.0.1", port);
    client.set_read_timeout(30);
    const QDate from = Clock::today(QTimeZone(QByteArrayLiteral("Europe/Brussels"))).addDays(1);
    const std::string path = QStringLiteral("/api/v1/slots?office=%1&service=%2&from=%3&to=%4")
                                 .arg(target.office, target.service, from.toString(Qt::ISODate),
                                      from.addDays(27).toString(Qt::ISODate))
                                 .toStdString();
    const httplib::Result res = client.Get(path, {{"Authorization", "Bearer " + token}});
    if (!res || res->status != 200) {
        err << "guichet-bench server: GET " << QString::fromStdString(path) << ": "
            << (res ? QString::number(res->status) + QLatin1Char(' ') + QString::fromStdString(res->body)
                    : QString::fromStdString(httplib::to_string(res.error())))
            << Qt::endl;
        return std::nullopt;
    }
    std::map<std::string, long long> open;
    for (const QJsonValue slot : QJsonDocument::fromJson(QByteArray::fromStdString(res->body)).array()) {
        if (slot[QLatin1String("available")].toDouble() >= kSeats / 2)
            open[slot[QLatin1String("id")].toString().toStdString()] = (long long)(slot[QLatin1String("booked")].toDouble());
    }
    return open;
}

/** One kiosk token per client, as in an office full of kiosks. */
std::optional<std::vector<std::string>> mintTokens(const QString &server, const QStringList &dbArgs, int count,
                                                   QTextStream &err)
{
    std::vector<std::string> tokens;
    for (int i = 0; i < count && !serverload::interrupted; ++i) {
        const QString kiosk = QStringLiteral("bench-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
        const ToolRun r = serverload::runTool(server, dbArgs + QStringList{QStringLiteral("token"), QStringLiteral("add"),
                                                                           QStringLiteral("--role"), QStringLiteral("kiosk"),
                                                                           QStringLiteral("--kiosk"), kiosk},
                                              60);
        if (!succeeded(r, QStringLiteral("guichet-server token add"), err))
            return std::nullopt;
        const QString token = r.out.trimmed();
        if (token.isEmpty() || token.contains(QLatin1Char('\n')) || token.contains(QLatin1Char(' '))) {
            err << "guichet-bench server: guichet-server token add printed `" << r.out.left(200)
                << "`, not one token alone on one line\n";
            return std::nullopt;
        }
        tokens.push_back(token.toStdString());
    }
    if (serverload::interrupted)
        return std::nullopt;
    return tokens;
}

/** The clients' tallies summed. */
struct Summary {
    double perS = 0;
    double p99 = 0;
    long long created = 0; // 201s at any time
};

/** Sums the tallies and says so on one line (two when something other than a 201 came). */
Summary reportBookings(const std::vector<serverload::Tally> &tallies, int seconds, std::optional<long long> bookedDelta,
                       QTextStream &out)
{
    QList<double> latency;
    std::map<int, long long> statuses;
    long long createdInWindow = 0, connections = 0, unserved = 0;
    Summary sum;
    std::string problem;
    double problemS = 0;
    for (const serverload::Tally &t : tallies) {
        createdInWindow += t.createdInWindow;
        unserved += t.answeredInWindow == 0;
        latency.reserve(latency.size() + qsizetype(t.latencyMs.size()));
        for (const double ms : t.latencyMs)
            latency << ms;
        for (const auto &[status, count] : t.statuses)
            statuses[status] += count;
        sum.created += t.created;
        connections += t.connections;
        if (!t.firstProblem.empty() && (problem.empty() || t.firstProblemS < problemS)) {
            problem = t.firstProblem;
            problemS = t.firstProblemS;
        }
    }
    QStringList statusText;
    for (const auto &[status, count] : statuses)
        statusText << (status > 0 ? QString::number(status)
                                  : QString::fromStdString(httplib::to_string(httplib::Error(-status))).toLower())
                + QLatin1Char(':') + QString::number(count);
    sum.perS = double(createdInWindow) / seconds;
    sum.p99 = percentile(latency, 99);
    out << "bookings: created=" << createdInWindow << " per_s=" << num(sum.perS) << " requests=" << latency.size()
        << " statuses=" << statusText.join(QLatin1Char(',')) << " p50_ms=" << num(percentile(latency, 50), 2)
        << " p90_ms=" << num(percentile(latency, 90), 2) << " p99_ms=" << num(sum.p99, 2) << " max_ms="
        << num(latency.isEmpty() ? std::nan("") : *std::max_element(latency.cbegin(), latency.cend()), 2)
        << " connections=" << connections << " unserved_clients=" << unserved << " created_all=" << sum.created
        << " booked_delta=" << (bookedDelta ? QString::number(*bookedDelta) : QStringLiteral("n/a")) << Qt::endl;
    if (!problem.empty())
        out << "bookings: first answer other than 201, " << num(problemS, 2) << " s from the start of the window: "
            << QString::fromStdString(problem) << Qt::endl;
    return sum;
}

/** What the kiosks book with, once the server is serving. */
struct Stage {
    Target target;
    std::vector<std::string> tokens;
    std::vector<std::string> slotIds;
    std::map<std::string, long long> bookedBefore;
};

/** Imports the pack, mints the tokens, starts the server and finds the slots to book. */
std::optional<Stage> prepare(const Settings &s, const QString &dbSpec, const QTemporaryDir &dir, Server &server,
                             QTextStream &out, QTextStream &err)
{
    const QString pack = dir.filePath(QStringLiteral("pack"));
    const std::optional<Target> target = preparePack(s.pack, pack, err);
    const QStringList dbArgs{QStringLiteral("--db"), dbSpec};
    if (!target
        || !succeeded(serverload::runTool(s.server, dbArgs + QStringList{QStringLiteral("import"), QStringLiteral("--pack"), pack}, 300),
                      QStringLiteral("guichet-server import"), err))
        return std::nullopt;
    const serverload::Clock::time_point minting = serverload::Clock::now();
    std::optional<std::vector<std::string>> tokens = mintTokens(s.server, dbArgs, s.clients, err);
    if (!tokens)
        return std::nullopt;
    const double mintingS = std::chrono::duration<double>(serverload::Clock::now() - minting).count();
    QStringList serveArgs = dbArgs + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                                 QStringLiteral("--rate-per-token"), QStringLiteral("0"),
                                                 QStringLiteral("--rate-per-address"), QStringLiteral("0")};
    if (s.serverThreads > 0)
        serveArgs << QStringLiteral("--threads") << QString::number(s.serverThreads);
    if (!server.start(s.server, serveArgs, dir.path(), err))
        return std::nullopt;
    std::optional<std::map<std::string, long long>> open = openSlots(server.port(), tokens->front(), *target, err);
    if (!open)
        return std::nullopt;
    Stage stage{*target, std::move(*tokens), {}, std::move(*open)};
    for (const auto &entry : stage.bookedBefore) {
        if (s.slotLimit == 0 || qsizetype(stage.slotIds.size()) < s.slotLimit)
            stage.slotIds.push_back(entry.first);
    }
    if (stage.slotIds.empty()) {
        err << "guichet-bench server: no slot of " << target->office << '/' << target->service << " with " << kSeats
            << " seats in the coming four weeks: did import read the pack's seats_per_slot?\n";
        return std::nullopt;
    }
    out << "setup: office=" << target->office << " service=" << target->service << " slots=" << stage.slotIds.size()
        << " seats_per_slot=" << kSeats << " tokens=" << stage.tokens.size() << " minted_in_s=" << num(mintingS)
        << " port=" << server.port() << Qt::endl;
    return stage;
}

/** The whole run; everything it starts is stopped and removed when it returns. */
int run(const Settings &s, QTextStream &out, QTextStream &err)
{
    // Declared in this order so they end in reverse: the server, the cluster, then the files.
    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/guichet-bench-server-XXXXXX"));
    if (!dir.isValid()) {
        err << "guichet-bench server: cannot make a temporary directory in " << QDir::tempPath() << Qt::endl;
        return 1;
    }
    // The cluster runs as postgres, which must be able to reach its directory inside this one.
    QFile::setPermissions(dir.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ExeGroup | QFileDevice::ExeOther);
    PgCluster cluster(dir.filePath(QStringLiteral("pg")));
    Server server;

    QString dbSpec = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("guichet.sqlite"));
    if (s.postgres) {
        const std::optional<QString> url = s.db.startsWith(QLatin1String("postgresql://")) ? s.db : cluster.start(err);
        if (!url)
            return 1;
        dbSpec = *url;
    }
    out << "guichet-bench server: db=" << dbSpec << " server=" << s.server << " clients=" << s.clients
        << " seconds=" << s.seconds << " warmup=" << s.warmup << " cores=" << QThread::idealThreadCount() << Qt::endl;

    // The database alone first, then the server in front of it.
    const std::optional<double> raw = s.postgres
        ? serverload::rawPostgres(dbSpec, s.clients, s.warmup, s.seconds, dir.path(), out, err)
        : serverload::rawSqlite(dir.filePath(QStringLiteral("raw.sqlite")), s.clients, s.warmup, s.seconds, out, err);
    if (!raw)
        return 1;
    const std::optional<Stage> stage = prepare(s, dbSpec, dir, server, out, err);
    if (!stage)
        return 1;
    const std::vector<serverload::Tally> tallies = serverload::bookAsKiosks(
        server.port(), stage->tokens, stage->slotIds, serverload::Window::after(s.warmup, s.seconds));
    if (serverload::interrupted)
        return 1;
    // Every 201 must have taken exactly one seat: the slots' booked counts say whether it did.
    const bool alive = server.running();
    std::optional<long long> bookedDelta;
    if (const auto after = alive ? openSlots(server.port(), stage->tokens.front(), stage->target, err) : std::nullopt) {
        bookedDelta = 0;
        for (const std::string &id : stage->slotIds)
            *bookedDelta += after->count(id) ? after->at(id) - stage->bookedBefore.at(id) : 0;
    }
    const Summary sum = reportBookings(tallies, s.seconds, bookedDelta, out);
    if (bookedDelta && *bookedDelta != sum.created)
        out << "bookings: MISMATCH: " << sum.created << " bookings created (201) but the slots' booked counts rose by "
            << *bookedDelta << Qt::endl;
    const bool clean = std::all_of(tallies.cbegin(), tallies.cend(), [](const serverload::Tally &t) { return t.firstProblem.empty(); });
    if (!alive || !clean) {
        if (const QString tail = server.logTail(); !tail.isEmpty())
            out << tail << Qt::endl;
    }
    if (!alive) {
        err << "guichet-bench server: guichet-server stopped during the load: " << server.death() << Qt::endl;
        return 1;
    }
    server.stop();
    out << "server: db=" << (s.postgres ? "postgresql" : "sqlite") << " bookings_per_s=" << num(sum.perS)
        << " raw_per_s=" << num(*raw) << " ratio=" << num(sum.perS / *raw, 2) << " p99_ms=" << num(sum.p99, 2) << Qt::endl;
    return 0;
}

} // namespace

int serverBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    int status = 2;
    const std::optional<Settings> s = parseSettings(args, out, err, status);
    if (!s)
        return status;
    if (!QFileInfo(s->server).isExecutable()) {
        err << "guichet-bench server: " << s->server << " is missing; build the guichet-server target first\n";
        return 1;
    }
    struct sigaction action = {};
    action.sa_handler = onInterrupt;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
    status = run(*s, out, err);
    if (serverload::interrupted) {
        err << "guichet-bench server: interrupted; everything it started is stopped and removed\n";
        return 1;
    }
    return status;
}

} // namespace guichet
