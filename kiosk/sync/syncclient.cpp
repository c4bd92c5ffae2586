// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncclient.h"

#include "clock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QThreadPool>
#include <QTimeZone>
#include <QUuid>

namespace guichet {

namespace {

constexpr int kDrainTimeoutMs = 10000;
constexpr int kDrainParallel = 4;
constexpr qint64 kMaxBackoffMs = 5 * 60 * 1000;

qint64 nowMs()
{
    return Clock::nowMSecs();
}

/** A final answer: the booking exists (2xx), or never will as sent (400, 404, 409, 422). A
 *  network failure, a timeout, 401/403 (a token to fix), 429 and 5xx are worth another try. */
bool isFinal(int status)
{
    return (status >= 200 && status < 300) || status == 400 || status == 404 || status == 409 || status == 422;
}

} // namespace

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

SyncClient::SyncClient(BookingStore &store, SyncConfig config, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_config(std::move(config))
{
    m_uptime.start();
    m_drainTimer.setInterval(1000);
    connect(&m_drainTimer, &QTimer::timeout, this, &SyncClient::drain);
    m_leaseTimer.setInterval(5 * 60 * 1000);
    connect(&m_leaseTimer, &QTimer::timeout, this, &SyncClient::refreshLeases);
    m_heartbeatTimer.setInterval(m_config.heartbeatMs);
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &SyncClient::heartbeat);
}

SyncClient::~SyncClient()
{
    QThreadPool::globalInstance()->waitForDone(); // a checkpoint still running reads m_store
}

void SyncClient::start()
{
    m_drainTimer.start();
    m_leaseTimer.start();
    m_heartbeatTimer.start();
    refreshLeases();
    heartbeat();
    drain();
}

QNetworkRequest SyncClient::request(const QString &path) const
{
    QUrl url = m_config.server;
    const qsizetype query = path.indexOf(u'?');
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + QStringLiteral("/api/v1/") + path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest req(url);
    req.setRawHeader("Authorization", "Bearer " + m_config.token.toLatin1());
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!m_config.caFile.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromPath(m_config.caFile));
        req.setSslConfiguration(tls);
    }
    return req;
}

QNetworkReply *SyncClient::send(const QByteArray &method, const QString &path, const QJsonObject &body, const QString &idempotencyKey)
{
    QNetworkRequest req = request(path);
    if (!idempotencyKey.isEmpty())
        req.setRawHeader("Idempotency-Key", idempotencyKey.toLatin1());
    req.setTransferTimeout(kDrainTimeoutMs);
    const QByteArray bytes = body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return m_network.sendCustomRequest(req, method, bytes);
}

QJsonObject SyncClient::bookingBody(const OutboxBooking &b)
{
    // The same bytes on every attempt: the server recognises a replay by them.
    QJsonObject body{{QStringLiteral("id"), b.id},
                     {QStringLiteral("slot_id"), b.slotId},
                     {QStringLiteral("language"), b.language},
                     {QStringLiteral("phone"), b.phone},
                     {QStringLiteral("created_at"), b.createdAt}};
    if (!b.name.isEmpty())
        body.insert(QStringLiteral("name"), b.name);
    if (!b.leaseId.isEmpty()) {
        body.insert(QStringLiteral("lease_id"), b.leaseId);
        body.insert(QStringLiteral("code"), b.code);
    }
    return body;
}

