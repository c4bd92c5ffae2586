// SPDX-License-Identifier: GPL-3.0-or-later
// Kurmanji and Somali reach a kiosk as a pack update, end to end: staff build a signed pack from
// the default one plus content/updates/ku-so (texts, interface translations compiled by
// guichet-pack, a voice profile for ku), publish it on the real server, the kiosk's PackUpdater
// finds it, downloads it, self-tests it with the real guichet-kiosk and makes it current; at the
// next idle reset the languages are in the picker, ku is spoken by eSpeak NG and so is announced
// as text only. A pack the kiosk does not trust is refused and the refusal reaches staff.
#include "bookingstore.h"
#include "clock.h"
#include "kiosk.h"
#include "packdirectory.h"
#include "packdirs.h"
#include "packloader.h"
#include "packupdater.h"
#include "serverfixture.h"
#include "speechengine.h"
#include "syncclient.h"
#include "voicelibrary.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>
#include <memory>

using namespace guichet;

namespace {

const QString kVersion = QStringLiteral("2027.1.1");

QString env(const char *name)
{
    return qEnvironmentVariable(name);
}

/** guichet-pack with arguments; its stdout, or a failed QVERIFY through ok. */
QString packTool(const QStringList &args, bool *ok)
{
    QProcess p;
    p.start(env("GUICHET_PACK_TOOL"), args);
    *ok = p.waitForFinished(120000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    if (!*ok)
        qWarning("guichet-pack %s: %s", qPrintable(args.join(u' ')), p.readAllStandardError().constData());
    return QString::fromUtf8(p.readAllStandardOutput());
}

/** The default pack with the ku-so update in it, as staff would put it together. */
bool composeUpdate(const QString &dir, const QString &version)
{
    using test::copyTree;
    using test::readJson;
    using test::writeJson;
    if (!copyTree(env("GUICHET_PACK"), dir))
        return false;
    const QString update = env("GUICHET_KU_SO");
    for (const QString &sub : {QStringLiteral("texts"), QStringLiteral("i18n"), QStringLiteral("voices")}) {
        if (!copyTree(QDir(update).filePath(sub), QDir(dir).filePath(sub)))
            return false;
    }
    QJsonObject languages = readJson(QDir(dir).filePath(QStringLiteral("languages.json")));
    QJsonArray list = languages.value(QStringLiteral("languages")).toArray();
    QJsonObject manifest = readJson(QDir(dir).filePath(QStringLiteral("manifest.json")));
    QJsonArray codes = manifest.value(QStringLiteral("languages")).toArray();
    for (const QJsonValue &l : readJson(QDir(update).filePath(QStringLiteral("languages.json"))).value(QStringLiteral("languages")).toArray()) {
        list.append(l);
        codes.append(l.toObject().value(QStringLiteral("code")));
    }
    languages.insert(QStringLiteral("languages"), list);
    manifest.insert(QStringLiteral("languages"), codes);
    manifest.insert(QStringLiteral("version"), version);
    manifest.insert(QStringLiteral("format"), 2);
    return writeJson(QDir(dir).filePath(QStringLiteral("languages.json")), languages)
        && writeJson(QDir(dir).filePath(QStringLiteral("manifest.json")), manifest);
}

/** Root mean square of a 16-bit PCM WAV's samples (0 when silent), and its length in seconds. */
QPair<double, double> wavLevel(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {0, 0};
    const QByteArray wav = f.readAll();
    const qsizetype data = wav.indexOf("data");
    if (data < 0)
        return {0, 0};
    const auto *samples = reinterpret_cast<const qint16 *>(wav.constData() + data + 8);
    const qsizetype count = (wav.size() - data - 8) / 2;
    double sum = 0;
    for (qsizetype i = 0; i < count; ++i) {
        const double s = qFromLittleEndian(samples[i]) / 32768.0;
        sum += s * s;
    }
    const quint32 rate = qFromLittleEndian<quint32>(wav.constData() + 24);
    return {count ? std::sqrt(sum / double(count)) : 0, rate ? double(count) / rate : 0};
}

} // namespace

class TestPackUpdate : public QObject
{
    Q_OBJECT

    QTemporaryDir m_work;
    test::ServerFixture m_server;
    QString m_secret, m_public, m_otherSecret, m_otherPublic;
    std::unique_ptr<Pack> m_installed;

    QString path(const QString &name) const { return m_work.filePath(name); }

    bool build(const QString &dir, const QString &key, const QString &archive)
    {
        bool ok = false;
        packTool({QStringLiteral("build"), dir, QStringLiteral("--key"), key, QStringLiteral("--out"), archive,
                  QStringLiteral("--expires"), QStringLiteral("2999-01-01")},
                 &ok);
        return ok;
    }

