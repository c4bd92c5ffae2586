// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultyproxy.h"

#include <QTimer>

#include <memory>

namespace guichet::test {

FaultyProxy::FaultyProxy(quint16 target, QObject *parent)
    : QTcpServer(parent)
    , m_target(target)
{
    listen(QHostAddress::LocalHost, 0);
}

void FaultyProxy::incomingConnection(qintptr descriptor)
{
    auto *client = new QTcpSocket(this);
    client->setSocketDescriptor(descriptor);
    if (mode == Mode::Drop) {
        client->abort();
        client->deleteLater();
        return;
    }
    auto *server = new QTcpSocket(this);
    server->connectToHost(QHostAddress::LocalHost, m_target);
    const Mode how = mode;
    const int delay = delayMs;
    auto forwarded = std::make_shared<int>(0);
    connect(client, &QTcpSocket::readyRead, server, [client, server] { server->write(client->readAll()); });
    connect(server, &QTcpSocket::readyRead, client, [this, client, server, how, delay, forwarded] {
        const QByteArray answer = server->readAll();
        if (how == Mode::CutAnswer) {
            // The server has done the work; the kiosk hears only the start of its answer.
            client->write(answer.left(std::max(0, cutAfterBytes - *forwarded)));
            client->flush();
            client->abort();
            server->abort();
            return;
        }
        if (how == Mode::Delay) {
            QTimer::singleShot(delay, client, [client, answer] { client->write(answer); });
            return;
        }
        *forwarded += int(answer.size());
        client->write(answer);
    });
    const auto close = [client, server] {
        client->disconnectFromHost();
        server->disconnectFromHost();
        client->deleteLater();
        server->deleteLater();
    };
    connect(client, &QTcpSocket::disconnected, this, close, Qt::SingleShotConnection);
}

} // namespace guichet::test
