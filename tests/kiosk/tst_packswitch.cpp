// SPDX-License-Identifier: GPL-3.0-or-later
// A new content pack installed while the kiosk runs: offered, it changes nothing until the next
// idle reset; adopted there, the models, texts, pictograms, interface translation, voices and
// recorded clips all follow it, without a restart. Real packs on disk (copies of the default
// pack, the second one with new hours, a corrected French text, Kurmanji with its translation
// and voice, and Somali without a voice), real eSpeak NG into the null output, and Main.qml
// offscreen for the first frame after the switch.
#include "bookingflow.h"
#include "eligibilitycontroller.h"
#include "kiosk.h"
#include "packdirectory.h"
#include "packdirs.h"
#include "packloader.h"
#include "speechengine.h"
#include "voice.h"
#include "voicelibrary.h"
#include "wavfile.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace guichet;
using test::copyTree;
using test::readJson;
using test::writeJson;

namespace {

const QString kNewVersion = QStringLiteral("2026.12.10");
const QString kChangedKey = QStringLiteral("programme.welcome.title");
const QString kOldWelcome = QStringLiteral("Bienvenue");
const QString kNewWelcome = QStringLiteral("Bienvenue au BAPA");
constexpr int kPackVoiceFrenchRate = 111; // the new pack's own French profile, unlike the installed one

std::optional<Pack> loadPack(const QString &dir)
{
    const PackDirectory source(dir);
    PackLoader loader(source);
    std::optional<Pack> pack = loader.load();
    for (const PackProblem &p : loader.problems())
        qWarning("%s: %s", qPrintable(dir), qPrintable(p.toString()));
    return pack;
}

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.data(model.index(row, 0), role).toString();
    return values;
}

/** The item of that objectName in the visual tree (delegates are not QObject children). */
QQuickItem *findItem(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name)
        return item;
    for (QQuickItem *child : item->childItems()) {
        if (QQuickItem *found = findItem(child, name))
            return found;
    }
    return nullptr;
}

} // namespace

