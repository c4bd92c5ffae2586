// SPDX-License-Identifier: GPL-3.0-or-later
// Booking end to end against the real guichet-server: online; offline from a leased seat with
// the server gone, synced once it is back; through a proxy that drops, delays and cuts
// answers, still exactly once; and no phone digits left in the kiosk's SQLite files.
#include "clock.h"
#include "faultyproxy.h"
#include "serverfixture.h"
#include "syncclient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>
#include <QTimeZone>

using namespace guichet;
using namespace guichet::test;

namespace {
const QString kPhone = QStringLiteral("+32470123456");
const QByteArray kPhoneDigits = "470123456";
const QTimeZone kBrussels(QByteArrayLiteral("Europe/Brussels"));

/** Books and waits for the outcome (15 s at most; the client answers within its
 *  answerTimeoutMs): false if none came, so the caller fails instead of reading a made-up one. */
[[nodiscard]] bool bookAndWait(SyncClient &client, const BookingRequest &request, BookingOutcome *outcome)
{
    std::optional<BookingOutcome> answer;
    client.book(request, [&](const BookingOutcome &o) { answer = o; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 15000))
        return false;
    *outcome = *answer;
    return true;
}
} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerFixture> m_server;
    std::unique_ptr<QTemporaryDir> m_kioskDir;
    std::unique_ptr<BookingStore> m_store;

    SyncConfig config(const QString &url) const
    {
        SyncConfig c;
        c.server = QUrl(url);
        c.kioskId = QStringLiteral("k1");
        c.token = m_server->kioskToken;
        c.office = QStringLiteral("bapa-bxl");
        c.services = {QStringLiteral("first-welcome")};
        return c;
    }

    /** Free slots of a service, a week ahead or later (or all of them, leased ones too). */
    QJsonArray freeSlots(const QString &service, int skipDays = 0, bool all = false)
    {
        const QDate from = Clock::today(kBrussels).addDays(7 + skipDays);
        const auto [status, doc] = m_server->get(QStringLiteral("slots?office=bapa-bxl&service=%1&from=%2&to=%3")
                                                     .arg(service, from.toString(Qt::ISODate), from.addDays(14).toString(Qt::ISODate)),
                                                 m_server->kioskToken);
        QJsonArray free;
        for (const QJsonValue &s : doc.array()) {
            if (all || s.toObject().value(QStringLiteral("available")).toInt() > 0)
                free.append(s);
        }
        return free;
    }

    BookingRequest request(const QJsonObject &slot) const
    {
        return {slot.value(QStringLiteral("id")).toString(), QStringLiteral("bapa-bxl"), slot.value(QStringLiteral("service")).toString(),
                QStringLiteral("ar"), kPhone, QStringLiteral("Amina")};
    }

    /** The server's bookings with that id (0 or 1, never more). */
    int onServer(const QString &id, const QString &day, QString *code = nullptr)
    {
        const auto [status, doc] = m_server->get(QStringLiteral("bookings?office=bapa-bxl&date=%1").arg(day), m_server->staffToken);
        int found = 0;
        for (const QJsonValue &b : doc.array()) {
            if (b.toObject().value(QStringLiteral("id")).toString() == id) {
                ++found;
                if (code)
                    *code = b.toObject().value(QStringLiteral("code")).toString();
            }
        }
        return found;
    }

    QByteArray storeBytes() const
    {
        QThreadPool::globalInstance()->waitForDone(); // the checkpoint after an acknowledgement
        QByteArray all;
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            QFile f(m_store->path() + suffix);
            if (f.open(QIODevice::ReadOnly))
                all += f.readAll();
        }
        return all;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Kiosk and server on one pinned moment, a Wednesday morning: no day this runs on
        // changes which seats are free or leased.
        Clock::pin(QDateTime(QDate(2026, 12, 2), QTime(10, 0), kBrussels));
        m_server = std::make_unique<ServerFixture>();
        QVERIFY2(!m_server->kioskToken.isEmpty(), qPrintable(m_server->error));
        QVERIFY2(m_server->start(), qPrintable(m_server->error));
    }

    void init()
    {
        m_kioskDir = std::make_unique<QTemporaryDir>();
        m_store = std::make_unique<BookingStore>();
        QString error;
        QVERIFY2(m_store->open(m_kioskDir->filePath(QStringLiteral("kiosk.sqlite")), &error), qPrintable(error));
    }

    void cleanup()
    {
        QThreadPool::globalInstance()->waitForDone();
        m_store.reset();
    }

    void tokenFileMustBePrivate()
    {
        QFile file(m_kioskDir->filePath(QStringLiteral("token")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(m_server->kioskToken.toLatin1() + '\n');
        file.close();
        QString error;
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
        QVERIFY(!readTokenFile(file.fileName(), &error));
        QVERIFY(error.contains(QStringLiteral("chmod 600")));
        QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QCOMPARE(readTokenFile(file.fileName(), &error).value_or(QString()), m_server->kioskToken);
    }

    void booksOnlineAndForgetsThePhone()
    {
        SyncClient client(*m_store, config(m_server->url()));
        const QJsonObject slot = freeSlots(QStringLiteral("advisor-follow-up")).first().toObject();
        BookingOutcome outcome;
        QVERIFY2(bookAndWait(client, request(slot), &outcome), "no booking outcome within 15 s");
        QCOMPARE(outcome.kind, BookingOutcome::Kind::Confirmed);
        QString code;
        QCOMPARE(onServer(outcome.bookingId, slot.value(QStringLiteral("start")).toString().left(10), &code), 1);
        QCOMPARE(outcome.code, code);
        const std::optional<OutboxBooking> kept = m_store->find(outcome.bookingId);
        QVERIFY(kept);
        QCOMPARE(kept->state, OutboxBooking::State::Confirmed);
        QVERIFY(kept->phone.isEmpty());
        QVERIFY(kept->name.isEmpty());
        // Not in the rows, not in freed pages (secure_delete), not in the WAL (truncated).
        const QByteArray bytes = storeBytes();
        QVERIFY(!bytes.isEmpty());
        QVERIFY2(!bytes.contains(kPhoneDigits), "a phone number is left in the kiosk's SQLite files");
        QVERIFY(!bytes.contains("Amina"));
    }

    void booksOfflineFromALeaseAndSyncsOnce()
    {
        SyncClient client(*m_store, config(m_server->url()));
        QSignalSpy leased(&client, &SyncClient::leasesChanged);
        client.refreshLeases();
        // The next open days of first-welcome (Mondays only) from tomorrow within the kiosk's
        // horizon, 5 at most.
        const SyncConfig c = config(m_server->url());
        const auto [status, doc] = m_server->get(QStringLiteral("slots?office=bapa-bxl&service=first-welcome&from=%1&to=%2")
                                                     .arg(Clock::today(kBrussels).addDays(1).toString(Qt::ISODate),
                                                          Clock::today(kBrussels).addDays(1 + c.leaseHorizonDays).toString(Qt::ISODate)),
                                                 m_server->kioskToken);
        QCOMPARE(status, 200);
        QSet<QString> openDays;
        for (const QJsonValue &s : doc.array())
            openDays.insert(s.toObject().value(QStringLiteral("start")).toString().left(10));
        const int expected = std::min<int>(c.leaseDays, openDays.size());
        QVERIFY2(expected >= 5, "a weekly service still has 5 open days within the lease horizon");
        QTRY_VERIFY_WITH_TIMEOUT(leased.count() >= expected, 15000); // one lease per open day
        // A slot this kiosk holds a seat on.
        QJsonObject slot;
        for (const QJsonValue &s : freeSlots(QStringLiteral("first-welcome"), -7, true)) {
            if (!m_store->freeLeasedSeats(s.toObject().value(QStringLiteral("id")).toString(), Clock::nowMSecs()).isEmpty()) {
                slot = s.toObject();
                break;
            }
        }
        QVERIFY(!slot.isEmpty());
        const QString day = slot.value(QStringLiteral("start")).toString().left(10);

        m_server->stop();
        QElapsedTimer waited;
        waited.start();
        BookingOutcome outcome;
        QVERIFY2(bookAndWait(client, request(slot), &outcome), "no booking outcome within 15 s");
        QCOMPARE(outcome.kind, BookingOutcome::Kind::ConfirmedOffline);
        QVERIFY(!outcome.code.isEmpty());
        QVERIFY2(waited.elapsed() < 10000, "the visitor is answered within the timeout, not the network's");
        QCOMPARE(m_store->pendingCount(), 1);
        QVERIFY(m_store->find(outcome.bookingId)->phone == kPhone); // kept until the server has it

        QVERIFY2(m_server->start(), qPrintable(m_server->error));
        client.start();
        QTRY_COMPARE_WITH_TIMEOUT(m_store->pendingCount(), 0, 20000);
        QString code;
        QCOMPARE(onServer(outcome.bookingId, day, &code), 1);
        QCOMPARE(code, outcome.code); // the code the visitor left with
        QVERIFY(!storeBytes().contains(kPhoneDigits));
    }

    void exactlyOnceThroughAFaultyNetwork()
    {
        FaultyProxy proxy(m_server->port());
        SyncConfig c = config(QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort()));
        c.answerTimeoutMs = 1500;
        SyncClient client(*m_store, c);
        const QJsonArray candidates = freeSlots(QStringLiteral("advisor-follow-up"), 3);
        QVERIFY(candidates.size() >= 6);
        QList<QPair<QString, QString>> made; // booking id, day
        const FaultyProxy::Mode modes[] = {FaultyProxy::Mode::CutAnswer, FaultyProxy::Mode::Delay, FaultyProxy::Mode::Drop,
                                           FaultyProxy::Mode::CutAnswer, FaultyProxy::Mode::Delay, FaultyProxy::Mode::Pass};
        for (int i = 0; i < 6; ++i) {
            proxy.mode = modes[i];
            const QJsonObject slot = candidates.at(i).toObject();
            BookingOutcome outcome;
            QVERIFY2(bookAndWait(client, request(slot), &outcome), "no booking outcome within 15 s");
            made.append({outcome.bookingId, slot.value(QStringLiteral("start")).toString().left(10)});
        }
        // The network heals; the outbox drains (the drain itself meets the faults first).
        proxy.mode = FaultyProxy::Mode::CutAnswer;
        client.start();
        QTest::qWait(3000);
        proxy.mode = FaultyProxy::Mode::Pass;
        QTRY_COMPARE_WITH_TIMEOUT(m_store->pendingCount(), 0, 60000);
        for (const auto &[id, day] : made) {
            QCOMPARE(onServer(id, day), 1);
            QCOMPARE(m_store->find(id)->state, OutboxBooking::State::Confirmed);
        }
        // Nothing beyond them: each slot holds exactly the one booking sent for it.
        for (int i = 0; i < 6; ++i) {
            const QJsonObject slot = candidates.at(i).toObject();
            const auto [status, doc] = m_server->get(QStringLiteral("bookings?office=bapa-bxl&date=%1").arg(made[i].second), m_server->staffToken);
            int onSlot = 0;
            for (const QJsonValue &b : doc.array())
                onSlot += b.toObject().value(QStringLiteral("slot_id")) == slot.value(QStringLiteral("id"));
            QCOMPARE(onSlot, 1);
        }
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
