// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bookingstore.h"
#include "syncclient.h"

#include <memory>

namespace guichet {

struct Pack;

/**
 * The kiosk's booking machinery when a server is configured (--server): its SQLite store in
 * the data directory and the sync client for the pack's default office. Without a server
 * there is none, and the booking screens say so and give the office's phone.
 */
class BookingServices
{
public:
    struct Options {
        QString server;    // base URL
        QString kioskId;
        QString tokenFile; // readable by the kiosk's user only
        QString caFile;
        QString dataDir;
    };
    /** False with the reason (no token, a store that does not open). */
    bool open(const Options &options, const Pack &pack, QString *error);
    [[nodiscard]] SyncClient *sync() const { return m_sync.get(); }
    [[nodiscard]] BookingStore *store() const { return m_store.get(); }

private:
    std::unique_ptr<BookingStore> m_store;
    std::unique_ptr<SyncClient> m_sync;
};

} // namespace guichet
