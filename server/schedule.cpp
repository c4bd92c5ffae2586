// SPDX-License-Identifier: GPL-3.0-or-later
#include "schedule.h"

#include "clock.h"
#include "database.h"
#include "packloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

namespace guichet::server {

namespace {

QJsonObject officeJson(const Office &office, const Pack &pack)
{
    QJsonArray services;
    for (const OfficeService &s : office.services) {
        const Service *service = pack.service(s.service);
        services.append(QJsonObject{{QStringLiteral("id"), s.service},
                                    {QStringLiteral("duration_min"), service ? service->durationMin : 0},
                                    {QStringLiteral("seats_per_slot"), service ? service->seatsPerSlot : 0}});
    }
    static const char *const days[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
    QJsonObject hours;
    for (int d = 0; d < 7; ++d) {
        QJsonArray ranges;
        for (const HourRange &r : office.hours.weekly[size_t(d)]) {
            QJsonObject range{{QStringLiteral("from"), r.from.toString(QStringLiteral("HH:mm"))},
                              {QStringLiteral("to"), r.to.toString(QStringLiteral("HH:mm"))}};
            if (!r.onlyDuring.isEmpty())
                range.insert(QStringLiteral("only"), r.onlyDuring);
            ranges.append(range);
        }
        if (!ranges.isEmpty())
            hours.insert(QLatin1String(days[d]), ranges);
    }
    QJsonArray closures;
    for (const DateRange &c : office.hours.closures)
        closures.append(QJsonObject{{QStringLiteral("from"), c.from.toString(Qt::ISODate)}, {QStringLiteral("to"), c.to.toString(Qt::ISODate)}});
    for (const DateRange &h : pack.calendar.holidays)
        closures.append(QJsonObject{{QStringLiteral("from"), h.from.toString(Qt::ISODate)}, {QStringLiteral("to"), h.to.toString(Qt::ISODate)}});
    QJsonObject cities;
    for (auto it = office.address.cityByLanguage.cbegin(); it != office.address.cityByLanguage.cend(); ++it)
        cities.insert(it.key(), it.value());
    return {{QStringLiteral("id"), office.id},
            {QStringLiteral("name"), office.name},
            {QStringLiteral("address"), QJsonObject{{QStringLiteral("street"), office.address.street},
                                                    {QStringLiteral("postcode"), office.address.postcode},
                                                    {QStringLiteral("city"), office.address.city},
                                                    {QStringLiteral("city_by_language"), cities}}},
            {QStringLiteral("phone"), office.phone},
            {QStringLiteral("time_zone"), office.timeZone},
            {QStringLiteral("hours"), hours},
            {QStringLiteral("closures"), closures},
            {QStringLiteral("services"), services}};
}

QString slotId(const QString &office, const QString &service, const QDateTime &localStart)
{
    return QStringLiteral("%1/%2/%3").arg(office, service, localStart.toString(QStringLiteral("yyyy-MM-ddTHH:mm")));
}

} // namespace

bool Schedule::import(const PackFiles &files, QStringList *problems, int *offices, int *services)
{
    PackLoader loader(files);
    const std::optional<Pack> pack = loader.load();
    if (!pack) {
        for (const PackProblem &p : loader.problems())
            problems->append(p.toString());
        return false;
    }
    // The JSON files whole; the others (pictograms, audio) by name only, as the loader checks
    // that they exist but the schedule never reads them.
    Database::run(QStringLiteral("DELETE FROM pack_files"));
    for (auto it = files.files.cbegin(); it != files.files.cend(); ++it) {
        const bool json = it.key().endsWith(QStringLiteral(".json"));
        Database::run(QStringLiteral("INSERT INTO pack_files (path, content) VALUES (?, ?)"),
                      {it.key(), json && !it.value().isEmpty() ? QString::fromUtf8(it.value()) : QStringLiteral(" ")});
    }
    Database::run(QStringLiteral("DELETE FROM offices"));
    for (const Office &office : pack->offices)
        Database::run(QStringLiteral("INSERT INTO offices (id, json) VALUES (?, ?)"),
                      {office.id, QString::fromUtf8(QJsonDocument(officeJson(office, *pack)).toJson(QJsonDocument::Compact))});
    *offices = int(pack->offices.size());
    *services = int(pack->services.size());
    return true;
}

bool Schedule::reload()
{
    QSqlQuery manifest = Database::run(QStringLiteral("SELECT content FROM pack_files WHERE path = 'manifest.json'"));
    const QByteArray current = manifest.next() ? manifest.value(0).toString().toUtf8() : QByteArray();
    {
        QMutexLocker lock(&m_packLock);
        if (current == m_loadedManifest)
            return false;
    }
    PackFiles stored({}, QStringLiteral("database"));
    QSqlQuery q = Database::run(QStringLiteral("SELECT path, content FROM pack_files"));
    while (q.next())
        stored.files.insert(q.value(0).toString(), q.value(1).toString().toUtf8());
    PackLoader loader(stored);
    std::optional<Pack> pack = loader.load();
    if (!pack) {
        if (!stored.files.isEmpty())
            qWarning("the imported pack no longer loads (%s): import it again", qPrintable(loader.problems().constFirst().toString()));
        return false;
    }
    QMutexLocker lock(&m_packLock);
    if (m_pack)
        m_retired.append(m_pack);
    m_pack = std::make_shared<const Pack>(std::move(*pack));
    m_loadedManifest = current;
    {
        QMutexLocker zones(&m_zoneLock);
        m_zones.clear(); // an office may have moved zone
    }
    {
        QMutexLocker made(&m_madeLock);
        m_made.clear(); // new hours: days are made again (existing slots stay as they are)
    }
    return true;
}

std::shared_ptr<const Pack> Schedule::current() const
{
    QMutexLocker lock(&m_packLock);
    return m_pack;
}

QTimeZone Schedule::zoneOf(const QString &officeId) const
{
    QMutexLocker lock(&m_zoneLock);
    const auto cached = m_zones.constFind(officeId);
    if (cached != m_zones.cend())
        return *cached;
    const Office *o = office(officeId);
    QTimeZone zone(o ? o->timeZone.toUtf8() : QByteArrayLiteral("Europe/Brussels"));
    if (!zone.isValid())
        zone = QTimeZone(QByteArrayLiteral("Europe/Brussels"));
    m_zones.insert(officeId, zone);
    return zone;
}

QString Schedule::localTime(const QString &officeId, qint64 secsSinceEpoch) const
{
    // Kept by zone, not by office: a new pack that moves an office to another zone (reload()
    // forgets m_zones) finds nothing stale here.
    thread_local QHash<QPair<QByteArray, qint64>, QString> t_formatted;
    const QTimeZone zone = zoneOf(officeId);
    const QPair<QByteArray, qint64> key(zone.id(), secsSinceEpoch);
    if (const auto found = t_formatted.constFind(key); found != t_formatted.cend())
        return *found;
    if (t_formatted.size() >= 4096) // a year of one office's slots is ~2,500 times
        t_formatted.clear();
    const QString text = QDateTime::fromSecsSinceEpoch(secsSinceEpoch, zone).toString(Qt::ISODate);
    t_formatted.insert(key, text);
    return text;
}

bool Schedule::hasPack() const
{
    return current() != nullptr;
}

const Office *Schedule::office(const QString &id) const
{
    const std::shared_ptr<const Pack> pack = current();
    return pack ? pack->office(id) : nullptr;
}

void Schedule::ensureSlots(const Office &office, const QString &serviceId, QDate from, QDate to)
{
    const std::shared_ptr<const Pack> pack = current();
    const Service *service = pack->service(serviceId);
    const auto offered = std::find_if(office.services.cbegin(), office.services.cend(),
                                      [&](const OfficeService &s) { return s.service == serviceId; });
    if (!service || offered == office.services.cend() || service->durationMin <= 0)
        return;
    const QTimeZone zone = zoneOf(office.id);
    // Bookable days: from today to a year ahead, in the office's own calendar.
    const QDate today = Clock::today(zone);
    from = std::max(from, today);
    to = std::min(to, today.addDays(366));
    for (QDate day = from; day <= to; day = day.addDays(1)) {
        const QString made = QStringLiteral("%1/%2/%3").arg(office.id, serviceId, day.toString(Qt::ISODate));
        {
            QMutexLocker lock(&m_madeLock);
            if (m_made.contains(made))
                continue;
        }
        if (!office.hours.closureOn(day, pack->calendar)) {
            for (const HourRange &range : offered->hours.rangesOn(day, pack->calendar)) {
                for (QTime start = range.from; start.isValid() && start.addSecs(service->durationMin * 60) <= range.to
                     && start.addSecs(service->durationMin * 60) > start;
                     start = start.addSecs(service->durationMin * 60)) {
                    const QDateTime begins(day, start, zone);
                    const QDateTime ends = begins.addSecs(service->durationMin * 60);
                    Database::run(QStringLiteral("INSERT INTO slots (id, office, service, day, start_at, end_at, capacity) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING"),
                                  {slotId(office.id, serviceId, begins), office.id, serviceId, day.toString(Qt::ISODate),
                                   begins.toSecsSinceEpoch(), ends.toSecsSinceEpoch(), service->seatsPerSlot});
                }
            }
        }
        QMutexLocker lock(&m_madeLock);
        m_made.insert(made);
    }
}

bool Schedule::ensureSlotById(const QString &id)
{
    // "<office>/<service>/<yyyy-MM-ddTHH:mm>": make that day, then the slot exists or never will.
    const QStringList parts = id.split(u'/');
    if (parts.size() != 3 || !hasPack())
        return false;
    const Office *office = this->office(parts[0]);
    const QDate day = QDate::fromString(parts[2].left(10), Qt::ISODate);
    if (!office || !day.isValid())
        return false;
    ensureSlots(*office, parts[1], day, day);
    return true; // made (or never to be made): the booking's own transaction reads the slot
}

} // namespace guichet::server
