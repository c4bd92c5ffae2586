// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookings.h"

#include "apierror.h"
#include "clock.h"
#include "database.h"
#include "groupcommit.h"
#include "phonenumber.h"
#include "schedule.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>

#include <variant>

namespace guichet::server::bookings {

namespace {

QString newCode()
{
    static const char letters[] = "ABCDEFGHJKLMNPQRSTUVWXYZ"; // no I, no O
    static const char digits[] = "23456789";                  // no 0, no 1
    QRandomGenerator *random = QRandomGenerator::global();
    QString code;
    code += QLatin1Char(letters[random->bounded(24)]);
    code += QLatin1Char(digits[random->bounded(8)]);
    code += u'-';
    for (int i = 0; i < 4; ++i)
        code += QLatin1Char(digits[random->bounded(8)]);
    return code;
}

const QString kColumns = QStringLiteral("id, code, slot_id, office, service, start_at, end_at, language, phone, name, status, lease_id, created_at");

QJsonValue nullable(const QVariant &v)
{
    return v.isNull() || v.toString().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}

/** A booking as the API gives it, from its values in kColumns' order. */
QJsonObject bookingJson(const Schedule &schedule, const QVariantList &v)
{
    return {{QStringLiteral("id"), v[0].toString()},
            {QStringLiteral("code"), v[1].toString()},
            {QStringLiteral("slot_id"), v[2].toString()},
            {QStringLiteral("office"), v[3].toString()},
            {QStringLiteral("service"), v[4].toString()},
            {QStringLiteral("start"), schedule.localTime(v[3].toString(), v[5].toLongLong())},
            {QStringLiteral("end"), schedule.localTime(v[3].toString(), v[6].toLongLong())},
            {QStringLiteral("language"), v[7].toString()},
            {QStringLiteral("phone"), nullable(v[8])},
            {QStringLiteral("name"), nullable(v[9])},
            {QStringLiteral("status"), v[10].toString()},
            {QStringLiteral("lease_id"), nullable(v[11])},
            {QStringLiteral("created_at"), v[12].toString()}};
}

QJsonObject rowJson(const Schedule &schedule, const QSqlQuery &q)
{
    QVariantList values;
    for (int i = 0; i < 13; ++i)
        values << q.value(i);
    return bookingJson(schedule, values);
}

QJsonObject byId(const Schedule &schedule, const QString &id)
{
    QSqlQuery q = Database::run(QStringLiteral("SELECT %1 FROM bookings WHERE id = ?").arg(kColumns), {id});
    if (!q.next())
        throw notFound(QStringLiteral("no booking %1").arg(id));
    return rowJson(schedule, q);
}

QString requiredString(const QJsonObject &body, const QString &key, int maxLength)
{
    const QJsonValue v = body.value(key);
    if (!v.isString() || v.toString().trimmed().isEmpty())
        throw invalid(key, QStringLiteral("%1 is required and must be a string").arg(key));
    if (v.toString().size() > maxLength)
        throw invalid(key, QStringLiteral("%1 is longer than %2 characters").arg(key).arg(maxLength));
    return v.toString();
}

QString optionalString(const QJsonObject &body, const QString &key, int maxLength)
{
    const QJsonValue v = body.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        throw invalid(key, QStringLiteral("%1 must be a string").arg(key));
    if (v.toString().size() > maxLength)
        throw invalid(key, QStringLiteral("%1 is longer than %2 characters").arg(key).arg(maxLength));
    return v.toString().trimmed();
}

/** The fields that make a booking what it is: a replay must repeat them exactly. */
struct Request {
    QString id;
    QString slot;
    QString language;
    QString phone; // E.164
    QString name;
    QString lease;
    QString leaseCode; // the leased seat's code a kiosk showed offline
    QString createdAt;
    QString hash;
};

Request parse(const QString &idempotencyKey, const QJsonObject &body)
{
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    static const QRegularExpression language(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{1,8})?$"));
    static const QRegularExpression control(QStringLiteral("[\\x{0000}-\\x{001F}\\x{007F}\\x{2028}\\x{2029}]"));
    Request r;
    r.id = requiredString(body, QStringLiteral("id"), 36).toLower();
    if (!uuid.match(r.id).hasMatch())
        throw invalid(QStringLiteral("id"), QStringLiteral("id must be a UUID made on the kiosk"));
    if (idempotencyKey.toLower() != r.id)
        throw invalid(QStringLiteral("Idempotency-Key"), QStringLiteral("the Idempotency-Key header must equal the booking id"));
    r.slot = requiredString(body, QStringLiteral("slot_id"), 200);
    r.language = requiredString(body, QStringLiteral("language"), 12);
    if (!language.match(r.language).hasMatch())
        throw invalid(QStringLiteral("language"), QStringLiteral("language must be a language code such as \"ar\""));
    const std::optional<QString> phone = normalisedPhone(requiredString(body, QStringLiteral("phone"), 40));
    if (!phone)
        throw invalid(QStringLiteral("phone"), QStringLiteral("not a phone number"));
    r.phone = *phone;
    r.name = optionalString(body, QStringLiteral("name"), 100);
    if (r.name.contains(control))
        throw invalid(QStringLiteral("name"), QStringLiteral("name has control characters"));
    r.lease = optionalString(body, QStringLiteral("lease_id"), 100);
    r.leaseCode = optionalString(body, QStringLiteral("code"), 12);
    if (!r.leaseCode.isEmpty() && r.lease.isEmpty())
        throw invalid(QStringLiteral("code"), QStringLiteral("a code is sent only with the lease_id it was leased with"));
    r.createdAt = requiredString(body, QStringLiteral("created_at"), 40);
    if (!QDateTime::fromString(r.createdAt, Qt::ISODateWithMs).isValid())
        throw invalid(QStringLiteral("created_at"), QStringLiteral("created_at must be an RFC 3339 time"));
    QJsonObject canonical;
    for (const char *key : {"id", "slot_id", "language", "phone", "name", "lease_id", "code", "created_at"})
        canonical.insert(QLatin1String(key), body.value(QLatin1String(key)));
    r.hash = QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(canonical).toJson(QJsonDocument::Compact),
                                                          QCryptographicHash::Sha256).toHex());
    return r;
}