class TestPackSwitch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_oldDir;
    QString m_newDir;
    std::optional<Pack> m_old;
    std::optional<Pack> m_new;
    std::unique_ptr<VoiceLibrary> m_installedVoices;
    std::unique_ptr<SpeechEngine> m_speech;
    Kiosk *m_kiosk = nullptr;

    /** The second version of the pack, written over a copy of the first in dir. */
    void makeNewVersion(const QString &dir)
    {
        const QDir pack(dir);
        QJsonObject manifest = readJson(pack.filePath(QStringLiteral("manifest.json")));
        manifest[QStringLiteral("version")] = kNewVersion;
        QJsonArray codes = manifest[QStringLiteral("languages")].toArray();
        codes << QStringLiteral("ku") << QStringLiteral("so");
        manifest[QStringLiteral("languages")] = codes;
        QVERIFY(writeJson(pack.filePath(QStringLiteral("manifest.json")), manifest));

        QJsonObject languages = readJson(pack.filePath(QStringLiteral("languages.json")));
        QJsonArray list = languages[QStringLiteral("languages")].toArray();
        list << QJsonObject{{QStringLiteral("code"), QStringLiteral("ku")}, {QStringLiteral("name"), QStringLiteral("Kurmancî")},
                            {QStringLiteral("direction"), QStringLiteral("ltr")}, {QStringLiteral("voice"), QStringLiteral("ku")}};
        // No eSpeak voice: text only, as ps and ti.
        list << QJsonObject{{QStringLiteral("code"), QStringLiteral("so")}, {QStringLiteral("name"), QStringLiteral("Soomaali")},
                            {QStringLiteral("direction"), QStringLiteral("ltr")}, {QStringLiteral("voice"), QJsonValue::Null}};
        languages[QStringLiteral("languages")] = list;
        QVERIFY(writeJson(pack.filePath(QStringLiteral("languages.json")), languages));

        // The new languages' texts: the English ones, marked as drafts.
        const QJsonObject english = readJson(pack.filePath(QStringLiteral("texts/en.json")));
        for (const QString &code : {QStringLiteral("ku"), QStringLiteral("so")}) {
            QJsonObject texts = english;
            texts[QStringLiteral("language")] = code;
            texts[QStringLiteral("review")] = QStringLiteral("draft");
            texts[QStringLiteral("note")] = QStringLiteral("English stand-in for a test");
            QVERIFY(writeJson(pack.filePath(QStringLiteral("texts/%1.json").arg(code)), texts));
        }

        QJsonObject french = readJson(pack.filePath(QStringLiteral("texts/fr.json")));
        QJsonObject frenchTexts = french[QStringLiteral("texts")].toObject();
        QCOMPARE(frenchTexts[kChangedKey].toString(), kOldWelcome);
        frenchTexts[kChangedKey] = kNewWelcome;
        french[QStringLiteral("texts")] = frenchTexts;
        QVERIFY(writeJson(pack.filePath(QStringLiteral("texts/fr.json")), french));

        // The office opens at 08:30 on Mondays now.
        QJsonObject offices = readJson(pack.filePath(QStringLiteral("offices.json")));
        QJsonArray officeList = offices[QStringLiteral("offices")].toArray();
        QJsonObject office = officeList.at(0).toObject();
        QJsonObject hours = office[QStringLiteral("hours")].toObject();
        QJsonArray monday = hours[QStringLiteral("mon")].toArray();
        QJsonObject morning = monday.at(0).toObject();
        QCOMPARE(morning[QStringLiteral("from")].toString(), QStringLiteral("09:00"));
        morning[QStringLiteral("from")] = QStringLiteral("08:30");
        monday[0] = morning;
        hours[QStringLiteral("mon")] = monday;
        office[QStringLiteral("hours")] = hours;
        officeList[0] = office;
        offices[QStringLiteral("offices")] = officeList;
        QVERIFY(writeJson(pack.filePath(QStringLiteral("offices.json")), offices));

        // Its voices: Kurmanji (the Turkish profile on eSpeak's ku voice), and a French
        // profile of its own that replaces the installed one.
        const QDir installed(qEnvironmentVariable("GUICHET_VOICES"));
        QJsonObject kurmanji = readJson(installed.filePath(QStringLiteral("tr.json")));
        kurmanji[QStringLiteral("language")] = QStringLiteral("ku");
        kurmanji[QStringLiteral("voice")] = QStringLiteral("ku");
        QVERIFY(writeJson(pack.filePath(QStringLiteral("voices/ku.json")), kurmanji));
        QJsonObject frenchVoice = readJson(installed.filePath(QStringLiteral("fr.json")));
        QVERIFY(frenchVoice[QStringLiteral("rate")].toInt() != kPackVoiceFrenchRate);
        frenchVoice[QStringLiteral("rate")] = kPackVoiceFrenchRate;
        QVERIFY(writeJson(pack.filePath(QStringLiteral("voices/fr.json")), frenchVoice));

        // Its interface translation for Kurmanji: the Turkish one, compiled by lrelease.
        QFile turkish(QDir(qEnvironmentVariable("GUICHET_TS_DIR")).filePath(QStringLiteral("guichet_tr.ts")));
        QVERIFY(turkish.open(QIODevice::ReadOnly));
        QByteArray ts = turkish.readAll();
        QVERIFY(ts.contains("language=\"tr\""));
        ts.replace("language=\"tr\"", "language=\"ku\"");
        const QString tsFile = m_tmp.filePath(QStringLiteral("guichet_ku.ts"));
        QFile kurmanjiTs(tsFile);
        QVERIFY(kurmanjiTs.open(QIODevice::WriteOnly));
        kurmanjiTs.write(ts);
        kurmanjiTs.close();
        QVERIFY(pack.mkpath(QStringLiteral("i18n")));
        QString lrelease = qEnvironmentVariable("GUICHET_LRELEASE");
        if (lrelease.isEmpty())
            lrelease = QStringLiteral("/usr/lib/qt6/bin/lrelease");
        QProcess compile;
        compile.start(lrelease, {QStringLiteral("-silent"), tsFile, QStringLiteral("-qm"), pack.filePath(QStringLiteral("i18n/guichet_ku.qm"))});
        QVERIFY(compile.waitForFinished(30000));
        QVERIFY2(compile.exitCode() == 0, compile.readAllStandardError().constData());

        // A person reading the new welcome, in French (half a second of a tone stands for it).
        const Pcm16 recorded{QByteArray(16000, '\x10'), 16000};
        QVERIFY(pack.mkpath(QStringLiteral("audio/fr")));
        QFile clip(pack.filePath(QStringLiteral("audio/fr/%1.wav").arg(kChangedKey)));
        QVERIFY(clip.open(QIODevice::WriteOnly));
        clip.write(wavFile(recorded));
    }

    /** Offers a pack and resets, as the idle timeout does. */
    void adopt(const Pack &pack, const QString &dir)
    {
        m_kiosk->offerPack(pack, dir);
        m_kiosk->resetSession();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_oldDir = m_tmp.filePath(QStringLiteral("v1"));
        m_newDir = m_tmp.filePath(QStringLiteral("v2"));
        QVERIFY(copyTree(qEnvironmentVariable("GUICHET_PACK"), m_oldDir));
        QVERIFY(copyTree(qEnvironmentVariable("GUICHET_PACK"), m_newDir));
        makeNewVersion(m_newDir);
        if (QTest::currentTestFailed())
            return;
        m_old = loadPack(m_oldDir);
        m_new = loadPack(m_newDir);
        QVERIFY(m_old);
        QVERIFY(m_new);
        QVERIFY(m_old->version != kNewVersion);

        m_kiosk = Kiosk::createInstance(*m_old, m_oldDir, this);
        m_kiosk->setTranslationsDir(qEnvironmentVariable("GUICHET_I18N"));
        m_kiosk->setLanguage(m_kiosk->defaultLanguage());
        // A Thursday evening in school term: BAPA BXL is open until 20:00.
        m_kiosk->context()->setNow(QDateTime(QDate(2026, 11, 26), QTime(18, 30), QTimeZone("Europe/Brussels")));

        // eSpeak NG is process-wide state: one engine for the whole test, as in the kiosk.
        m_installedVoices = std::make_unique<VoiceLibrary>(qEnvironmentVariable("GUICHET_VOICES"));
        QVERIFY(m_installedVoices->problems().isEmpty());
        m_speech = std::make_unique<SpeechEngine>(*m_installedVoices);
        m_speech->setForceNullOutput(true);
        QVERIFY(m_speech->waitUntilReady());
        m_speech->setClipProvider([this](const QString &text, const QString &language) { return m_kiosk->clip(text, language); });
        Voice::createInstance(m_speech.get(), m_kiosk, this);
        BookingFlow::createInstance(m_kiosk, nullptr, nullptr, this); // Main.qml needs it; no server
    }

    void cleanupTestCase()
    {
        m_speech.reset();
    }

    // Every test starts on the first version, in French, with nothing offered.
    void init()
    {
        QVERIFY(m_kiosk);
        if (m_kiosk->packVersion() != m_old->version || !m_kiosk->offeredVersion().isEmpty())
            adopt(*m_old, m_oldDir);
        QCOMPARE(m_kiosk->packVersion(), m_old->version);
        m_speech->stop();
    }

    void offeredPackWaitsForTheReset()
    {
        QSignalSpy adopted(m_kiosk, &Kiosk::packAdopted);
        QSignalSpy languagesReset(m_kiosk->languages(), &QAbstractItemModel::modelReset);
        m_kiosk->setLanguage(QStringLiteral("ar")); // a visitor, mid-visit
        m_kiosk->offerPack(*m_new, m_newDir);
        QCOMPARE(m_kiosk->offeredVersion(), kNewVersion);
        QCOMPARE(m_kiosk->packVersion(), m_old->version);
        QCOMPARE(m_kiosk->language(), QStringLiteral("ar"));
        QCOMPARE(m_kiosk->languages()->rowCount(), int(m_old->languages.size()));
        QVERIFY(!column(*m_kiosk->languages(), LanguageModel::CodeRole).contains(QStringLiteral("ku")));
        QTest::ignoreMessage(QtWarningMsg, "language ku is not in the pack");
        m_kiosk->setLanguage(QStringLiteral("ku"));
        m_kiosk->setLanguage(QStringLiteral("fr"));
        QCOMPARE(m_kiosk->text(kChangedKey), kOldWelcome);
        QVERIFY(!m_speech->hasVoice(QStringLiteral("ku")));
        QVERIFY(!m_kiosk->clip(kOldWelcome, QStringLiteral("fr")));
        QCOMPARE(adopted.count(), 0);
        QCOMPARE(languagesReset.count(), 0);
    }

    void resetAdoptsTheOfferedPack()
    {
        Kiosk *k = m_kiosk;
        // A visitor in Turkish with large text, when the new pack comes.
        k->setLanguage(QStringLiteral("tr"));
        k->setLargeText(true);
        k->offerPack(*m_new, m_newDir);

        const QList<QAbstractItemModel *> models{k->languages(), k->programme(), k->offices(), k->categories(), k->organisations()};
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        std::vector<std::unique_ptr<QSignalSpy>> resets;
        for (QAbstractItemModel *model : models) {
            testers.push_back(std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
            resets.push_back(std::make_unique<QSignalSpy>(model, &QAbstractItemModel::modelReset));
        }
        QStringList order;
        auto scope = std::make_unique<QObject>(); // ends the connections after the adopting reset
        connect(k, &Kiosk::sessionReset, scope.get(), [&] { order << QStringLiteral("sessionReset"); });
        connect(k, &Kiosk::packChanged, scope.get(), [&] { order << QStringLiteral("packChanged"); });
        connect(k, &Kiosk::languageChanged, scope.get(), [&] { order << QStringLiteral("languageChanged"); });
        connect(k, &Kiosk::packAdopted, scope.get(), [&](const QString &version) { order << QStringLiteral("packAdopted ") + version; });
        // What listeners see: the old pack while the visit is forgotten, then the new one.
        connect(k, &Kiosk::sessionReset, scope.get(), [&] { QCOMPARE(k->packVersion(), m_old->version); });
        connect(k, &Kiosk::packChanged, scope.get(), [&] { QCOMPARE(k->packVersion(), kNewVersion); });
        k->resetSession();
        scope.reset();

        QCOMPARE(order, (QStringList{QStringLiteral("sessionReset"), QStringLiteral("packChanged"),
                                     QStringLiteral("languageChanged"), QStringLiteral("packAdopted ") + kNewVersion}));
        for (const auto &reset : resets)
            QCOMPARE(reset->count(), 1);
        QCOMPARE(k->packVersion(), kNewVersion);
        QCOMPARE(k->offeredVersion(), QString());
        QCOMPARE(k->language(), k->defaultLanguage());
        QVERIFY(!k->largeText());

        // The picker lists the new languages; Somali has no voice.
        const QStringList codes = column(*k->languages(), LanguageModel::CodeRole);
        QCOMPARE(codes.mid(codes.size() - 2), (QStringList{QStringLiteral("ku"), QStringLiteral("so")}));
        QVERIFY(k->languages()->data(k->languages()->index(int(codes.size()) - 2), LanguageModel::HasVoiceRole).toBool());
        QVERIFY(!k->languages()->data(k->languages()->index(int(codes.size()) - 1), LanguageModel::HasVoiceRole).toBool());

        // The corrected text, in the models and alone.
        QCOMPARE(k->text(kChangedKey), kNewWelcome);
        QCOMPARE(k->programme()->data(k->programme()->index(0), ProgrammeModel::TitleRole).toString(), kNewWelcome);

        // The new hours: Monday's morning from 08:30.
        const QVariantList week = k->offices()->data(k->offices()->index(0), OfficeModel::WeekRole).toList();
        const QString monday = week.at(0).toMap().value(QStringLiteral("hours")).toString();
        const QString newMorning = k->context()->format().timeRange(QTime(8, 30), QTime(12, 0));
        QVERIFY2(monday.contains(newMorning), qPrintable(monday));

        // Pictograms come from the new directory.
        const QList<QUrl> pictograms{k->programme()->data(k->programme()->index(0), ProgrammeModel::PictogramRole).toUrl(),
                                     k->categories()->data(k->categories()->index(0), CategoryModel::PictogramRole).toUrl()};
        for (const QUrl &url : pictograms) {
            QVERIFY2(url.toLocalFile().startsWith(m_newDir + u'/'), qPrintable(url.toString()));
            QVERIFY(QFileInfo::exists(url.toLocalFile()));
        }
        QVERIFY(!k->helpPhone().isEmpty());

        // A reset with nothing offered changes no pack.
        QSignalSpy adopted(k, &Kiosk::packAdopted);
        k->resetSession();
        QCOMPARE(adopted.count(), 0);
        for (const auto &reset : resets)
            QCOMPARE(reset->count(), 1);
        QCOMPARE(k->packVersion(), kNewVersion);
    }

    void aSecondOfferReplacesTheFirst()
    {
        Pack older = *m_new;
        older.version = QStringLiteral("2026.12.9");
        m_kiosk->offerPack(older, m_oldDir);
        m_kiosk->offerPack(*m_new, m_newDir);
        QCOMPARE(m_kiosk->offeredVersion(), kNewVersion);
        QSignalSpy adopted(m_kiosk, &Kiosk::packAdopted);
        m_kiosk->resetSession();
        QCOMPARE(adopted.count(), 1);
        QCOMPARE(adopted.at(0).at(0).toString(), kNewVersion);
        QCOMPARE(m_kiosk->text(kChangedKey), kNewWelcome);
    }

    void interfaceTranslationComesFromThePackFirst()
    {
        adopt(*m_new, m_newDir);
        m_kiosk->setLanguage(QStringLiteral("ku"));
        QCOMPARE(m_kiosk->language(), QStringLiteral("ku"));
        // The pack's guichet_ku.qm (made from the Turkish translation).
        QCOMPARE(QCoreApplication::translate("guichet::OfficeModel", "Closed"), QStringLiteral("Kapalı"));
        const QVariantList week = m_kiosk->offices()->data(m_kiosk->offices()->index(0), OfficeModel::WeekRole).toList();
        // The days it is closed (Sunday among them), grouped in one row.
        const auto closed = std::find_if(week.cbegin(), week.cend(), [](const QVariant &row) { return !row.toMap().value(QStringLiteral("open")).toBool(); });
        QVERIFY(closed != week.cend());
        QCOMPARE(closed->toMap().value(QStringLiteral("hours")).toString(), QStringLiteral("Kapalı"));
        // Languages the pack does not translate come from the installed translations.
        m_kiosk->setLanguage(QStringLiteral("fr"));
        QCOMPARE(QCoreApplication::translate("guichet::OfficeModel", "Closed"), QStringLiteral("Fermé"));
        // Somali has none: the English source strings.
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^no interface translation for so in ")));
        m_kiosk->setLanguage(QStringLiteral("so"));
        QCOMPARE(QCoreApplication::translate("guichet::OfficeModel", "Closed"), QStringLiteral("Closed"));
        m_kiosk->setLanguage(QStringLiteral("fr"));
    }

    void voicesFollowThePack()
    {
        const int installedFrenchRate = m_installedVoices->profile(QStringLiteral("fr"))->rate;
        QVERIFY(!m_speech->hasVoice(QStringLiteral("ku")));
        QCOMPARE(m_speech->voiceProfile(QStringLiteral("fr"))->rate, installedFrenchRate);
        QSignalSpy voicesChanged(Voice::instance(), &Voice::voicesChanged);

        adopt(*m_new, m_newDir);
        QVERIFY(voicesChanged.count() >= 1);
        QVERIFY(m_speech->hasVoice(QStringLiteral("ku")));
        QVERIFY(Voice::instance()->voicedLanguages().contains(QStringLiteral("ku")));
        QVERIFY(!m_speech->hasVoice(QStringLiteral("so")));
        QCOMPARE(m_speech->voiceProfile(QStringLiteral("fr"))->rate, kPackVoiceFrenchRate); // the pack's replaces the installed
        QVERIFY(m_speech->hasVoice(QStringLiteral("nl")));                                  // the others stay

        // Kurmanji is spoken by eSpeak NG's ku voice, loaded on the speech thread.
        QSignalSpy started(m_speech.get(), &SpeechEngine::utteranceStarted);
        QSignalSpy audio(m_speech.get(), &SpeechEngine::audioQueued);
        QSignalSpy finished(m_speech.get(), &SpeechEngine::utteranceFinished);
        m_speech->say(QStringLiteral("Bi xêr hatin. Zimanê xwe hilbijêrin."), QStringLiteral("ku"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QCOMPARE(started.at(0).at(1).toString(), QStringLiteral("ku"));
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QVERIFY(audio.count() > 0);

        // Somali has no voice: said to be text only, in French then English.
        started.clear();
        m_speech->say(QStringLiteral("Ku soo dhawoow"), QStringLiteral("so"));
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 2000);
        QCOMPARE(started.at(0).at(0).toString(), QString::fromUtf8(SpeechEngine::kTextOnlyFrench));
        QCOMPARE(started.at(0).at(1).toString(), QStringLiteral("fr"));
        m_speech->stop();

        // Back to a pack without voices: its profiles go, the installed ones come back.
        adopt(*m_old, m_oldDir);
        QVERIFY(!m_speech->hasVoice(QStringLiteral("ku")));
        QCOMPARE(m_speech->voiceProfile(QStringLiteral("fr"))->rate, installedFrenchRate);

        // The engine's own call, as Voice makes it.
        m_speech->setPackVoices(VoiceLibrary(QDir(m_newDir).filePath(QStringLiteral("voices"))));
        QVERIFY(m_speech->hasVoice(QStringLiteral("ku")));
        m_speech->setPackVoices(VoiceLibrary());
        QVERIFY(!m_speech->hasVoice(QStringLiteral("ku")));
    }

    // A pack's profile naming a voice eSpeak NG lacks: that language is text only (announced
    // as such) rather than silent, once the speech thread has tried the voice.
    void aVoiceEspeakLacksIsTextOnly()
    {
        const QString dir = m_tmp.filePath(QStringLiteral("bad-voices"));
        QJsonObject somali = readJson(QDir(qEnvironmentVariable("GUICHET_VOICES")).filePath(QStringLiteral("tr.json")));
        somali[QStringLiteral("language")] = QStringLiteral("so");
        somali[QStringLiteral("voice")] = QStringLiteral("zz-nowhere");
        QVERIFY(writeJson(QDir(dir).filePath(QStringLiteral("so.json")), somali));
        const VoiceLibrary voices(dir);
        QVERIFY(voices.problems().isEmpty());

        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("^speech: no voice for so: ")));
        m_speech->setPackVoices(voices);
        QVERIFY(m_speech->hasVoice(QStringLiteral("so"))); // until the speech thread has tried it
        QTRY_VERIFY_WITH_TIMEOUT(!m_speech->hasVoice(QStringLiteral("so")), 5000);
        m_speech->setPackVoices(voices); // named again: still text only, without trying again
        QVERIFY(!m_speech->hasVoice(QStringLiteral("so")));
        QSignalSpy started(m_speech.get(), &SpeechEngine::utteranceStarted);
        m_speech->say(QStringLiteral("Ku soo dhawoow"), QStringLiteral("so"));
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 2000);
        QCOMPARE(started.at(0).at(0).toString(), QString::fromUtf8(SpeechEngine::kTextOnlyFrench));
        m_speech->stop();
        m_speech->setPackVoices(m_kiosk->packVoices());
    }

    void clipsFollowThePack()
    {
        QVERIFY(!m_kiosk->clip(kNewWelcome, QStringLiteral("fr")));
        m_kiosk->offerPack(*m_new, m_newDir);
        QVERIFY(!m_kiosk->clip(kNewWelcome, QStringLiteral("fr"))); // not before the reset
        m_kiosk->resetSession();
        const std::optional<Pcm16> clip = m_kiosk->clip(kNewWelcome, QStringLiteral("fr"));
        QVERIFY(clip);
        QCOMPARE(clip->sampleRate, 16000);
        // And the engine plays it rather than eSpeak.
        QSignalSpy finished(m_speech.get(), &SpeechEngine::utteranceFinished);
        QElapsedTimer timer;
        timer.start();
        m_speech->say(kNewWelcome, QStringLiteral("fr"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QVERIFY(timer.elapsed() >= 450); // the clip's half second
    }

    // A screen made before the switch (deleted later by its StackView) never reads a freed
    // pack: it starts again on the new pack's questions.
    void eligibilityCheckOutlivesTheSwitch()
    {
        EligibilityController check;
        const QString first = check.question();
        QVERIFY(!first.isEmpty());
        check.answer(true);
        QSignalSpy changed(&check, &EligibilityController::changed);
        adopt(*m_new, m_newDir);
        QVERIFY(changed.count() >= 1);
        QCOMPARE(check.step(), 1);
        QCOMPARE(check.question(), first);
        QCOMPARE(check.stepCount(), int(m_new->questions.size()));
    }

    // Main.qml offscreen, deep in a visit: the reset adopts the pack, and the next frame shows
    // the new picker with no QML warning. GUICHET_MEASURE_ADOPTION=N repeats it N times and
    // prints the times from resetSession() to that frame (reported, never judged here);
    // GUICHET_MEASURE_SCREEN names the screen the visitor is on (Main.qml's screenNames).
    void windowShowsTheNewPackAtItsNextFrame()
    {
        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml")); // not a default before 6.5 (docs/QT64.md)
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Guichet/Main.qml")));
        QCOMPARE(engine.rootObjects().size(), 1);
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        QSignalSpy frames(window, &QQuickWindow::frameSwapped);
        QVERIFY(frames.wait(10000));
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));

        const int rounds = std::max(1, qEnvironmentVariableIntValue("GUICHET_MEASURE_ADOPTION"));
        const QString screen = qEnvironmentVariableIsSet("GUICHET_MEASURE_SCREEN") ? qEnvironmentVariable("GUICHET_MEASURE_SCREEN")
                                                                                  : QStringLiteral("office");
        QList<double> times;
        for (int round = 0; round < rounds; ++round) {
            const bool toNew = round % 2 == 0;
            // A visitor deep in the office screens, in Arabic (mirrored).
            m_kiosk->setLanguage(QStringLiteral("ar"));
            bool shown = false;
            QVERIFY(QMetaObject::invokeMethod(window, "showScreen", Q_RETURN_ARG(bool, shown), Q_ARG(QString, screen)));
            QVERIFY(shown);
            QTest::qWait(200);
            m_kiosk->offerPack(toNew ? *m_new : *m_old, toNew ? m_newDir : m_oldDir);

            QElapsedTimer timer;
            double frameMs = -1;
            QStringList steps; // where the time goes: each step's end, from the reset's start
            QObject scope;
            const auto stamp = [&](const char *step) {
                steps << QStringLiteral("%1 %2").arg(QLatin1String(step)).arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1);
            };
            connect(m_kiosk, &Kiosk::sessionReset, &scope, [&] { stamp("screens home"); });
            connect(m_kiosk, &Kiosk::packChanged, &scope, [&] { stamp("models reset"); });
            connect(m_kiosk, &Kiosk::languageChanged, &scope, [&] { stamp("language"); });
            connect(window, &QQuickWindow::frameSwapped, &scope, [&] {
                if (frameMs < 0)
                    frameMs = double(timer.nsecsElapsed()) / 1e6;
            });
            timer.start();
            m_kiosk->resetSession();
            const double callMs = double(timer.nsecsElapsed()) / 1e6;
            QTRY_VERIFY_WITH_TIMEOUT(frameMs >= 0, 5000);
            times << frameMs;
            qInfo("adoption of %s: resetSession() %.1f ms (%s), first frame after it %.1f ms", qPrintable(m_kiosk->packVersion()),
                  callMs, qPrintable(steps.join(QStringLiteral(", "))), frameMs);

            QQuickItem *kurmanji = findItem(window->contentItem(), QStringLiteral("language-ku"));
            QCOMPARE(kurmanji != nullptr, toNew);
            if (toNew) {
                QVERIFY(kurmanji->property("voiced").toBool()); // the pack's voice, known to the picker
                QQuickItem *somali = findItem(window->contentItem(), QStringLiteral("language-so"));
                QVERIFY(somali);
                QVERIFY(!somali->property("voiced").toBool());
            }
            QTest::qWait(100); // screens popped by the reset are deleted
        }
        std::sort(times.begin(), times.end());
        qInfo("first frame after adoption: median %.1f ms, max %.1f ms over %lld", times.at(times.size() / 2), times.last(),
              qlonglong(times.size()));
    }
};

QTEST_MAIN(TestPackSwitch)
#include "tst_packswitch.moc"
