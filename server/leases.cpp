// SPDX-License-Identifier: GPL-3.0-or-later
#include "leases.h"

#include "apierror.h"
#include "bookings.h"
#include "clock.h"
#include "database.h"
#include "schedule.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUuid>

namespace guichet::server::leases {

namespace {

const Office &officeOrThrow(const Schedule &schedule, const QString &id)
{
    const Office *office = schedule.office(id);
    if (!office)
        throw ApiError{404, QStringLiteral("not_found"), QStringLiteral("no office %1").arg(id), QStringLiteral("office")};
    return *office;
}

void checkService(const Office &office, const QString &service)
{
    if (std::none_of(office.services.cbegin(), office.services.cend(), [&](const OfficeService &s) { return s.service == service; }))
        throw ApiError{404, QStringLiteral("not_found"), QStringLiteral("office %1 offers no service %2").arg(office.id, service), QStringLiteral("service")};
}

/** Gives a lease's unused seats back and ends it, once, even with two servers racing. */
int release(const QString &id)
{
    if (Database::change(QStringLiteral("UPDATE leases SET released = 1 WHERE id = ? AND released = 0"), {id}) != 1)
        return 0;
    QSqlQuery q = Database::run(QStringLiteral("SELECT slot_id, seats - used FROM lease_slots WHERE lease_id = ?"), {id});
    QList<std::pair<QString, int>> unused;
    while (q.next())
        unused.append({q.value(0).toString(), q.value(1).toInt()});
    int returned = 0;
    for (const auto &[slot, seats] : unused) {
        if (seats <= 0)
            continue;
        Database::change(QStringLiteral("UPDATE slots SET leased = leased - ? WHERE id = ?"), {seats, slot});
        Database::change(QStringLiteral("UPDATE lease_slots SET seats = used WHERE lease_id = ? AND slot_id = ?"), {id, slot});
        returned += seats;
    }
    return returned;
}

} // namespace

QJsonArray slotList(Schedule &schedule, const QString &officeId, const QString &service, QDate from, QDate to)
{
    const Office &office = officeOrThrow(schedule, officeId);
    checkService(office, service);
    if (!from.isValid() || !to.isValid() || to < from)
        throw invalid(QStringLiteral("from"), QStringLiteral("from and to must be dates (YYYY-MM-DD), from not after to"));
    if (from.daysTo(to) > 62)
        throw invalid(QStringLiteral("to"), QStringLiteral("at most 62 days at once"));
    expire(Clock::nowSecs());
    schedule.ensureSlots(office, service, from, to);
    // A slot that has started is not offered: nobody can come to it any more.
    QSqlQuery q = Database::run(QStringLiteral("SELECT id, start_at, end_at, capacity, booked, leased FROM slots "
                                               "WHERE office = ? AND service = ? AND day >= ? AND day <= ? AND start_at > CAST(? AS BIGINT) "
                                               "ORDER BY start_at"),
                                {officeId, service, from.toString(Qt::ISODate), to.toString(Qt::ISODate), Clock::nowSecs()});
    QJsonArray list;
    while (q.next()) {
        const int capacity = q.value(3).toInt();
        const int booked = q.value(4).toInt();
        list.append(QJsonObject{{QStringLiteral("id"), q.value(0).toString()},
                                {QStringLiteral("office"), officeId},
                                {QStringLiteral("service"), service},
                                {QStringLiteral("start"), schedule.localTime(office.id, q.value(1).toLongLong())},
                                {QStringLiteral("end"), schedule.localTime(office.id, q.value(2).toLongLong())},
                                {QStringLiteral("capacity"), capacity},
                                {QStringLiteral("booked"), booked},
                                {QStringLiteral("available"), capacity - booked - q.value(5).toInt()}});
    }
    return list;
}

QJsonObject take(Schedule &schedule, const Caller &caller, const QJsonObject &body)
{
    if (caller.isStaff())
        throw forbidden(QStringLiteral("only a kiosk leases seats"));
    const QJsonValue officeValue = body.value(QStringLiteral("office"));
    const QJsonValue serviceValue = body.value(QStringLiteral("service"));
    const QJsonValue dateValue = body.value(QStringLiteral("date"));
    const QJsonValue seatsValue = body.value(QStringLiteral("seats"));
    if (!officeValue.isString())
        throw invalid(QStringLiteral("office"), QStringLiteral("office must be a string"));
    if (!serviceValue.isString())
        throw invalid(QStringLiteral("service"), QStringLiteral("service must be a string"));
    const QDate day = QDate::fromString(dateValue.toString(), Qt::ISODate);
    if (!dateValue.isString() || !day.isValid())
        throw invalid(QStringLiteral("date"), QStringLiteral("date must be YYYY-MM-DD"));
    const double seatsNumber = seatsValue.toDouble(-1);
    if (!seatsValue.isDouble() || seatsNumber != std::floor(seatsNumber) || seatsNumber < 1 || seatsNumber > 20)
        throw invalid(QStringLiteral("seats"), QStringLiteral("seats must be a whole number from 1 to 20"));
    const Office &office = officeOrThrow(schedule, officeValue.toString());
    checkService(office, serviceValue.toString());
    schedule.ensureSlots(office, serviceValue.toString(), day, day);

    const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    // Until the end of the day before: the seats are back in the pool for the day itself.
    const qint64 expires = QDateTime(day, QTime(0, 0), schedule.zoneOf(office.id)).toSecsSinceEpoch();
    Transaction tx;
    Database::run(QStringLiteral("INSERT INTO leases (id, kiosk, office, service, day, expires_at) VALUES (?, ?, ?, ?, ?, ?)"),
                  {id, caller.kiosk, office.id, serviceValue.toString(), day.toString(Qt::ISODate), expires});
    QSqlQuery q = Database::run(QStringLiteral("SELECT id FROM slots WHERE office = ? AND service = ? AND day = ? AND start_at > ? "
                                               "AND booked + leased < capacity ORDER BY start_at"),
                                {office.id, serviceValue.toString(), day.toString(Qt::ISODate), Clock::nowSecs()});
    QStringList candidates;
    while (q.next())
        candidates << q.value(0).toString();
    QJsonArray taken;
    int wanted = int(seatsNumber);
    for (const QString &slot : std::as_const(candidates)) {
        if (wanted == 0)
            break;
        // The same conditional update as a booking: a seat is leased only if it is free.
        if (Database::change(QStringLiteral("UPDATE slots SET leased = leased + 1 WHERE id = ? AND booked + leased < capacity"), {slot}) != 1)
            continue;
        Database::run(QStringLiteral("INSERT INTO lease_slots (lease_id, slot_id, seats) VALUES (?, ?, 1)"), {id, slot});
        const QString code = bookings::freeCode(office.id, day.toString(Qt::ISODate));
        Database::run(QStringLiteral("INSERT INTO lease_codes (lease_id, slot_id, office, day, code) VALUES (?, ?, ?, ?, ?)"),
                      {id, slot, office.id, day.toString(Qt::ISODate), code});
        taken.append(QJsonObject{{QStringLiteral("slot_id"), slot}, {QStringLiteral("seats"), 1}, {QStringLiteral("codes"), QJsonArray{code}}});
        --wanted;
    }
    if (taken.isEmpty())
        throw ApiError{409, QStringLiteral("lease_exhausted"), QStringLiteral("no free seat to lease on %1").arg(day.toString(Qt::ISODate))};
    tx.commit();
    return {{QStringLiteral("id"), id},
            {QStringLiteral("slots"), taken},
            {QStringLiteral("expires"), schedule.localTime(office.id, expires)}};
}

QJsonObject giveBack(const Caller &caller, const QString &id)
{
    Transaction tx;
    QSqlQuery q = Database::run(QStringLiteral("SELECT kiosk FROM leases WHERE id = ?"), {id});
    if (!q.next())
        throw notFound(QStringLiteral("no lease %1").arg(id));
    if (q.value(0).toString() != caller.kiosk)
        throw forbidden(QStringLiteral("a kiosk gives back only its own leases"));
    const int returned = release(id);
    tx.commit();
    return {{QStringLiteral("id"), id}, {QStringLiteral("returned"), returned}};
}

int expire(qint64 now)
{
    QSqlQuery q = Database::run(QStringLiteral("SELECT id FROM leases WHERE released = 0 AND expires_at <= ?"), {now});
    QStringList due;
    while (q.next())
        due << q.value(0).toString();
    int ended = 0;
    for (const QString &id : std::as_const(due)) {
        Transaction tx;
        if (release(id) >= 0)
            ++ended;
        tx.commit();
    }
    return ended;
}

} // namespace guichet::server::leases