/** A slot's office, service, day, start_at and end_at. */
using SlotValues = QVariantList;

/** The booking already made with this request's id (a replay; 422 if its body differs), or
 *  else the slot's values (404 without the slot). */
std::variant<Created, SlotValues> lookUp(const Schedule &schedule, const Request &r)
{
    QSqlQuery found = Database::run(QStringLiteral("SELECT b.body_hash, s.office, s.service, s.day, s.start_at, s.end_at "
                                                   "FROM (SELECT ? AS booking, ? AS slot) AS asked "
                                                   "LEFT JOIN bookings b ON b.id = asked.booking LEFT JOIN slots s ON s.id = asked.slot"),
                                    {r.id, r.slot});
    found.next();
    if (!found.value(0).isNull()) {
        if (found.value(0).toString() != r.hash)
            throw ApiError{422, QStringLiteral("idempotency_mismatch"),
                           QStringLiteral("this booking id was already used with a different request")};
        return Created{byId(schedule, r.id), true};
    }
    if (found.value(1).isNull())
        throw ApiError{404, QStringLiteral("not_found"), QStringLiteral("no slot %1").arg(r.slot), QStringLiteral("slot_id")};
    return SlotValues{found.value(1), found.value(2), found.value(3), found.value(4), found.value(5)};
}

/**
 * One try, inside GroupCommit's transaction: it refuses (ApiError) only before it writes.
 * Each statement is a round trip to PostgreSQL on the one writer connection, so a booking
 * without a lease takes two: the seat (which gives the slot's values), then the row.
 */
