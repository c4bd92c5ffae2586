// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverfixture.h"

#include "clock.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>

namespace guichet::test {

ServerFixture::ServerFixture()
    : m_db(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("server.sqlite")))
{
    QTcpServer probe; // a free port, kept for every restart
    probe.listen(QHostAddress::LocalHost, 0);
    m_port = probe.serverPort();
    probe.close();
    if (cli({QStringLiteral("import"), QStringLiteral("--pack"), qEnvironmentVariable("GUICHET_PACK")}).isEmpty())
        return;
    kioskToken = cli({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--role"), QStringLiteral("kiosk"), QStringLiteral("--kiosk"), QStringLiteral("k1")});
    staffToken = cli({QStringLiteral("token"), QStringLiteral("add"), QStringLiteral("--role"), QStringLiteral("staff")});
}

ServerFixture::~ServerFixture()
{
    stop();
}

QString ServerFixture::cli(const QStringList &args)
{
    QProcess p;
    p.start(qEnvironmentVariable("GUICHET_SERVER"), QStringList{QStringLiteral("--db"), m_db} + args);
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        error = QString::fromUtf8(p.readAllStandardError());
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

bool ServerFixture::start()
{
    QStringList args{QStringLiteral("--db"), m_db, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                     QStringLiteral("--rate-per-token"), QStringLiteral("0"), QStringLiteral("--rate-per-address"), QStringLiteral("0")};
    // The server keeps the test's time: when the test has pinned the clock, the same moment.
    if (Clock::isPinned())
        args << QStringLiteral("--now") << Clock::now().toString(Qt::ISODateWithMs);
    args << serverArguments;
    m_server.start(qEnvironmentVariable("GUICHET_SERVER"), args);
    m_server.waitForStarted(10000);
    for (int i = 0; i < 100 && m_server.state() == QProcess::Running; ++i) {
        if (m_server.waitForReadyRead(200) && m_server.readAllStandardOutput().contains("listening on"))
            return true;
    }
    error = QString::fromUtf8(m_server.readAllStandardError());
    return false;
}

void ServerFixture::stop()
{
    if (m_server.state() != QProcess::NotRunning) {
        m_server.kill();
        m_server.waitForFinished(5000);
    }
}

QPair<int, QJsonDocument> ServerFixture::get(const QString &path, const QString &token) const
{
    QNetworkAccessManager network;
    QNetworkRequest req(QUrl(url() + QStringLiteral("/api/v1/") + path));
    req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = network.get(req);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QJsonDocument::fromJson(reply->readAll())};
}

QPair<int, QJsonDocument> ServerFixture::post(const QString &path, const QString &token, const QByteArray &body, const QByteArray &contentType) const
{
    QNetworkAccessManager network;
    QNetworkRequest req(QUrl(url() + QStringLiteral("/api/v1/") + path));
    req.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    req.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    QNetworkReply *reply = network.post(req, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return {reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), QJsonDocument::fromJson(reply->readAll())};
}

} // namespace guichet::test
