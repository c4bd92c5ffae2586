// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack.h"
#include "packfiles.h"

#include <QDate>
#include <QMutex>
#include <QSet>
#include <QTimeZone>
#include <QStringList>

#include <memory>
#include <optional>

namespace guichet::server {

/**
 * The appointment schedule: offices, services and their hours from the imported content pack
 * (kept in the database, so every server process shares it). Slots are made from it on demand,
 * day by day: one per service duration within the service's hours at the office, with the
 * service's seats, none on a closure or holiday. Making a day twice (two servers, two
 * requests) adds nothing: a slot's id is its office, service and local start.
 */
class Schedule
{
public:
    /** Validates a pack and stores it; problems name file, line and key, and then nothing is
     *  changed. Inside the caller's transaction, if any. */
    static bool import(const PackFiles &files, QStringList *problems, int *offices, int *services);
    /** Loads the imported pack from the database when it is not the one loaded (another
     *  server process, or a publish, changed it); true when it did. */
    bool reload();

    [[nodiscard]] bool hasPack() const;
    /** Valid for the life of the process: a replaced pack is kept, as requests may still read it. */
    [[nodiscard]] const Office *office(const QString &id) const;
    /** The office's time zone (Europe/Brussels when it has none), made once: building a
     *  QTimeZone reads the zone database, a cost no booking should pay each time. */
    [[nodiscard]] QTimeZone zoneOf(const QString &officeId) const;
    /** An instant as the office's local time, ISO 8601 with its offset ("2027-03-26T10:30:00+01:00").
     *  Kept per thread: slots' times repeat, and a zone conversion costs ~40k instructions. */
    [[nodiscard]] QString localTime(const QString &officeId, qint64 secsSinceEpoch) const;
    /** Makes the slots of an office's service on each day from..to (both included). */
    void ensureSlots(const Office &office, const QString &service, QDate from, QDate to);
    /** Makes the day of a slot id ("office/service/yyyy-MM-ddTHH:mm"); false when the id
     *  cannot name a slot. Whether the slot exists, the caller reads in its transaction. */
    [[nodiscard]] bool ensureSlotById(const QString &slotId);

private:
    [[nodiscard]] std::shared_ptr<const Pack> current() const;

    mutable QMutex m_packLock;
    std::shared_ptr<const Pack> m_pack;
    QList<std::shared_ptr<const Pack>> m_retired;
    QByteArray m_loadedManifest;
    mutable QMutex m_zoneLock;
    mutable QHash<QString, QTimeZone> m_zones;
    QMutex m_madeLock;
    QSet<QString> m_made; // office/service/day already made by this process
};

} // namespace guichet::server