Created attempt(const Schedule &schedule, const Caller &caller, const Request &r)
{
    SlotValues slot;
    QString code;
    if (r.lease.isEmpty()) {
        // Only a slot still ahead: a visitor cannot come to one that has started. (A seat leased
        // to a kiosk is honoured even late, below: that visitor left with its code.)
        const qint64 now = Clock::nowSecs();
        QSqlQuery seat = Database::run(QStringLiteral("UPDATE slots SET booked = booked + 1 WHERE id = ? AND booked + leased < capacity "
                                                      "AND start_at > CAST(? AS BIGINT) AND NOT EXISTS (SELECT 1 FROM bookings WHERE id = ?) "
                                                      "RETURNING office, service, day, start_at, end_at"),
                                       {r.slot, now, r.id});
        if (seat.next()) {
            slot = {seat.value(0), seat.value(1), seat.value(2), seat.value(3), seat.value(4)};
        } else {
            // No seat taken: a replay, no such slot, a slot that has started, or a full one.
            const std::variant<Created, SlotValues> found = lookUp(schedule, r);
            if (const Created *replay = std::get_if<Created>(&found))
                return *replay;
            if (std::get<SlotValues>(found).at(3).toLongLong() <= now)
                throw ApiError{409, QStringLiteral("slot_started"), QStringLiteral("this slot has already started")};
            throw ApiError{409, QStringLiteral("slot_full"), QStringLiteral("this slot has no free seat")};
        }
    } else {
        const std::variant<Created, SlotValues> found = lookUp(schedule, r);
        if (const Created *replay = std::get_if<Created>(&found))
            return *replay;
        slot = std::get<SlotValues>(found);
        // The seat set aside for this kiosk: always there while the lease holds it.
        const bool fromLease = Database::change(QStringLiteral("UPDATE lease_slots SET used = used + 1 WHERE lease_id = ? AND slot_id = ? AND used < seats "
                                                               "AND lease_id IN (SELECT id FROM leases WHERE id = ? AND kiosk = ? AND released = 0)"),
                                                {r.lease, r.slot, r.lease, caller.kiosk})
            == 1;
        if (fromLease) {
            Database::change(QStringLiteral("UPDATE slots SET leased = leased - 1, booked = booked + 1 WHERE id = ?"), {r.slot});
            // The code the kiosk already gave the visitor (or any unused one of the seat's).
            QSqlQuery leased = Database::run(QStringLiteral("SELECT code FROM lease_codes WHERE lease_id = ? AND slot_id = ? AND booking_id IS NULL "
                                                            "AND (? = '' OR code = ?) ORDER BY code LIMIT 1"),
                                             {r.lease, r.slot, r.leaseCode, r.leaseCode});
            if (leased.next()) {
                code = leased.value(0).toString();
                Database::change(QStringLiteral("UPDATE lease_codes SET booking_id = ? WHERE lease_id = ? AND code = ?"), {r.id, r.lease, code});
            }
        } else if (Database::change(QStringLiteral("UPDATE slots SET booked = booked + 1 WHERE id = ? AND booked + leased < capacity"), {r.slot}) != 1) {
            throw ApiError{409, QStringLiteral("lease_exhausted"), QStringLiteral("the lease holds no seat on this slot and the slot is full")};
        }
    }
    // The row, with a code no booking and no other leased seat of that office and day has: a
    // code already taken inserts nothing, and another is drawn.
    const QVariant none(QMetaType(QMetaType::QString));
    for (int draws = 1;; ++draws) {
        if (code.isEmpty())
            code = newCode();
        const int inserted = Database::change(
            QStringLiteral("INSERT INTO bookings (id, body_hash, code, slot_id, office, service, day, start_at, end_at, language, "
                           "phone, name, status, lease_id, kiosk, created_at, received_at) "
                           "SELECT ?, ?, ?, id, office, service, day, start_at, end_at, ?, ?, ?, 'booked', ?, ?, ?, CAST(? AS BIGINT) "
                           "FROM slots WHERE id = ? AND NOT EXISTS (SELECT 1 FROM lease_codes c WHERE c.office = slots.office "
                           "AND c.day = slots.day AND c.code = ? AND (c.booking_id IS NULL OR c.booking_id <> ?)) "
                           "ON CONFLICT (office, day, code) DO NOTHING"),
            {r.id, r.hash, code, r.language, r.phone, r.name.isEmpty() ? none : QVariant(r.name),
             r.lease.isEmpty() ? none : QVariant(r.lease), caller.isStaff() ? none : QVariant(caller.kiosk), r.createdAt,
             Clock::nowSecs(), r.slot, code, r.id});
        if (inserted == 1)
            break;
        if (draws >= 20)
            throw DbError(QStringLiteral("no free booking code for %1 on %2").arg(slot[0].toString(), slot[2].toString()), false);
        code.clear();
    }
    // The row just written, without reading it back.
    return {bookingJson(schedule, {r.id, code, r.slot, slot[0], slot[1], slot[3], slot[4], r.language, r.phone, r.name,
                                   QStringLiteral("booked"), r.lease, r.createdAt}),
            false};
}

} // namespace

