// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookingstore.h"
#include "syncconfig.h"

#include <QDate>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <functional>

class QNetworkReply;

namespace guichet {

/** The HTTP status of a finished reply (0 when none came: a network failure or a timeout). */
[[nodiscard]] int statusOf(QNetworkReply *reply);

/** What the visitor is told after asking for a seat. */
struct BookingOutcome {
    enum class Kind {
        Confirmed,   // the server confirmed it
        ConfirmedOffline, // no answer in time: confirmed from a seat leased to this kiosk
        Taken,       // the seat was just taken (409): choose another time
        Unavailable, // no answer and no leased seat: not possible now (show the office's phone)
        Refused,     // the server refused the request (400/422): a fault, not the visitor's
    };
    Kind kind = Kind::Unavailable;
    QString bookingId;
    QString code;
};

struct BookingRequest {
    QString slotId;
    QString office;
    QString service;
    QString language;
    QString phone; // E.164
    QString name;
};

/**
 * The kiosk's side of docs/PROTOCOL.md over QNetworkAccessManager. A booking is kept in the store
 * before it is sent; the visitor waits at most answerTimeoutMs for the server, then is
 * confirmed from a leased seat if the kiosk has one on that slot. The outbox is drained oldest
 * first, each booking retried with exponential backoff and jitter until the server gives a final
 * answer; a 409 on a booking made without a lease is raised to staff as a conflict. Leases are
 * topped up, heartbeats sent, "call staff" alerts delivered (kept until sent).
 */
class SyncClient : public QObject
{
    Q_OBJECT

public:
    SyncClient(BookingStore &store, SyncConfig config, QObject *parent = nullptr);
    ~SyncClient() override;

    /** Starts the timers: drain, leases, heartbeat. */
    void start();
    void book(const BookingRequest &request, std::function<void(const BookingOutcome &)> done);
    /** The server's slots (within answerTimeoutMs); answered false when it did not answer. */
    void fetchSlots(const QString &office, const QString &service, QDate from, QDate to,
                    std::function<void(bool answered, const QJsonArray &slots)> done);
    [[nodiscard]] BookingStore &store() const { return m_store; }
    [[nodiscard]] const SyncConfig &config() const { return m_config; }
    /** Sends the oldest due booking now, if none is in flight. */
    void drain();
    /** Tops up leased seats for the next open days of each service. */
    void refreshLeases();
    void heartbeat();
    /** The help button: staff are called (the alert is kept until it is delivered). */
    void callStaff(const QString &reason = QStringLiteral("call_staff"), const QJsonObject &details = {});

    /** A request to the API path with this kiosk's token (and CA), and the network it goes by. */
    [[nodiscard]] QNetworkRequest request(const QString &path) const;
    [[nodiscard]] QNetworkAccessManager &network() { return m_network; }

    /** What the heartbeat reports besides the outbox: the pack shown, the last pack refused
     *  ({version, reason}, or empty), speech and printer. */
    QString packVersion;
    QJsonObject packRefusal;
    bool speechOk = false;
    bool printerOk = false;

Q_SIGNALS:
    /** A booking got its final answer from the server (confirmed, conflict or rejected). */
    void settled(const QString &bookingId, OutboxBooking::State state);
    void leasesChanged();

private:
    QNetworkReply *send(const QByteArray &method, const QString &path, const QJsonObject &body = {}, const QString &idempotencyKey = {});
    static QJsonObject bookingBody(const OutboxBooking &b);
    /** Applies the server's answer to a booking: true when it was final. */
    bool settle(const OutboxBooking &b, QNetworkReply *reply, BookingOutcome *outcome, bool visitorWaiting);
    void scheduleRetry(const OutboxBooking &b);
    void leaseDay(const QString &service, QDate day, int seats);
    void flushAlerts();
    void checkpointSoon();

    BookingStore &m_store;
    SyncConfig m_config;
    QNetworkAccessManager m_network;
    QTimer m_drainTimer;
    QTimer m_leaseTimer;
    QTimer m_heartbeatTimer;
    QElapsedTimer m_uptime;
    QSet<QString> m_drainInFlight;   // bookings the drain has sent and awaits
    QSet<QString> m_visitorInFlight; // bookings a visitor is waiting for: the drain leaves them
    bool m_alertInFlight = false;
    std::atomic<bool> m_checkpointRunning{false};
    std::atomic<bool> m_checkpointAgain{false};
    QString m_lastSync;
    QList<QJsonObject> m_alerts; // not yet delivered
};

} // namespace guichet