void SyncClient::book(const BookingRequest &r, std::function<void(const BookingOutcome &)> done)
{
    OutboxBooking b;
    b.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    b.slotId = r.slotId;
    b.office = r.office;
    b.service = r.service;
    b.language = r.language;
    b.phone = r.phone;
    b.name = r.name;
    b.createdAt = Clock::now().toString(Qt::ISODate);
    // A seat leased to this kiosk, if it has one on the slot: then the booking holds even if
    // the server does not answer now, and the visitor gets its code either way.
    const QList<LeasedSeat> seats = m_store.freeLeasedSeats(r.slotId, nowMs());
    const LeasedSeat *seat = seats.isEmpty() ? nullptr : &seats.first();
    if (seat) {
        b.leaseId = seat->leaseId;
        b.code = seat->code;
    }
    if (!m_store.add(b, seat)) {
        done({BookingOutcome::Kind::Unavailable, b.id, {}});
        return;
    }
    const bool leased = seat != nullptr;
    QNetworkReply *reply = send("POST", QStringLiteral("bookings"), bookingBody(b), b.id);
    reply->setProperty("visitorWaiting", true);
    QTimer::singleShot(m_config.answerTimeoutMs, reply, [reply] { reply->abort(); }); // the visitor waits no longer
    m_visitorInFlight.insert(b.id);
    connect(reply, &QNetworkReply::finished, this, [this, reply, b, leased, done] {
        reply->deleteLater();
        m_visitorInFlight.remove(b.id);
        BookingOutcome outcome{BookingOutcome::Kind::Unavailable, b.id, {}};
        if (settle(b, reply, &outcome, true)) {
            done(outcome);
            return;
        }
        scheduleRetry(b);
        if (leased)
            outcome = {BookingOutcome::Kind::ConfirmedOffline, b.id, b.code};
        done(outcome);
    });
}

bool SyncClient::settle(const OutboxBooking &b, QNetworkReply *reply, BookingOutcome *outcome, bool visitorWaiting)
{
    const int status = statusOf(reply);
    if (!isFinal(status))
        return false;
    m_lastSync = Clock::now().toString(Qt::ISODate);
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    if (status >= 200 && status < 300) {
        const QString code = answer.value(QStringLiteral("code")).toString();
        m_store.confirm(b.id, code);
        checkpointSoon();
        if (!visitorWaiting && b.code.isEmpty())
            callStaff(QStringLiteral("unannounced_booking")); // the visitor was told it failed: staff call them
        *outcome = {BookingOutcome::Kind::Confirmed, b.id, code};
        Q_EMIT settled(b.id, OutboxBooking::State::Confirmed);
        return true;
    }
    const QString message = answer.value(QStringLiteral("message")).toString();
    if (status == 409 && visitorWaiting && b.leaseId.isEmpty()) {
        // Taken while the visitor chose it: they pick another time; nothing to keep.
        m_store.finish(b.id, OutboxBooking::State::Rejected, message);
        *outcome = {BookingOutcome::Kind::Taken, b.id, {}};
        Q_EMIT settled(b.id, OutboxBooking::State::Rejected);
        return true;
    }
    if (status == 409) {
        // Refused after the visitor left with a confirmation: staff must sort it out.
        m_store.finish(b.id, OutboxBooking::State::Conflict, message);
        callStaff(QStringLiteral("conflict"), {{QStringLiteral("booking"), b.id},
                                               {QStringLiteral("code"), b.code},
                                               {QStringLiteral("slot_id"), b.slotId},
                                               {QStringLiteral("phone"), b.phone}});
        *outcome = {BookingOutcome::Kind::Taken, b.id, {}};
        Q_EMIT settled(b.id, OutboxBooking::State::Conflict);
        return true;
    }
    m_store.finish(b.id, OutboxBooking::State::Rejected, message);
    if (!visitorWaiting)
        callStaff(QStringLiteral("rejected_booking"));
    *outcome = {BookingOutcome::Kind::Refused, b.id, {}};
    Q_EMIT settled(b.id, OutboxBooking::State::Rejected);
    return true;
}