QString freeCode(const QString &office, const QString &day)
{
    QString code;
    do {
        code = newCode();
    } while (Database::run(QStringLiteral("SELECT 1 FROM bookings WHERE office = ? AND day = ? AND code = ? "
                                          "UNION ALL SELECT 1 FROM lease_codes WHERE office = ? AND day = ? AND code = ?"),
                           {office, day, code, office, day, code})
                 .next());
    return code;
}

Created create(Schedule &schedule, const Caller &caller, const QString &idempotencyKey, const QJsonObject &body)
{
    const Request r = parse(idempotencyKey, body);
    if (!schedule.ensureSlotById(r.slot))
        throw ApiError{404, QStringLiteral("not_found"), QStringLiteral("no slot %1").arg(r.slot), QStringLiteral("slot_id")};
    for (int tries = 1;; ++tries) {
        try {
            return GroupCommit::instance().run<Created>([&] { return attempt(schedule, caller, r); });
        } catch (const DbError &e) {
            // A racing request with the same id committed first (through another server process,
            // or in a batch rolled back and run again alone): once more, and the replay answers.
            // A code already taken is no error: attempt() draws another.
            if (!e.constraint || tries >= 3)
                throw;
        }
    }
}

int forgetPersonalData(const QString &before)
{
    // A conflict's phone number goes with the same delay, counted from the alert.
    Database::change(QStringLiteral("UPDATE alerts SET phone = NULL WHERE phone IS NOT NULL AND created_at < ?"),
                     {QDateTime(QDate::fromString(before, Qt::ISODate), QTime(0, 0)).toSecsSinceEpoch()});
    return Database::change(QStringLiteral("UPDATE bookings SET phone = NULL, name = NULL WHERE day < ? AND (phone IS NOT NULL OR name IS NOT NULL)"),
                            {before});
}

QJsonArray ofDay(const Schedule &schedule, const QString &office, const QString &date)
{
    return inSpan(schedule, office, date, date);
}

QJsonArray inSpan(const Schedule &schedule, const QString &office, const QString &fromDay, const QString &toDay)
{
    QSqlQuery q = Database::run(QStringLiteral("SELECT %1 FROM bookings WHERE office = ? AND day >= ? AND day <= ? ORDER BY start_at, code").arg(kColumns),
                                {office, fromDay, toDay});
    QJsonArray list;
    while (q.next())
        list.append(rowJson(schedule, q));
    return list;
}

QJsonObject setStatus(const Schedule &schedule, const QString &id, const QString &status, const QString &expected)
{
    static const QStringList statuses{QStringLiteral("booked"), QStringLiteral("attended"), QStringLiteral("no_show"), QStringLiteral("cancelled")};
    if (!statuses.contains(status))
        throw invalid(QStringLiteral("status"), QStringLiteral("status must be attended, no_show, cancelled or booked"));
    Transaction tx;
    QSqlQuery q = Database::run(QStringLiteral("SELECT status, slot_id FROM bookings WHERE id = ?"), {id});
    if (!q.next())
        throw notFound(QStringLiteral("no booking %1").arg(id));
    const QString old = q.value(0).toString();
    const QString slot = q.value(1).toString();
    // Two desks on one booking: the second learns what the first did instead of undoing it.
    // (The same status again is no change: a repeated request, or both desks agreeing.)
    if (!expected.isEmpty() && old != expected && old != status)
        throw ApiError{409, QStringLiteral("status_changed"), QStringLiteral("the booking is %1 now: someone changed it meanwhile").arg(old),
                       QStringLiteral("status")};
    if (status == QStringLiteral("cancelled") && old != status)
        Database::change(QStringLiteral("UPDATE slots SET booked = booked - 1 WHERE id = ?"), {slot}); // the seat is free again
    if (old == QStringLiteral("cancelled") && status != old
        && Database::change(QStringLiteral("UPDATE slots SET booked = booked + 1 WHERE id = ? AND booked + leased < capacity"), {slot}) != 1)
        throw ApiError{409, QStringLiteral("slot_full"), QStringLiteral("the seat was taken since the cancellation")};
    Database::change(QStringLiteral("UPDATE bookings SET status = ? WHERE id = ?"), {status, id});
    QJsonObject booking = byId(schedule, id);
    tx.commit();
    return booking;
}

} // namespace guichet::server::bookings