    int publish(const QString &archive)
    {
        QFile f(archive);
        f.open(QIODevice::ReadOnly);
        return m_server.post(QStringLiteral("packs"), m_server.staffToken, f.readAll(), "application/gzip").first;
    }

    SyncConfig kioskConfig() const
    {
        SyncConfig config;
        config.server = QUrl(m_server.url());
        config.kioskId = QStringLiteral("k1");
        config.office = QStringLiteral("bapa-bxl");
        config.token = m_server.kioskToken;
        return config;
    }

    PackSelfTest selfTest() const
    {
        return PackSelfTest(env("GUICHET_KIOSK_BIN"), {QStringLiteral("--translations"), env("GUICHET_I18N"), QStringLiteral("--voices"), env("GUICHET_VOICES")});
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_work.isValid());
        Clock::pin(QDateTime(QDate(2026, 12, 2), QTime(10, 0), QTimeZone("Europe/Brussels")));
        bool ok = false;
        m_secret = path(QStringLiteral("staff.key"));
        m_public = path(QStringLiteral("staff.pub"));
        m_otherSecret = path(QStringLiteral("other.key"));
        m_otherPublic = path(QStringLiteral("other.pub"));
        packTool({QStringLiteral("keygen"), QStringLiteral("--secret"), m_secret, QStringLiteral("--public"), m_public}, &ok);
        QVERIFY(ok);
        packTool({QStringLiteral("keygen"), QStringLiteral("--secret"), m_otherSecret, QStringLiteral("--public"), m_otherPublic}, &ok);
        QVERIFY(ok);
        const PackDirectory source(env("GUICHET_PACK"));
        PackLoader loader(source);
        std::optional<Pack> installed = loader.load();
        QVERIFY(installed);
        m_installed = std::make_unique<Pack>(std::move(*installed));

        // The server trusts both keys; the kiosk, further down, only the staff's.
        QVERIFY2(m_server.error.isEmpty(), qPrintable(m_server.error));
        m_server.serverArguments = {QStringLiteral("--pack-key"), m_public, QStringLiteral("--pack-key"), m_otherPublic};
        QVERIFY2(m_server.start(), qPrintable(m_server.error));
    }

