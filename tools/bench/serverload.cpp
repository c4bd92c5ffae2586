// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverload.h"

#include "clock.h"
#include "probe.h"

// The HTTP client is cpp-httplib's blocking Client (Debian's libcpp-httplib-dev), one per client
// thread: each thread is one kiosk with its own keep-alive connection, and it reads the clock
// right around a call that sends the request and reads the whole response, with no event loop
// between the socket and the measurement. Qt Network would need an event loop per thread, and a
// QNetworkAccessManager opens at most six connections per host.
#include <httplib.h>

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <random>
#include <thread>

namespace guichet::serverload {

std::atomic<bool> interrupted{false};

namespace {

/** A UUID version 7 (RFC 9562), the protocol's preferred booking id, made as a kiosk makes it. */
std::string uuidV7(std::mt19937_64 &rng)
{
    const auto ms = static_cast<unsigned long long>(guichet::Clock::nowMSecs());
    const unsigned long long a = rng(), b = rng();
    const unsigned long long hi = (ms << 16) | 0x7000ULL | (a & 0x0fffULL);
    const unsigned long long lo = (b & 0x3fffffffffffffffULL) | 0x8000000000000000ULL; // variant 10
    char s[37];
    std::snprintf(s, sizeof s, "%08llx-%04llx-%04llx-%04llx-%012llx", hi >> 32, (hi >> 16) & 0xffffULL,
                  hi & 0xffffULL, lo >> 48, lo & 0xffffffffffffULL);
    return s;
}

/** Now, RFC 3339 with the local offset, as the kiosk stamps created_at. */
std::string rfc3339Now()
{
    const qint64 now = guichet::Clock::nowMSecs();
    const std::time_t t = std::time_t(now / 1000);
    const auto ms = now % 1000;
    std::tm tm{};
    localtime_r(&t, &tm);
    const long offset = tm.tm_gmtoff / 60;
    char s[64];
    std::snprintf(s, sizeof s, "%04d-%02d-%02dT%02d:%02d:%02d.%03d%c%02ld:%02ld", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, int(ms), offset < 0 ? '-' : '+', std::labs(offset) / 60,
                  std::labs(offset) % 60);
    return s;
}

/** Runs `body(i)` on `count` threads and waits for all of them. */
template<typename F>
void onThreads(int count, const F &body)
{
    std::vector<std::thread> threads;
    threads.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i)
        threads.emplace_back([&body, i] { body(i); });
    for (std::thread &t : threads)
        t.join();
}

/** One kiosk: books seats as fast as the server answers, on its keep-alive connection. */
void bookingClient(int port, const std::string &token, const std::vector<std::string> &slotIds, std::size_t index,
                   const Window &window, Tally &t)
{
    httplib::Client client("127.0.0.1", port);
    client.set_keep_alive(true);
    client.set_tcp_nodelay(true);
    client.set_connection_timeout(5);
    client.set_read_timeout(30);
    client.set_write_timeout(30);
    client.set_socket_options([&t](socket_t) { ++t.connections; }); // called for each socket opened
    std::mt19937_64 rng(std::random_device{}() + index);
    std::uniform_int_distribution<int> digits(0, 999999);
    const std::string authorization = "Bearer " + token;
    auto backoff = std::chrono::milliseconds(0);
    // Client i's k-th booking goes to slot i + k: the clients spread over the slots at every moment.
    for (std::size_t k = index; !interrupted; ++k) {
        const Clock::time_point start = Clock::now();
        if (start >= window.to)
            break;
        const std::string id = uuidV7(rng);
        char phone[16];
        std::snprintf(phone, sizeof phone, "+32470%06d", digits(rng));
        const std::string body = "{\"id\":\"" + id + "\",\"slot_id\":\"" + slotIds[k % slotIds.size()]
            + "\",\"language\":\"fr\",\"phone\":\"" + phone + "\",\"created_at\":\"" + rfc3339Now() + "\"}";
        const httplib::Headers headers{{"Authorization", authorization}, {"Idempotency-Key", id}};
        const httplib::Result res = client.Post("/api/v1/bookings", headers, body, "application/json");
        const Clock::time_point end = Clock::now();
        const int status = res ? res->status : -int(res.error());
        t.created += status == 201;
        if (window.holds(end)) {
            t.createdInWindow += status == 201;
            t.answeredInWindow += status > 0;
        }
        if (start < window.to && end > window.from) { // in flight during the window
            t.latencyMs.push_back(std::chrono::duration<double, std::milli>(end - start).count());
            ++t.statuses[status];
        }
        if (status != 201 && t.firstProblem.empty()) {
            t.firstProblem = res ? std::to_string(status) + ' ' + res->body.substr(0, 300) : httplib::to_string(res.error());
            t.firstProblemS = std::chrono::duration<double>(end - window.from).count();
        }
        // No answer: back off as a kiosk does (doubling from 10 ms to 1 s), so a failing server
        // is not also flooded with new connections.
        backoff = res ? std::chrono::milliseconds(0)
                      : std::clamp(backoff * 2, std::chrono::milliseconds(10), std::chrono::milliseconds(1000));
        if (backoff.count() > 0)
            std::this_thread::sleep_for(backoff);
    }
}

/**
 * One raw SQLite thread, with a connection of its own; its commits in the window. Through Qt
 * Sql's QSQLITE, on Debian's system SQLite: the stack the server itself uses, with nothing of
 * the server's own above it.
 */
long long sqliteWriter(const QString &path, int index, const Window &window, long long &failures, std::string &problem)
{
    const QString name = QStringLiteral("guichet-bench-raw-%1").arg(index);
    long long commits = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        const bool open = db.open();
        QSqlQuery insert(db);
        if (!open || !insert.exec(QStringLiteral("PRAGMA synchronous=FULL"))
            || !insert.prepare(QStringLiteral("INSERT INTO bench_raw (slot_id, phone, created_at) VALUES (?, ?, ?)"))) {
            problem = (open ? insert.lastError() : db.lastError()).text().toStdString();
            ++failures;
        } else {
            while (!interrupted && Clock::now() < window.to) {
                insert.bindValue(0, QStringLiteral("bench"));
                insert.bindValue(1, QStringLiteral("+32470123456"));
                insert.bindValue(2, QString::fromStdString(rfc3339Now()));
                if (!insert.exec()) { // autocommit: one row, one transaction
                    ++failures;
                    if (problem.empty())
                        problem = insert.lastError().text().toStdString();
                } else if (window.holds(Clock::now())) {
                    ++commits;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return commits;
}

} // namespace

Window Window::after(int warmupS, int seconds)
{
    const Clock::time_point from = Clock::now() + std::chrono::seconds(warmupS);
    return {from, from + std::chrono::seconds(seconds)};
}

ToolRun runTool(const QString &program, const QStringList &args, int timeoutS, bool interruptible)
{
    ToolRun r;
    QProcess p;
    p.start(program, args);
    if (!p.waitForStarted()) {
        r.err = p.errorString();
        return r;
    }
    const Clock::time_point deadline = Clock::now() + std::chrono::seconds(timeoutS);
    while (!p.waitForFinished(100)) {
        const bool stop = interruptible && interrupted;
        if (!stop && Clock::now() < deadline)
            continue;
        p.terminate();
        if (!p.waitForFinished(5000)) {
            p.kill();
            p.waitForFinished();
        }
        r.err = stop ? QStringLiteral("interrupted") : QStringLiteral("did not finish within %1 s").arg(timeoutS);
        return r;
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError()).trimmed().right(4000);
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

bool succeeded(const ToolRun &run, const QString &what, QTextStream &err)
{
    if (run.exitCode == 0)
        return true;
    err << "guichet-bench server: " << what << " failed (exit " << run.exitCode << ")\n" << run.err << Qt::endl;
    return false;
}

QString pgTool(const char *name)
{
    return qEnvironmentVariable("PG_BIN", QStringLiteral("/usr/lib/postgresql/15/bin")) + QLatin1Char('/')
        + QLatin1String(name);
}

std::vector<Tally> bookAsKiosks(int port, const std::vector<std::string> &tokens, const std::vector<std::string> &slotIds,
                                const Window &window)
{
    std::vector<Tally> tallies(tokens.size());
    onThreads(int(tokens.size()), [&](int i) {
        bookingClient(port, tokens[std::size_t(i)], slotIds, std::size_t(i), window, tallies[std::size_t(i)]);
    });
    return tallies;
}

std::optional<double> rawSqlite(const QString &path, int clients, int warmupS, int seconds, QTextStream &out,
                                QTextStream &err)
{
    QString version;
    {
        QSqlDatabase setup = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("guichet-bench-raw-setup"));
        setup.setDatabaseName(path);
        QSqlQuery q(setup);
        const bool ok = setup.open() && q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
            && q.exec(QStringLiteral("CREATE TABLE bench_raw (id INTEGER PRIMARY KEY, slot_id TEXT NOT NULL, phone TEXT "
                                     "NOT NULL, created_at TEXT NOT NULL)"))
            && q.exec(QStringLiteral("SELECT sqlite_version()")) && q.next();
        if (!ok)
            err << "guichet-bench server: raw SQLite setup on " << path << ": "
                << (setup.isOpen() ? q.lastError() : setup.lastError()).text() << Qt::endl;
        version = ok ? q.value(0).toString() : QString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("guichet-bench-raw-setup"));
    if (version.isEmpty())
        return std::nullopt;

    const auto n = std::size_t(clients);
    std::vector<long long> commits(n, 0), failures(n, 0);
    std::vector<std::string> problems(n);
    const Window window = Window::after(warmupS, seconds);
    onThreads(clients, [&](int i) {
        commits[std::size_t(i)] = sqliteWriter(path, i, window, failures[std::size_t(i)], problems[std::size_t(i)]);
    });
    long long total = 0, failed = 0;
    std::string problem;
    for (std::size_t i = 0; i < n; ++i) {
        total += commits[i];
        failed += failures[i];
        if (problem.empty())
            problem = problems[i];
    }
    const double perS = double(total) / seconds;
    out << "raw: sqlite " << version << " (Qt Sql), WAL, synchronous=FULL, one row per transaction, " << clients
        << " threads with a connection each: commits=" << total << " per_s=" << num(perS) << " errors=" << failed;
    if (!problem.empty())
        out << " first_error=" << QString::fromStdString(problem);
    out << Qt::endl;
    if (total == 0 || interrupted)
        return std::nullopt;
    return perS;
}

std::optional<double> rawPostgres(const QString &url, int clients, int warmupS, int seconds, const QString &dir,
                                  QTextStream &out, QTextStream &err)
{
    const QString table = QStringLiteral("guichet_bench_raw");
    const auto psql = [&](const QString &sql) {
        return runTool(pgTool("psql"), {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                                        QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-d"), url,
                                        QStringLiteral("-c"), sql},
                       60);
    };
    if (!succeeded(psql(QStringLiteral("DROP TABLE IF EXISTS %1; CREATE TABLE %1 (id bigserial PRIMARY KEY, slot_id text "
                                       "NOT NULL, phone text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())")
                            .arg(table)),
                   QStringLiteral("psql (creating the scratch table)"), err))
        return std::nullopt;
    QFile script(dir + QStringLiteral("/raw-insert.sql"));
    if (!script.open(QIODevice::WriteOnly)
        || script.write(QStringLiteral("INSERT INTO %1 (slot_id, phone) VALUES ('bench', '+32470123456');\n")
                            .arg(table)
                            .toUtf8())
            < 0) {
        err << "guichet-bench server: cannot write " << script.fileName() << Qt::endl;
        return std::nullopt;
    }
    script.close();
    // pgbench threads, each driving clients/jobs connections; more than the cores only adds switching.
    const int jobs = std::clamp(QThread::idealThreadCount(), 1, clients);
    const auto pgbench = [&](int s) {
        return runTool(pgTool("pgbench"), {QStringLiteral("-n"), QStringLiteral("-M"), QStringLiteral("prepared"),
                                           QStringLiteral("-c"), QString::number(clients), QStringLiteral("-j"),
                                           QString::number(jobs), QStringLiteral("-T"), QString::number(s),
                                           QStringLiteral("-f"), script.fileName(), url},
                       s + 120);
    };
    if (warmupS > 0 && !succeeded(pgbench(warmupS), QStringLiteral("pgbench (warm-up)"), err))
        return std::nullopt;
    const ToolRun r = pgbench(seconds);
    psql(QStringLiteral("DROP TABLE IF EXISTS %1").arg(table));
    if (!succeeded(r, QStringLiteral("pgbench"), err))
        return std::nullopt;
    // PostgreSQL 15 says "tps = N (without initial connection time)"; older ones "(excluding connections establishing)".
    static const QRegularExpression tps(QStringLiteral("^tps = ([0-9.]+) \\((without|excluding)"),
                                        QRegularExpression::MultilineOption);
    static const QRegularExpression latency(QStringLiteral("^latency average = ([0-9.]+) ms"),
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression failed(QStringLiteral("^number of failed transactions: (\\d+)"),
                                           QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = tps.match(r.out);
    if (!m.hasMatch()) {
        err << "guichet-bench server: no tps in pgbench's output:\n" << r.out << Qt::endl;
        return std::nullopt;
    }
    const double perS = m.captured(1).toDouble();
    out << "raw: pgbench -M prepared -c " << clients << " -j " << jobs << " -T " << seconds
        << ", one INSERT per transaction: tps=" << num(perS) << " latency_avg_ms=" << latency.match(r.out).captured(1)
        << " failed=" << failed.match(r.out).captured(1) << Qt::endl;
    return perS;
}

} // namespace guichet::serverload
