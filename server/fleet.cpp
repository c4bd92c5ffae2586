// SPDX-License-Identifier: GPL-3.0-or-later
#include "fleet.h"

#include "apierror.h"
#include "clock.h"
#include "database.h"
#include "phonenumber.h"

#include <QDateTime>
#include <QRegularExpression>

namespace guichet::server::fleet {

namespace {

QVariant optionalInt(const QJsonObject &body, const QString &key)
{
    const QJsonValue v = body.value(key);
    if (v.isUndefined() || v.isNull())
        return QVariant(QMetaType(QMetaType::LongLong));
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1e12 || v.toDouble() != std::floor(v.toDouble()))
        throw invalid(key, QStringLiteral("%1 must be a whole number, 0 or more").arg(key));
    return qint64(v.toDouble());
}

QVariant optionalBool(const QJsonObject &body, const QString &key)
{
    const QJsonValue v = body.value(key);
    if (v.isUndefined() || v.isNull())
        return QVariant(QMetaType(QMetaType::Int));
    if (!v.isBool())
        throw invalid(key, QStringLiteral("%1 must be true or false").arg(key));
    return v.toBool() ? 1 : 0;
}

QVariant optionalText(const QJsonObject &body, const QString &key, int maxLength)
{
    const QJsonValue v = body.value(key);
    if (v.isUndefined() || v.isNull())
        return QVariant(QMetaType(QMetaType::QString));
    if (!v.isString() || v.toString().size() > maxLength)
        throw invalid(key, QStringLiteral("%1 must be a string of at most %2 characters").arg(key).arg(maxLength));
    return v.toString();
}

QString requiredText(const QJsonObject &object, const QString &key, int maxLength, const QString &field)
{
    const QJsonValue v = object.value(key);
    if (!v.isString() || v.toString().isEmpty() || v.toString().size() > maxLength)
        throw invalid(field, QStringLiteral("%1 must be a string of 1 to %2 characters").arg(field).arg(maxLength));
    return v.toString();
}

/** The last pack the kiosk refused: {"version", "reason"}, or null when it refused none. */
struct Refusal {
    QVariant version = QVariant(QMetaType(QMetaType::QString));
    QVariant reason = QVariant(QMetaType(QMetaType::QString));
};

Refusal optionalRefusal(const QJsonObject &body)
{
    const QString key = QStringLiteral("pack_refusal");
    const QJsonValue v = body.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isObject())
        throw invalid(key, QStringLiteral("pack_refusal must be {\"version\": …, \"reason\": …} or null"));
    const QJsonObject refusal = v.toObject();
    return {requiredText(refusal, QStringLiteral("version"), 64, QStringLiteral("pack_refusal.version")),
            requiredText(refusal, QStringLiteral("reason"), 500, QStringLiteral("pack_refusal.reason"))};
}

QJsonValue jsonOf(const QVariant &v, bool asBool = false)
{
    if (v.isNull())
        return QJsonValue::Null;
    if (asBool)
        return v.toInt() != 0;
    return v.typeId() == QMetaType::QString ? QJsonValue(v.toString()) : QJsonValue(v.toLongLong());
}

/** The office a kiosk says it stands in: an office id, as in the pack. */
QVariant officeOf(const QJsonObject &body)
{
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9][a-z0-9-]{0,63}$"));
    const QVariant office = optionalText(body, QStringLiteral("office"), 64);
    if (!office.isNull() && !shape.match(office.toString()).hasMatch())
        throw invalid(QStringLiteral("office"), QStringLiteral("office must be an office id such as bapa-bxl"));
    return office;
}

QJsonValue utcTime(const QVariant &secs)
{
    return secs.isNull() ? QJsonValue(QJsonValue::Null)
                         : QJsonValue(QDateTime::fromSecsSinceEpoch(secs.toLongLong(), Qt::UTC).toString(Qt::ISODate));
}

const QString kAlertColumns = QStringLiteral("id, kiosk, reason, created_at, booking, code, slot_id, phone, office, taken_at");

