// SPDX-License-Identifier: GPL-3.0-or-later
#include "killsyncbench.h"

#include "benchserver.h"
#include "syncclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QProcess>
#include <QRandomGenerator>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

namespace guichet {

namespace {

QString option(const QStringList &args, const QString &name, const QString &fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
}

} // namespace

int killSyncWorker(const QStringList &args, QTextStream &, QTextStream &err)
{
    if (args.size() != 5)
        return 2;
    BookingStore store;
    QString error;
    if (!store.open(QDir(args[0]).filePath(QStringLiteral("kiosk.sqlite")), &error)) {
        err << "kill-sync worker: " << error << '\n';
        return 1;
    }
    SyncConfig config;
    config.server = QUrl(args[1]);
    config.kioskId = QStringLiteral("k1");
    config.token = args[2];
    config.office = QStringLiteral("bapa-bxl");
    SyncClient client(store, config);
    QEventLoop loop;
    if (args[4] == QStringLiteral("drain")) {
        // Back for good: the outbox drains, then the worker ends.
        QTimer poll;
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            client.drain();
            if (store.pendingCount() == 0)
                loop.quit();
        });
        poll.start(50);
        loop.exec();
        QThreadPool::globalInstance()->waitForDone();
        return 0;
    }
    // Visitors, one after another, while the outbox drains behind them, until killed.
    QTimer drainer;
    QObject::connect(&drainer, &QTimer::timeout, &client, &SyncClient::drain);
    drainer.start(100);
    std::function<void()> next = [&] {
        const BookingRequest request{args[3], QStringLiteral("bapa-bxl"), QStringLiteral("first-welcome"), QStringLiteral("fr"),
                                     QStringLiteral("+32470%1").arg(QRandomGenerator::global()->bounded(100000, 999999)), {}};
        client.book(request, [&](const BookingOutcome &) { QTimer::singleShot(0, &loop, next); });
    };
    next();
    return loop.exec();
}

int killSyncBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    bool ok = false;
    const int kills = option(args, QStringLiteral("--kills"), QStringLiteral("20")).toInt(&ok);
    const QString data = option(args, QStringLiteral("--data"), {});
    if (!ok || kills < 0 || data.isEmpty()) {
        err << "usage: guichet-bench kill-sync --kills N --data DIR\n";
        return 2;
    }
    if (QDir(data).exists(QStringLiteral("kiosk.sqlite"))) {
        err << "kill-sync: " << data << " already holds a kiosk: give a new directory\n";
        return 2;
    }
    QDir().mkpath(data);
    BenchServer server;
    QString error;
    if (!server.start(&error)) {
        err << "kill-sync: " << error << '\n';
        return 1;
    }
    const QString self = QCoreApplication::applicationFilePath();
    const QStringList worker{QStringLiteral("kill-sync-worker"), data, server.url(), server.kioskToken, server.slot};
    for (int i = 0; i < kills; ++i) {
        QProcess kiosk;
        kiosk.start(self, worker + QStringList{QStringLiteral("book")});
        kiosk.waitForStarted();
        QThread::msleep(QRandomGenerator::global()->bounded(150, 1200)); // some moment in a booking or a drain
        kiosk.kill(); // SIGKILL: no chance to tidy up, as a power cut
        kiosk.waitForFinished();
    }
    QProcess drain;
    drain.start(self, worker + QStringList{QStringLiteral("drain")});
    if (!drain.waitForFinished(300000) || drain.exitCode() != 0) {
        err << "kill-sync: the outbox did not drain: " << drain.readAllStandardError() << '\n';
        return 1;
    }

    // What the kiosk holds against what the server holds.
    BookingStore store;
    if (!store.open(QDir(data).filePath(QStringLiteral("kiosk.sqlite")), &error)) {
        err << "kill-sync: " << error << '\n';
        return 1;
    }
    const QHash<QString, QString> onServer = server.bookingsOfSlotDay();
    int confirmed = 0;
    int lost = 0;
    for (const OutboxBooking &b : store.all()) {
        if (b.state != OutboxBooking::State::Confirmed)
            continue;
        ++confirmed;
        if (!onServer.contains(b.id) || onServer.value(b.id) != b.code)
            ++lost;
    }
    // Bookings the server has that the kiosk does not know: made twice, or behind its back.
    int duplicated = 0;
    for (auto it = onServer.cbegin(); it != onServer.cend(); ++it)
        duplicated += !store.find(it.key());
    out << "outbox: pending=" << store.pendingCount() << " conflicts=" << store.count(OutboxBooking::State::Conflict)
        << " rejected=" << store.count(OutboxBooking::State::Rejected) << " server_bookings=" << onServer.size() << '\n';
    out << "kill-sync: kills=" << kills << " confirmed=" << confirmed << " lost=" << lost << " duplicated=" << duplicated << Qt::endl;
    return lost == 0 && duplicated == 0 ? 0 : 1;
}

} // namespace guichet
