// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace guichet {

/**
 * A guichet-server for the kiosk-side benchmarks (drain, kill-sync): SQLite in a temporary
 * directory, the default pack with a million seats per slot, a kiosk and a staff token, rate
 * limits off, on a loopback port.
 */
class BenchServer
{
public:
    ~BenchServer();
    /** False with the reason on err. */
    bool start(QString *error);
    [[nodiscard]] QString url() const { return m_url; }
    QString kioskToken;
    QString staffToken;
    /** A first-welcome slot at the default office in the coming weeks. */
    QString slot;
    /** Its day's bookings as the server has them: id → code. */
    [[nodiscard]] QHash<QString, QString> bookingsOfSlotDay() const;

private:
    QString cli(const QStringList &args) const;

    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_url;
};

} // namespace guichet
