// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace guichet::test {

/** The real guichet-server on SQLite in a temporary directory, on a fixed loopback port so it
 *  can be stopped and started again where the kiosk expects it. Started while the test has
 *  pinned the clock (Clock::pin), the server is pinned at the same moment. */
class ServerFixture
{
public:
    ServerFixture();
    ~ServerFixture();

    bool start();
    void stop(); // kill -9: a server that vanishes, as a network cut looks to the kiosk
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString kioskToken;
    QString staffToken;
    QString error;
    /** More options for the server (e.g. --pack-key FILE), given at the next start(). */
    QStringList serverArguments;

    /** A blocking GET of the API (not the code under test): status and JSON. */
    QPair<int, QJsonDocument> get(const QString &path, const QString &token) const;
    /** A blocking POST of raw bytes (a pack archive): status and JSON. */
    QPair<int, QJsonDocument> post(const QString &path, const QString &token, const QByteArray &body, const QByteArray &contentType) const;
    [[nodiscard]] QString dir() const { return m_dir.path(); }

private:
    QString cli(const QStringList &args);

    QTemporaryDir m_dir;
    QString m_db;
    quint16 m_port = 0;
    QProcess m_server;
};

} // namespace guichet::test
