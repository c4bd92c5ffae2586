// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTcpServer>
#include <QTcpSocket>

namespace guichet::test {

/**
 * A TCP proxy between the kiosk and the server that misbehaves on purpose: it drops a new
 * connection, delays the answer, or cuts it after a few bytes, so the request may well have
 * reached the server while the kiosk never learns its answer.
 */
class FaultyProxy : public QTcpServer
{
    Q_OBJECT

public:
    enum class Mode { Pass, Drop, Delay, CutAnswer };
    FaultyProxy(quint16 target, QObject *parent = nullptr);
    Mode mode = Mode::Pass;
    int delayMs = 4000;
    int cutAfterBytes = 20;

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    quint16 m_target;
};

} // namespace guichet::test