    void newLanguagesArriveAsAnUpdate()
    {
        const QString packDir = path(QStringLiteral("update"));
        QVERIFY(composeUpdate(packDir, kVersion));
        QVERIFY(build(packDir, m_secret, path(QStringLiteral("update.tar.gz"))));
        QCOMPARE(publish(path(QStringLiteral("update.tar.gz"))), 201);

        BookingStore store;
        QString error;
        QVERIFY2(store.open(path(QStringLiteral("kiosk.sqlite")), &error), qPrintable(error));
        SyncClient sync(store, kioskConfig());
        PackStore packs(path(QStringLiteral("data")));
        packs.setInstalledVersion(m_installed->version);
        QList<QByteArray> trusted;
        QVERIFY(packsignature::readPublicKeys({m_public}, &trusted, &error));
        PackUpdater updater(sync, packs, trusted, selfTest());
        updater.setRunningVersion(m_installed->version);
        QSignalSpy ready(&updater, &PackUpdater::ready);
        QSignalSpy checked(&updater, &PackUpdater::checked);
        updater.check();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 180000);
        QVERIFY2(updater.lastRefusal().isEmpty(), qPrintable(QJsonDocument(updater.lastRefusal()).toJson()));
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(1).toString(), kVersion);
        QCOMPARE(packs.currentVersion(), kVersion);
        const QString installedDir = ready.at(0).at(0).toString();
        QVERIFY(QFile::exists(QDir(installedDir).filePath(QStringLiteral("i18n/guichet_ku.qm")))); // compiled by guichet-pack build

        // Nothing new on the next poll: the server answers 304 to the tag it gave.
        updater.check();
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 2, 30000);
        QCOMPARE(ready.count(), 1);

        // The kiosk, on the pack installed with it, is offered the new one: nothing changes for
        // the visitor in front of it; at the idle reset the picker has Kurmanji and Somali.
        Kiosk *kiosk = Kiosk::createInstance(*m_installed, env("GUICHET_PACK"), this);
        kiosk->setTranslationsDir(env("GUICHET_I18N"));
        kiosk->setLanguage(kiosk->defaultLanguage());
        const PackDirectory installedSource(installedDir);
        PackLoader loader(installedSource);
        std::optional<Pack> update = loader.load();
        QVERIFY(update);
        kiosk->offerPack(std::move(*update), installedDir);
        const auto codes = [kiosk] {
            QStringList list;
            for (int row = 0; row < kiosk->languages()->rowCount(); ++row)
                list << kiosk->languages()->data(kiosk->languages()->index(row), LanguageModel::CodeRole).toString();
            return list;
        };
        QVERIFY(!codes().contains(QStringLiteral("ku")));
        kiosk->resetSession();
        QVERIFY(codes().contains(QStringLiteral("ku")));
        QVERIFY(codes().contains(QStringLiteral("so")));
        QCOMPARE(kiosk->packVersion(), kVersion);
        kiosk->setLanguage(QStringLiteral("ku"));
        QCOMPARE(kiosk->language(), QStringLiteral("ku"));
        QVERIFY(kiosk->text(QStringLiteral("programme.welcome.title")) != m_installed->text(QStringLiteral("programme.welcome.title"), QStringLiteral("fr")));

        // Kurmanji is spoken by eSpeak NG's ku voice, with the pack's profile; Somali is said to
        // be text only.
        const VoiceLibrary installedVoices(env("GUICHET_VOICES"));
        SpeechEngine speech(installedVoices);
        speech.setForceNullOutput(true);
        QVERIFY(speech.waitUntilReady());
        speech.setPackVoices(kiosk->packVoices());
        QVERIFY(speech.hasVoice(QStringLiteral("ku")));
        QSignalSpy started(&speech, &SpeechEngine::utteranceStarted);
        QSignalSpy audio(&speech, &SpeechEngine::audioQueued);
        QSignalSpy finished(&speech, &SpeechEngine::utteranceFinished);
        speech.say(kiosk->text(QStringLiteral("programme.welcome.title")), QStringLiteral("ku"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(started.at(0).at(1).toString(), QStringLiteral("ku"));
        QVERIFY(finished.at(0).at(1).toBool());
        QVERIFY(audio.count() > 0);
        started.clear();
        speech.say(kiosk->context()->pack().text(QStringLiteral("programme.welcome.title"), QStringLiteral("so")), QStringLiteral("so"));
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 5000);
        QCOMPARE(started.at(0).at(0).toString(), QString::fromUtf8(SpeechEngine::kTextOnlyFrench));
        speech.stop();

        // And what the kiosk says in ku is sound, not silence: the same text through guichet-pack
        // speak with the pack's voice profile, measured.
        bool ok = false;
        packTool({QStringLiteral("speak"), installedDir, QStringLiteral("--lang"), QStringLiteral("ku"), QStringLiteral("--key"),
                  QStringLiteral("programme.welcome.body"), QStringLiteral("--voices"), QDir(installedDir).filePath(QStringLiteral("voices")),
                  QStringLiteral("--wav"), path(QStringLiteral("ku.wav"))},
                 &ok);
        QVERIFY(ok);
        const auto [rms, seconds] = wavLevel(path(QStringLiteral("ku.wav")));
        qInfo("ku programme.welcome.body: %.1f s, RMS %.3f", seconds, rms);
        QVERIFY(seconds > 5);
        QVERIFY(rms > 0.02);

        // A pack signed with a key the kiosk does not trust: refused, the running pack stays,
        // and the refusal reaches staff through the heartbeat.
        const QString next = path(QStringLiteral("next"));
        QVERIFY(composeUpdate(next, QStringLiteral("2027.1.2")));
        QVERIFY(build(next, m_otherSecret, path(QStringLiteral("next.tar.gz"))));
        QCOMPARE(publish(path(QStringLiteral("next.tar.gz"))), 201);
        QSignalSpy refused(&updater, &PackUpdater::refused);
        updater.check();
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 60000);
        QVERIFY(refused.at(0).at(1).toString().contains(QStringLiteral("not trusted")));
        QCOMPARE(packs.currentVersion(), kVersion);
        sync.packVersion = kVersion;
        sync.packRefusal = updater.lastRefusal();
        sync.heartbeat();
        QTRY_VERIFY_WITH_TIMEOUT(m_server.get(QStringLiteral("kiosks"), m_server.staffToken).second.toJson().contains("not trusted"), 10000);
        // The office it stands in goes with the heartbeat and with a call for staff.
        QVERIFY(m_server.get(QStringLiteral("kiosks"), m_server.staffToken).second.toJson(QJsonDocument::Compact).contains("\"office\":\"bapa-bxl\""));
        sync.callStaff(QStringLiteral("call_staff"));
        QTRY_VERIFY_WITH_TIMEOUT(m_server.get(QStringLiteral("alerts"), m_server.staffToken).second.toJson(QJsonDocument::Compact)
                                     .contains("\"office\":\"bapa-bxl\",\"phone\""), 10000);
        qInfo("fleet: %s", m_server.get(QStringLiteral("kiosks"), m_server.staffToken).second.toJson(QJsonDocument::Compact).constData());
    }
};

QTEST_MAIN(TestPackUpdate)
#include "tst_packupdate.moc"