void SyncClient::checkpointSoon()
{
    // The phone is gone from the rows; the WAL still has it until a truncating checkpoint. One
    // runs at a time off this thread, and one more after it if bookings were confirmed meanwhile
    // (a checkpoint per booking made draining a long outbox twice as slow).
    m_checkpointAgain = true;
    if (m_checkpointRunning.exchange(true))
        return;
    BookingStore *store = &m_store;
    QThreadPool::globalInstance()->start([this, store] {
        do {
            while (m_checkpointAgain.exchange(false))
                store->checkpoint();
            m_checkpointRunning = false;
            // A confirmation between the last exchange and the line above runs it once more.
        } while (m_checkpointAgain && !m_checkpointRunning.exchange(true));
    });
}

void SyncClient::scheduleRetry(const OutboxBooking &b)
{
    // Exponential backoff with jitter, so kiosks coming back together do not knock together.
    const qint64 base = std::min<qint64>(kMaxBackoffMs, 1000LL << std::min(b.attempts, 20));
    const qint64 delay = qint64(double(base) * (0.5 + QRandomGenerator::global()->generateDouble()));
    m_store.retryLater(b.id, nowMs() + delay);
}

void SyncClient::drain()
{
    // Oldest first, a few at a time: one at a time waits a round trip per booking, and a
    // kiosk back from a week offline would take minutes.
    if (m_drainInFlight.size() >= kDrainParallel)
        return;
    const QList<OutboxBooking> due = m_store.duePending(nowMs(), kDrainParallel * 2 + m_visitorInFlight.size());
    for (const OutboxBooking &b : due) {
        if (m_drainInFlight.size() >= kDrainParallel)
            break;
        if (m_drainInFlight.contains(b.id) || m_visitorInFlight.contains(b.id))
            continue;
        m_drainInFlight.insert(b.id);
        QNetworkReply *reply = send("POST", QStringLiteral("bookings"), bookingBody(b), b.id);
        connect(reply, &QNetworkReply::finished, this, [this, reply, b] {
            reply->deleteLater();
            m_drainInFlight.remove(b.id);
            BookingOutcome outcome;
            if (settle(b, reply, &outcome, false))
                QTimer::singleShot(0, this, &SyncClient::drain); // the next ones at once
            else
                scheduleRetry(b);
        });
    }
}