/** An alert as the API gives it, from a row of kAlertColumns. */
QJsonObject alertJson(const QSqlQuery &q)
{
    return {{QStringLiteral("id"), q.value(0).toLongLong()},
            {QStringLiteral("kiosk"), q.value(1).toString()},
            {QStringLiteral("reason"), q.value(2).toString()},
            {QStringLiteral("created_at"), utcTime(q.value(3))},
            {QStringLiteral("booking"), jsonOf(q.value(4))},
            {QStringLiteral("code"), jsonOf(q.value(5))},
            {QStringLiteral("slot_id"), jsonOf(q.value(6))},
            {QStringLiteral("phone"), jsonOf(q.value(7))},
            {QStringLiteral("office"), jsonOf(q.value(8))},
            {QStringLiteral("taken_at"), utcTime(q.value(9))}};
}

} // namespace

void heartbeat(const Caller &caller, const QString &kiosk, const QJsonObject &body)
{
    if (caller.isStaff() || caller.kiosk != kiosk)
        throw forbidden(QStringLiteral("a kiosk sends only its own heartbeat"));
    const Refusal refusal = optionalRefusal(body);
    Database::run(QStringLiteral("INSERT INTO heartbeats (kiosk, received_at, pack_version, outbox_depth, last_sync, speech_ok, printer_ok, uptime_s, "
                                 "pack_refused_version, pack_refusal, office) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (kiosk) DO UPDATE SET received_at = excluded.received_at, "
                                 "pack_version = excluded.pack_version, outbox_depth = excluded.outbox_depth, last_sync = excluded.last_sync, "
                                 "speech_ok = excluded.speech_ok, printer_ok = excluded.printer_ok, uptime_s = excluded.uptime_s, "
                                 "pack_refused_version = excluded.pack_refused_version, pack_refusal = excluded.pack_refusal, office = excluded.office"),
                  {kiosk, Clock::nowSecs(), optionalText(body, QStringLiteral("pack_version"), 64),
                   optionalInt(body, QStringLiteral("outbox_depth")), optionalText(body, QStringLiteral("last_sync"), 40),
                   optionalBool(body, QStringLiteral("speech_ok")), optionalBool(body, QStringLiteral("printer_ok")),
                   optionalInt(body, QStringLiteral("uptime_s")), refusal.version, refusal.reason, officeOf(body)});
}

QJsonArray kiosks(qint64 now, const std::optional<QString> &latestPack)
{
    QSqlQuery q = Database::run(QStringLiteral(
        "SELECT k.kiosk, h.received_at, h.pack_version, h.outbox_depth, h.last_sync, h.speech_ok, h.printer_ok, h.uptime_s, "
        "h.pack_refused_version, h.pack_refusal, h.office "
        "FROM (SELECT kiosk FROM tokens WHERE role = 'kiosk' AND revoked_at IS NULL UNION SELECT kiosk FROM heartbeats) k "
        "LEFT JOIN heartbeats h ON h.kiosk = k.kiosk ORDER BY k.kiosk"));
    QJsonArray list;
    while (q.next()) {
        const bool seen = !q.value(1).isNull();
        // Whether it runs the latest published pack; unknown before the first, or when it did not say.
        const QJsonValue isLatest = latestPack && !q.value(2).isNull() ? QJsonValue(q.value(2).toString() == *latestPack) : QJsonValue::Null;
        const QJsonValue refusal = q.value(8).isNull() ? QJsonValue(QJsonValue::Null)
                                                       : QJsonValue(QJsonObject{{QStringLiteral("version"), q.value(8).toString()},
                                                                                {QStringLiteral("reason"), q.value(9).toString()}});
        list.append(QJsonObject{
            {QStringLiteral("id"), q.value(0).toString()},
            {QStringLiteral("office"), jsonOf(q.value(10))},
            {QStringLiteral("last_heartbeat"), utcTime(q.value(1))},
            {QStringLiteral("age_s"), seen ? QJsonValue(now - q.value(1).toLongLong()) : QJsonValue::Null},
            {QStringLiteral("pack_version"), jsonOf(q.value(2))},
            {QStringLiteral("pack_is_latest"), isLatest},
            {QStringLiteral("pack_refusal"), refusal},
            {QStringLiteral("outbox_depth"), jsonOf(q.value(3))},
            {QStringLiteral("last_sync"), jsonOf(q.value(4))},
            {QStringLiteral("speech_ok"), jsonOf(q.value(5), true)},
            {QStringLiteral("printer_ok"), jsonOf(q.value(6), true)},
            {QStringLiteral("uptime_s"), jsonOf(q.value(7))}});
    }
    return list;
}

