// SPDX-License-Identifier: GPL-3.0-or-later
#include "drainbench.h"

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

namespace {

QString runServer(const QString &server, const QStringList &args)
{
    QProcess p;
    p.start(server, args);
    p.waitForFinished(60000);
    return p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput()).trimmed() : QString();
}

/** The default pack with room for every booking on one slot. */
bool copyPack(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    QProcess cp;
    cp.start(QStringLiteral("cp"), {QStringLiteral("-r"), from + QStringLiteral("/."), to});
    if (!cp.waitForFinished(30000) || cp.exitCode() != 0)
        return false;
    QFile file(to + QStringLiteral("/services.json"));
    if (!file.open(QIODevice::ReadOnly))
        return false;
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    QJsonArray services = root.value(QStringLiteral("services")).toArray();
    for (auto s : services) {
        QJsonObject o = s.toObject();
        o.insert(QStringLiteral("seats_per_slot"), 1000000);
        s = o;
    }
    root.insert(QStringLiteral("services"), services);
    return file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(root).toJson()) > 0;
}

/** The first slot of first-welcome at the pack's default office in the coming weeks. */
QString firstSlot(const QString &url, const QString &token)
{
    QNetworkAccessManager network;
    const QDate from = QDate::currentDate().addDays(1);
    QNetworkRequest req(QUrl(url + QStringLiteral("/api/v1/slots?office=bapa-bxl&service=first-welcome&from=%1&to=%2")
                                       .arg(from.toString(Qt::ISODate), from.addDays(30).toString(Qt::ISODate))));
    req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = network.get(req);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    const QJsonArray found = QJsonDocument::fromJson(reply->readAll()).array();
    return found.isEmpty() ? QString() : found.first().toObject().value(QStringLiteral("id")).toString();
}

} // namespace

int drainBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const int count = args.indexOf(QStringLiteral("--bookings")) >= 0 ? args.value(args.indexOf(QStringLiteral("--bookings")) + 1).toInt() : 5000;
    if (count <= 0) {
        err << "usage: guichet-bench drain [--bookings N]\n";
        return 2;
    }
    const QString server = QCoreApplication::applicationDirPath() + QStringLiteral("/guichet-server");
    QTemporaryDir dir;
    const QString pack = dir.filePath(QStringLiteral("pack"));
    if (!copyPack(QStringLiteral(GUICHET_DEFAULT_PACK), pack)) {
        err << "drain: cannot copy the default pack\n";
        return 1;
    }
    const QStringList db{QStringLiteral("--db"), QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("server.sqlite"))};
    runServer(server, db + QStringList{QStringLiteral("import"), QStringLiteral("--pack"), pack});
    const QString token = runServer(server, db + QStringList{QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--role"),
                                                             QStringLiteral("kiosk"), QStringLiteral("--kiosk"), QStringLiteral("k1")});
    QProcess process;
    process.start(server, db + QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--rate-per-token"),
                                           QStringLiteral("0"), QStringLiteral("--rate-per-address"), QStringLiteral("0")});
    process.waitForReadyRead(20000);
    const QString url = QString::fromUtf8(process.readLine()).trimmed().section(u' ', -1);
    const QString slot = firstSlot(url, token);
    if (token.isEmpty() || slot.isEmpty()) {
        err << "drain: the server did not start with a slot to book\n";
        return 1;
    }

    // The outbox of a kiosk that was offline: `count` bookings waiting, oldest first.
    BookingStore store;
    QString error;
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
        b.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
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
    process.terminate();
    process.waitForFinished(10000);
    out << "drain: bookings=" << confirmed << " seconds=" << QString::number(seconds, 'f', 2) << Qt::endl;
    return confirmed == count ? 0 : 1;
}

} // namespace guichet
