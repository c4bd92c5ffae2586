// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchserver.h"

#include "clock.h"
#include "installeddata.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimeZone>

namespace guichet {

namespace {

QString program()
{
    return QCoreApplication::applicationDirPath() + QStringLiteral("/guichet-server");
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

QJsonDocument getJson(const QString &url, const QString &token)
{
    QNetworkAccessManager network;
    QNetworkRequest req{QUrl(url)};
    req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = network.get(req);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll());
}

} // namespace

BenchServer::~BenchServer()
{
    m_process.terminate();
    m_process.waitForFinished(10000);
}

QString BenchServer::cli(const QStringList &args) const
{
    QProcess p;
    p.start(program(), QStringList{QStringLiteral("--db"), QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite"))} + args);
    p.waitForFinished(60000);
    return p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput()).trimmed() : QString();
}

bool BenchServer::start(QString *error)
{
    const QString pack = m_dir.filePath(QStringLiteral("pack"));
    if (!copyPack(installedData(QStringLiteral("default-pack")), pack)) {
        *error = QStringLiteral("cannot copy the default pack");
        return false;
    }
    cli({QStringLiteral("import"), QStringLiteral("--pack"), pack});
    kioskToken = cli({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--role"), QStringLiteral("kiosk"), QStringLiteral("--kiosk"), QStringLiteral("k1")});
    staffToken = cli({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--role"), QStringLiteral("staff")});
    m_process.start(program(), {QStringLiteral("--db"), QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite")),
                                QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--rate-per-token"), QStringLiteral("0"),
                                QStringLiteral("--rate-per-address"), QStringLiteral("0")});
    m_process.waitForReadyRead(20000);
    m_url = QString::fromUtf8(m_process.readLine()).trimmed().section(u' ', -1);
    const QDate from = Clock::today(QTimeZone(QByteArrayLiteral("Europe/Brussels"))).addDays(1);
    const QJsonArray found = getJson(m_url + QStringLiteral("/api/v1/slots?office=bapa-bxl&service=first-welcome&from=%1&to=%2")
                                                 .arg(from.toString(Qt::ISODate), from.addDays(30).toString(Qt::ISODate)),
                                     kioskToken)
                                 .array();
    slot = found.isEmpty() ? QString() : found.first().toObject().value(QStringLiteral("id")).toString();
    if (kioskToken.isEmpty() || slot.isEmpty()) {
        *error = QStringLiteral("the server did not start with a slot to book");
        return false;
    }
    return true;
}

QHash<QString, QString> BenchServer::bookingsOfSlotDay() const
{
    const QString day = slot.section(u'/', 2).left(10);
    QHash<QString, QString> bookings;
    for (const QJsonValue &b : getJson(m_url + QStringLiteral("/api/v1/bookings?office=bapa-bxl&date=") + day, staffToken).array())
        bookings.insert(b.toObject().value(QStringLiteral("id")).toString(), b.toObject().value(QStringLiteral("code")).toString());
    return bookings;
}

} // namespace guichet
