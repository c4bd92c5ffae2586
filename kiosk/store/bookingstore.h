// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace guichet {

/** A seat leased to this kiosk for offline booking, and the code it gives the visitor. */
struct LeasedSeat {
    QString leaseId;
    QString slotId;
    QString code;
};

/** A booking as the kiosk keeps it until the server has given its final answer. */
struct OutboxBooking {
    enum class State { Pending, Confirmed, Conflict, Rejected };

    QString id; // UUID made here; also the Idempotency-Key
    QString slotId;
    QString office;
    QString service;
    QString language;
    QString phone; // E.164; erased once the server has the booking
    QString name;  // optional; erased with the phone
    QString leaseId;
    QString createdAt; // RFC 3339, sent as is on every attempt (the server hashes the body)
    State state = State::Pending;
    int attempts = 0;
    qint64 nextAttemptMs = 0;
    QString code;  // from the server, or the leased seat's code when booked offline
    QString error; // the server's message for a conflict or a rejection
};

/**
 * The kiosk's own SQLite file: the outbox of bookings and the seats leased to it. WAL with
 * synchronous=FULL, so a booking the screen calls confirmed is on disk before it says so;
 * secure_delete on, and a truncating checkpoint after personal data is erased, so no phone
 * number stays in the database or its WAL once the server has the booking. The schema is
 * versioned (PRAGMA user_version). One connection per thread; all calls on the opening thread
 * except checkpoint().
 */
class BookingStore
{
public:
    ~BookingStore();
    /** Opens (creating it) the store at path; false with the reason. */
    bool open(const QString &path, QString *error);
    [[nodiscard]] QString path() const { return m_path; }

    /** Keeps a new booking, committed before it returns; with a leased seat, the seat is
     *  marked used by it in the same transaction (false, and nothing kept, if it was not free). */
    bool add(const OutboxBooking &booking, const struct LeasedSeat *seat = nullptr);
    [[nodiscard]] std::optional<OutboxBooking> find(const QString &id) const;
    /** Every booking kept, in the order they were made. */
    [[nodiscard]] QList<OutboxBooking> all() const;
    /** The oldest bookings waiting for a final answer whose retry time has come, oldest first. */
    [[nodiscard]] QList<OutboxBooking> duePending(qint64 nowMs, int limit) const;
    /** Bookings still waiting for a final answer (the heartbeat's outbox_depth). */
    [[nodiscard]] int pendingCount() const;
    [[nodiscard]] int count(OutboxBooking::State state) const;

    /** The server has it: its code kept, phone and name erased. */
    bool confirm(const QString &id, const QString &code);
    /** A final refusal (a conflict to raise with staff, or a rejected request). */
    bool finish(const QString &id, OutboxBooking::State state, const QString &error);
    /** Phone and name erased (a conflict's, once staff have them). */
    bool erasePersonalData(const QString &id);
    /** Not answered: try again at nextAttemptMs. */
    bool retryLater(const QString &id, qint64 nextAttemptMs);

    /** Seats the server leased for an office, service and day, each with its code. */
    bool addLease(const QString &office, const QString &service, const QString &day, const QString &leaseId,
                  const QList<LeasedSeat> &seats, qint64 expiresMs);
    /** The seats not yet used on a slot, whose lease has not expired. */
    [[nodiscard]] QList<LeasedSeat> freeLeasedSeats(const QString &slotId, qint64 nowMs) const;
    /** Slot ids with a free leased seat for a service at an office, and how many (offline lists). */
    [[nodiscard]] QList<QPair<QString, int>> leasedSlots(const QString &office, const QString &service, qint64 nowMs) const;
    /** Unused, unexpired seats of a service on a day (how many the lease loop tops up). */
    [[nodiscard]] int freeLeasedSeatCount(const QString &office, const QString &service, const QString &day, qint64 nowMs) const;

    /** Moves the WAL into the database and truncates it (after erasing personal data). Safe on
     *  any thread: it opens its own connection there. */
    bool checkpoint() const;

private:
    QString m_path;
    QString m_connection;
};

} // namespace guichet
