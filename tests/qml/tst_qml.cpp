// SPDX-License-Identifier: GPL-3.0-or-later
// The Qt Quick Test harness: builds the Kiosk around the default pack, as main() does, and the
// booking flow around a real guichet-server (the default pack imported) on a temporary SQLite.
#include "bookingflow.h"
#include "kiosk.h"
#include "serverfixture.h"
#include "syncclient.h"
#include "packdirectory.h"
#include "packloader.h"
#include "speechengine.h"
#include "voice.h"
#include "voicelibrary.h"

#include <QDir>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtQuickTest>

using namespace guichet;

class Setup : public QObject
{
    Q_OBJECT

    std::unique_ptr<VoiceLibrary> m_voices;
    std::unique_ptr<SpeechEngine> m_speech;
    std::unique_ptr<test::ServerFixture> m_server;
    QTemporaryDir m_kioskData;
    std::unique_ptr<BookingStore> m_store;
    std::unique_ptr<SyncClient> m_sync;

public Q_SLOTS:
    void applicationAvailable()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString dir = qEnvironmentVariable("GUICHET_PACK");
        const PackDirectory source(dir);
        PackLoader loader(source);
        std::optional<Pack> pack = loader.load();
        if (!pack) {
            for (const PackProblem &p : loader.problems())
                qCritical("%s", qPrintable(p.toString()));
            qFatal("the pack in %s does not load", qPrintable(dir));
        }
        Kiosk *kiosk = Kiosk::createInstance(std::move(*pack), dir, this);
        kiosk->setTranslationsDir(qEnvironmentVariable("GUICHET_I18N"));
        kiosk->setLanguage(kiosk->defaultLanguage());
        // A Thursday evening in school term: BAPA BXL is open until 20:00.
        kiosk->context()->setNow(QDateTime(QDate(2026, 11, 26), QTime(18, 30), QTimeZone("Europe/Brussels")));
        // Real eSpeak NG into the null output: voice mode is exercised, nothing is heard.
        m_voices = std::make_unique<VoiceLibrary>(qEnvironmentVariable("GUICHET_VOICES"));
        m_speech = std::make_unique<SpeechEngine>(*m_voices);
        m_speech->setForceNullOutput(true);
        m_speech->waitUntilReady();
        Voice::createInstance(m_speech.get(), kiosk, this);
        SyncClient *sync = startBooking(kiosk->context()->pack()); // makes m_store: before reading it
        BookingFlow *booking = BookingFlow::createInstance(kiosk, sync, m_store.get(), this);
        // Tickets as PDF files, as `--printer pdf:DIR` writes them (tests/ticket checks their content).
        const QString tickets = m_kioskData.filePath(QStringLiteral("tickets"));
        QDir().mkpath(tickets);
        booking->setPrinter(QStringLiteral("pdf:") + tickets);
    }

    SyncClient *startBooking(const Pack &pack)
    {
        m_server = std::make_unique<test::ServerFixture>();
        if (m_server->kioskToken.isEmpty() || !m_server->start())
            qFatal("the booking server did not start: %s", qPrintable(m_server->error));
        m_store = std::make_unique<BookingStore>();
        QString error;
        if (!m_store->open(m_kioskData.filePath(QStringLiteral("kiosk.sqlite")), &error))
            qFatal("%s", qPrintable(error));
        SyncConfig config;
        config.server = QUrl(m_server->url());
        config.kioskId = QStringLiteral("k1");
        config.token = m_server->kioskToken;
        config.office = pack.defaultOffice;
        m_sync = std::make_unique<SyncClient>(*m_store, config);
        return m_sync.get();
    }

    void cleanupTestCase()
    {
        // Before the application goes: the network access and the server process need it.
        m_sync.reset();
        m_store.reset();
        m_server.reset();
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml")); // not a default before 6.5 (docs/QT64.md)
    }
};

QUICK_TEST_MAIN_WITH_SETUP(guichet, Setup)

#include "tst_qml.moc"