QJsonObject raise(const Caller &caller, const QJsonObject &body)
{
    if (caller.isStaff())
        throw forbidden(QStringLiteral("alerts come from kiosks"));
    const QJsonValue kiosk = body.value(QStringLiteral("kiosk"));
    if (!kiosk.isString())
        throw invalid(QStringLiteral("kiosk"), QStringLiteral("kiosk must be a string"));
    if (kiosk.toString() != caller.kiosk)
        throw forbidden(QStringLiteral("a kiosk raises alerts only as itself"));
    const QJsonValue reason = body.value(QStringLiteral("reason"));
    static const QRegularExpression shape(QStringLiteral("^[a-z_]{1,40}$"));
    if (!reason.isString() || !shape.match(reason.toString()).hasMatch())
        throw invalid(QStringLiteral("reason"), QStringLiteral("reason must be a word such as call_staff or conflict"));
    // A conflict names the booking the visitor left with, and their phone: staff must call them.
    static const QRegularExpression uuid(QStringLiteral("^[0-9a-fA-F-]{36}$"));
    const QVariant booking = optionalText(body, QStringLiteral("booking"), 36);
    if (!booking.isNull() && !uuid.match(booking.toString()).hasMatch())
        throw invalid(QStringLiteral("booking"), QStringLiteral("booking must be the booking's id"));
    const QVariant code = optionalText(body, QStringLiteral("code"), 12);
    const QVariant slot = optionalText(body, QStringLiteral("slot_id"), 200);
    QVariant phone = optionalText(body, QStringLiteral("phone"), 40);
    if (!phone.isNull()) {
        const std::optional<QString> e164 = normalisedPhone(phone.toString());
        if (!e164 || reason.toString() != QStringLiteral("conflict"))
            throw invalid(QStringLiteral("phone"), QStringLiteral("a phone number comes only with a conflict, and must be one"));
        phone = *e164;
    }
    // The office it stands in: as the alert says, else as its last heartbeat said.
    QVariant office = officeOf(body);
    if (office.isNull()) {
        QSqlQuery last = Database::run(QStringLiteral("SELECT office FROM heartbeats WHERE kiosk = ?"), {caller.kiosk});
        if (last.next())
            office = last.value(0);
    }
    const qint64 now = Clock::nowSecs();
    Database::run(QStringLiteral("INSERT INTO alerts (kiosk, reason, created_at, booking, code, slot_id, phone, office) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                  {caller.kiosk, reason.toString(), now, booking, code, slot, phone, office});
    QSqlQuery q = Database::run(QStringLiteral("SELECT MAX(id) FROM alerts WHERE kiosk = ?"), {caller.kiosk});
    return {{QStringLiteral("id"), q.next() ? q.value(0).toLongLong() : 0},
            {QStringLiteral("kiosk"), caller.kiosk},
            {QStringLiteral("reason"), reason.toString()},
            {QStringLiteral("office"), office.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(office.toString())},
            {QStringLiteral("created_at"), utcTime(now)}};
}

QJsonArray alerts(qint64 afterId, bool openOnly)
{
    QSqlQuery q = Database::run(QStringLiteral("SELECT %1 FROM alerts WHERE id > ? %2 ORDER BY id DESC LIMIT 100")
                                    .arg(kAlertColumns, openOnly ? QStringLiteral("AND taken_at IS NULL") : QString()),
                                {afterId});
    QJsonArray list;
    while (q.next())
        list.append(alertJson(q));
    return list;
}

QJsonObject take(qint64 id)
{
    // Once: the second desk to take it in hand learns when the first did.
    const bool now = Database::change(QStringLiteral("UPDATE alerts SET taken_at = ? WHERE id = ? AND taken_at IS NULL"),
                                      {Clock::nowSecs(), id}) == 1;
    QSqlQuery q = Database::run(QStringLiteral("SELECT %1 FROM alerts WHERE id = ?").arg(kAlertColumns), {id});
    if (!q.next())
        throw notFound(QStringLiteral("no alert %1").arg(id));
    QJsonObject alert = alertJson(q);
    alert.insert(QStringLiteral("already_taken"), !now);
    return alert;
}

} // namespace guichet::server::fleet
