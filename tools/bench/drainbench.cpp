// SPDX-License-Identifier: GPL-3.0-or-later
#include "drainbench.h"

#include "benchserver.h"
#include "clock.h"
#include "syncclient.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>
#include <QUuid>

namespace guichet {


int drainBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const int count = args.indexOf(QStringLiteral("--bookings")) >= 0 ? args.value(args.indexOf(QStringLiteral("--bookings")) + 1).toInt() : 5000;
    if (count <= 0) {
        err << "usage: guichet-bench drain [--bookings N]\n";
        return 2;
    }
    BenchServer server;
    QString error;
    if (!server.start(&error)) {
        err << "drain: " << error << '\n';
        return 1;
    }
    const QString slot = server.slot;
    const QString url = server.url();
    const QString token = server.kioskToken;
    QTemporaryDir dir;

    // The outbox of a kiosk that was offline: `count` bookings waiting, oldest first.
    BookingStore store;
    if (!store.open(dir.filePath(QStringLiteral("kiosk.sqlite")), &error)) {
        err << "drain: " << error << '\n';
        return 1;
    }
    for (int i = 0; i < count; ++i) {
        OutboxBooking b;
        b.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        b.slotId = slot;
        b.office = QStringLiteral("bapa-bxl");
        b.service = QStringLiteral("first-welcome");
        b.language = QStringLiteral("fr");
        b.phone = QStringLiteral("+32470%1").arg(100000 + i);
        b.createdAt = Clock::now().toString(Qt::ISODate);
        b.code = QStringLiteral("X"); // the visitor was told: no alert when it is confirmed
        store.add(b);
    }
    out << "outbox: " << store.pendingCount() << " bookings queued\n";

    SyncConfig config;
    config.server = QUrl(url);
    config.kioskId = QStringLiteral("k1");
    config.token = token;
    config.office = QStringLiteral("bapa-bxl");
    SyncClient client(store, config);
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (store.pendingCount() == 0 || timer.elapsed() > 600000)
            loop.quit();
    });
    poll.start(20);
    client.drain();
    QTimer kick; // the drain chains itself; the kiosk's own timer restarts it after a retry
    QObject::connect(&kick, &QTimer::timeout, &client, &SyncClient::drain);
    kick.start(1000);
    loop.exec();
    const double seconds = double(timer.elapsed()) / 1000.0;
    const int confirmed = store.count(OutboxBooking::State::Confirmed);
    out << "drain: bookings=" << confirmed << " seconds=" << QString::number(seconds, 'f', 2) << Qt::endl;
    return confirmed == count ? 0 : 1;
}

} // namespace guichet