void SyncClient::fetchSlots(const QString &office, const QString &service, QDate from, QDate to,
                            std::function<void(bool, const QJsonArray &)> done)
{
    QNetworkReply *reply = send("GET", QStringLiteral("slots?office=%1&service=%2&from=%3&to=%4")
                                           .arg(office, service, from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    QTimer::singleShot(m_config.answerTimeoutMs, reply, [reply] { reply->abort(); });
    connect(reply, &QNetworkReply::finished, this, [reply, done] {
        reply->deleteLater();
        if (statusOf(reply) != 200) {
            done(false, {});
            return;
        }
        done(true, QJsonDocument::fromJson(reply->readAll()).array());
    });
}

void SyncClient::refreshLeases()
{
    // From tomorrow: a lease ends at the start of its day, so one for today would be born expired.
    const QDate tomorrow = Clock::today(m_config.officeZone).addDays(1);
    for (const QString &service : std::as_const(m_config.services)) {
        const QString path = QStringLiteral("slots?office=%1&service=%2&from=%3&to=%4")
                                 .arg(m_config.office, service, tomorrow.toString(Qt::ISODate),
                                      tomorrow.addDays(m_config.leaseHorizonDays).toString(Qt::ISODate));
        QNetworkReply *reply = send("GET", path);
        connect(reply, &QNetworkReply::finished, this, [this, reply, service] {
            reply->deleteLater();
            if (statusOf(reply) != 200)
                return;
            // The next open days: those that have slots at all, in order.
            QList<QDate> days;
            for (const QJsonValue &slot : QJsonDocument::fromJson(reply->readAll()).array()) {
                const QDate day = QDate::fromString(slot.toObject().value(QStringLiteral("start")).toString().left(10), Qt::ISODate);
                if (days.isEmpty() || days.last() != day)
                    days.append(day);
            }
            for (const QDate &day : days.mid(0, m_config.leaseDays)) {
                const int missing = m_config.leaseSeats - m_store.freeLeasedSeatCount(m_config.office, service, day.toString(Qt::ISODate), nowMs());
                if (missing > 0)
                    leaseDay(service, day, missing);
            }
        });
    }
}

void SyncClient::leaseDay(const QString &service, QDate day, int seats)
{
    QNetworkReply *reply = send("POST", QStringLiteral("leases"),
                                {{QStringLiteral("office"), m_config.office},
                                 {QStringLiteral("service"), service},
                                 {QStringLiteral("date"), day.toString(Qt::ISODate)},
                                 {QStringLiteral("seats"), seats}});
    connect(reply, &QNetworkReply::finished, this, [this, reply, service, day] {
        reply->deleteLater();
        if (statusOf(reply) != 201)
            return; // none free that day, or offline: the next round tries again
        const QJsonObject lease = QJsonDocument::fromJson(reply->readAll()).object();
        QList<LeasedSeat> seats;
        for (const QJsonValue &v : lease.value(QStringLiteral("slots")).toArray()) {
            const QJsonObject slot = v.toObject();
            for (const QJsonValue &code : slot.value(QStringLiteral("codes")).toArray())
                seats.append({lease.value(QStringLiteral("id")).toString(), slot.value(QStringLiteral("slot_id")).toString(), code.toString()});
        }
        const qint64 expires = QDateTime::fromString(lease.value(QStringLiteral("expires")).toString(), Qt::ISODate).toMSecsSinceEpoch();
        if (m_store.addLease(m_config.office, service, day.toString(Qt::ISODate), lease.value(QStringLiteral("id")).toString(), seats, expires))
            Q_EMIT leasesChanged();
    });
}

void SyncClient::heartbeat()
{
    QNetworkReply *reply = send("POST", QStringLiteral("kiosks/%1/heartbeat").arg(m_config.kioskId),
                                {{QStringLiteral("office"), m_config.office.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_config.office)},
                                 {QStringLiteral("pack_version"), packVersion},
                                 {QStringLiteral("pack_refusal"), packRefusal.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(packRefusal)},
                                 {QStringLiteral("outbox_depth"), m_store.pendingCount()},
                                 {QStringLiteral("last_sync"), m_lastSync.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(m_lastSync)},
                                 {QStringLiteral("speech_ok"), speechOk},
                                 {QStringLiteral("printer_ok"), printerOk},
                                 {QStringLiteral("uptime_s"), m_uptime.elapsed() / 1000}});
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (statusOf(reply) == 200)
            flushAlerts(); // the server is back: what was kept goes now
    });
}

void SyncClient::callStaff(const QString &reason, const QJsonObject &details)
{
    QJsonObject alert = details;
    alert.insert(QStringLiteral("kiosk"), m_config.kioskId);
    alert.insert(QStringLiteral("reason"), reason);
    if (!m_config.office.isEmpty())
        alert.insert(QStringLiteral("office"), m_config.office); // staff go to the right office
    if (alert.value(QStringLiteral("code")).toString().isEmpty())
        alert.remove(QStringLiteral("code"));
    m_alerts.append(alert);
    flushAlerts();
}

void SyncClient::flushAlerts()
{
    if (m_alerts.isEmpty() || m_alertInFlight)
        return;
    m_alertInFlight = true;
    QNetworkReply *reply = send("POST", QStringLiteral("alerts"), m_alerts.first());
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_alertInFlight = false;
        if (statusOf(reply) != 201)
            return; // kept for the next heartbeat
        const QJsonObject sent = m_alerts.takeFirst();
        // Staff have the conflict's phone number now: the kiosk keeps it no longer.
        if (sent.contains(QStringLiteral("phone"))) {
            m_store.erasePersonalData(sent.value(QStringLiteral("booking")).toString());
            checkpointSoon();
        }
        flushAlerts();
    });
}

} // namespace guichet
