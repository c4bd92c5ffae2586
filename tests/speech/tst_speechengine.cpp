// SPDX-License-Identifier: GPL-3.0-or-later
// The utterance queue over real eSpeak NG and the null output (as in CI, with no sound
// device): order, interruption, word events, and the announcement of a text-only language.
#include "chime.h"
#include "speechengine.h"

#include <QElapsedTimer>
#include <QSignalSpy>

#include <cmath>
#include <QTest>

using namespace guichet;

class TestSpeechEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<VoiceLibrary> m_voices;
    std::unique_ptr<SpeechEngine> m_engine;

private Q_SLOTS:
    void initTestCase()
    {
        m_voices = std::make_unique<VoiceLibrary>(qEnvironmentVariable("GUICHET_VOICES"));
        QVERIFY2(m_voices->problems().isEmpty(), qPrintable(m_voices->problems().join('\n')));
        // eSpeak NG is process-wide state: one engine for the whole test, as in the kiosk.
        m_engine = std::make_unique<SpeechEngine>(*m_voices);
        m_engine->setForceNullOutput(true);
        QVERIFY(m_engine->waitUntilReady());
    }

    void init()
    {
        m_engine->stop();
        m_engine->setRateStep(0);
    }

    void cleanupTestCase() { m_engine.reset(); }

    void queueKeepsOrder()
    {
        QSignalSpy started(m_engine.get(), &SpeechEngine::utteranceStarted);
        QSignalSpy finished(m_engine.get(), &SpeechEngine::utteranceFinished);
        m_engine->enqueue(QStringLiteral("Un."), QStringLiteral("fr"));
        m_engine->enqueue(QStringLiteral("Deux."), QStringLiteral("fr"));
        QVERIFY(m_engine->speaking());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        QCOMPARE(started.at(0).at(0).toString(), QStringLiteral("Un."));
        QCOMPARE(started.at(1).at(0).toString(), QStringLiteral("Deux."));
        QCOMPARE(finished.at(0).at(0).toString(), QStringLiteral("Un."));
        QCOMPARE(finished.at(0).at(1).toBool(), true);
        QCOMPARE(finished.at(1).at(0).toString(), QStringLiteral("Deux."));
        QVERIFY(!m_engine->speaking());
        QVERIFY(!m_engine->available()); // the null output says so
    }

    void sayInterrupts()
    {
        QSignalSpy finished(m_engine.get(), &SpeechEngine::utteranceFinished);
        m_engine->say(QStringLiteral("Le parcours d'accueil est gratuit. Il vous aide à bien commencer votre vie ici."),
                      QStringLiteral("fr"));
        m_engine->enqueue(QStringLiteral("Jamais dit."), QStringLiteral("fr"));
        QTest::qWait(300);
        m_engine->say(QStringLiteral("Stop."), QStringLiteral("fr"));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.at(0).at(1).toBool(), false); // cut short
        QCOMPARE(m_engine->text(), QStringLiteral("Stop."));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 5000);
        QCOMPARE(finished.at(1).at(0).toString(), QStringLiteral("Stop."));
        QTest::qWait(200);
        QCOMPARE(finished.count(), 2); // the queued "Jamais dit." was dropped
    }

    void wordsArriveInOrder()
    {
        const QString text = QStringLiteral("Bonjour et bienvenue au BAPA. Choisissez votre langue.");
        QList<int> starts;
        QObject scope; // the connection ends with this test function
        connect(m_engine.get(), &SpeechEngine::wordChanged, &scope, [&] {
            if (m_engine->wordStart() >= 0)
                starts << m_engine->wordStart();
        });
        QSignalSpy finished(m_engine.get(), &SpeechEngine::utteranceFinished);
        m_engine->say(text, QStringLiteral("fr"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 15000);
        QVERIFY2(starts.size() >= 6, qPrintable(QString::number(starts.size())));
        QVERIFY(std::is_sorted(starts.cbegin(), starts.cend()));
        QCOMPARE(starts.first(), 0);
        QCOMPARE(text.mid(starts.last(), 6), QStringLiteral("langue"));
        QCOMPARE(m_engine->wordStart(), -1);
    }

    void textOnlyLanguageIsAnnounced()
    {
        QSignalSpy started(m_engine.get(), &SpeechEngine::utteranceStarted);
        m_engine->say(QStringLiteral("ሰላም"), QStringLiteral("ti"));
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 1, 2000);
        QCOMPARE(started.at(0).at(1).toString(), QStringLiteral("fr"));
        QCOMPARE(started.at(0).at(0).toString(), QString::fromUtf8(SpeechEngine::kTextOnlyFrench));
        QTRY_COMPARE_WITH_TIMEOUT(started.count(), 2, 15000);
        QCOMPARE(started.at(1).at(1).toString(), QStringLiteral("en"));
    }

    void recordedClipIsPreferred()
    {
        // Half a second of a 440 Hz tone stands for a person reading the text.
        Pcm16 clip{QByteArray(), 16000};
        for (int i = 0; i < 8000; ++i) {
            const qint16 v = qint16(8000 * std::sin(2 * M_PI * 440 * i / 16000.0));
            clip.samples.append(reinterpret_cast<const char *>(&v), 2);
        }
        m_engine->setClipProvider([&](const QString &text, const QString &language) -> std::optional<Pcm16> {
            if (text == QStringLiteral("ሰላም") && language == QStringLiteral("ti"))
                return clip;
            return std::nullopt;
        });
        QSignalSpy started(m_engine.get(), &SpeechEngine::utteranceStarted);
        QSignalSpy finished(m_engine.get(), &SpeechEngine::utteranceFinished);
        QElapsedTimer timer;
        timer.start();
        m_engine->say(QStringLiteral("ሰላም"), QStringLiteral("ti"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 5000);
        QCOMPARE(started.count(), 1); // the clip, no "text only" announcement
        QCOMPARE(started.at(0).at(1).toString(), QStringLiteral("ti"));
        QVERIFY(timer.elapsed() >= 450); // the clip's own length, resampled to the stream's rate
        // Another Tigrinya text has no clip: announced, and only once for several parts.
        m_engine->forgetNotices(); // a new visitor
        started.clear();
        m_engine->say(QStringLiteral("ሓገዝ"), QStringLiteral("ti"));
        m_engine->enqueue(QStringLiteral("ቤት ጽሕፈት"), QStringLiteral("ti"));
        QCOMPARE(m_engine->text(), QString::fromUtf8(SpeechEngine::kTextOnlyFrench));
        m_engine->stop();
        QCOMPARE(started.count(), 1);
        // Once a visit: the next touch in the same visit is not told again.
        started.clear();
        m_engine->say(QStringLiteral("ሓገዝ"), QStringLiteral("ti"));
        QVERIFY(!m_engine->speaking());
        QCOMPARE(started.count(), 0);
        m_engine->forgetNotices();
        m_engine->say(QStringLiteral("ሓገዝ"), QStringLiteral("ti"));
        QCOMPARE(m_engine->text(), QString::fromUtf8(SpeechEngine::kTextOnlyFrench));
        m_engine->stop();
        m_engine->setClipProvider({});
    }

    // The volume: steps of 3 dB a listener hears, over more than 18 dB (EN 301 549 8.2.1),
    // from the default, and never above full scale.
    void volumeStepsAndRange()
    {
        const double start = m_engine->volume();
        const auto db = [](double v) { return 20.0 * std::log10(v); };
        double before = m_engine->volume();
        m_engine->stepVolume(-1);
        QVERIFY(qAbs(db(before) - db(m_engine->volume()) - SpeechEngine::kVolumeStepDb) < 0.01);
        for (int i = 0; i < 20; ++i)
            m_engine->stepVolume(-1);
        const double lowest = m_engine->volume();
        QVERIFY(lowest > 0);
        for (int i = 0; i < 20; ++i)
            m_engine->stepVolume(1);
        const double highest = m_engine->volume();
        QCOMPARE(highest, 1.0);
        QVERIFY2(db(highest) - db(lowest) >= 18.0, qPrintable(QString::number(db(highest) - db(lowest))));
        before = highest;
        m_engine->stepVolume(-1);
        QVERIFY(qAbs(db(before) - db(m_engine->volume()) - SpeechEngine::kVolumeStepDb) < 0.01);
        m_engine->setVolume(start);
    }

    // The chime is a sound, not silence: about a quarter of a second, loud enough to hear.
    void chimeIsHeard()
    {
        const Pcm16 sound = chime(16000);
        const auto *samples = reinterpret_cast<const qint16 *>(sound.samples.constData());
        const qsizetype n = sound.samples.size() / 2;
        QVERIFY(n >= 16000 / 5 && n <= 16000 / 2);
        double sum = 0;
        for (qsizetype i = 0; i < n; ++i)
            sum += double(samples[i]) * samples[i];
        const double rmsDb = 20.0 * std::log10(std::sqrt(sum / n) / 32768.0);
        QVERIFY2(rmsDb > -20.0 && rmsDb < -3.0, qPrintable(QString::number(rmsDb)));
        QSignalSpy finished(m_engine.get(), &SpeechEngine::utteranceFinished);
        m_engine->playSound(sound);
        QVERIFY(m_engine->speaking());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 3000);
    }

    void slowerTakesLonger()
    {
        QElapsedTimer timer;
        QSignalSpy finished(m_engine.get(), &SpeechEngine::utteranceFinished);
        qint64 normal = 0;
        for (int step : {0, -1}) {
            m_engine->setRateStep(step);
            timer.start();
            m_engine->say(QStringLiteral("Vous pouvez prendre rendez-vous ici."), QStringLiteral("fr"));
            QTRY_VERIFY_WITH_TIMEOUT(!m_engine->speaking(), 15000);
            if (step == 0)
                normal = timer.elapsed();
        }
        // Audio length, not a timing of our code: 0.75× rate is a third longer.
        QVERIFY2(timer.elapsed() > normal * 1.15, qPrintable(QStringLiteral("%1 vs %2 ms").arg(timer.elapsed()).arg(normal)));
    }

    // Pause holds the word being heard; resume goes on from it to the end, not from the start.
    void pauseHoldsAndResumeGoesOn()
    {
        QSignalSpy finished(m_engine.get(), &SpeechEngine::utteranceFinished);
        QSignalSpy started(m_engine.get(), &SpeechEngine::utteranceStarted);
        m_engine->say(QStringLiteral("Vous pouvez prendre rendez-vous ici, avec un numéro de téléphone."), QStringLiteral("fr"));
        m_engine->enqueue(QStringLiteral("Merci."), QStringLiteral("fr"));
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->wordStart() > 0, 10000);
        m_engine->pause();
        QVERIFY(m_engine->paused());
        const int heldAt = m_engine->wordStart();
        QTest::qWait(1500); // longer than the whole sentence at normal speed
        QCOMPARE(m_engine->wordStart(), heldAt);
        QVERIFY(m_engine->speaking());
        QCOMPARE(finished.count(), 0);
        m_engine->resume();
        QVERIFY(!m_engine->paused());
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 15000);
        QCOMPARE(finished.at(0).at(1).toBool(), true); // heard to its end
        QCOMPARE(started.count(), 2); // the queue went on after it

        // Paused before eSpeak handed over any audio: nothing is heard until resume().
        finished.clear();
        m_engine->say(QStringLiteral("Bonjour à vous."), QStringLiteral("fr"));
        m_engine->pause();
        QTest::qWait(1200);
        QCOMPARE(m_engine->wordStart(), -1);
        QCOMPARE(finished.count(), 0);
        m_engine->resume();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 10000);
        QCOMPARE(finished.at(0).at(1).toBool(), true);

        // A pause ends with new speech: nothing stays held.
        m_engine->say(QStringLiteral("Un."), QStringLiteral("fr"));
        QTRY_VERIFY_WITH_TIMEOUT(m_engine->wordStart() >= 0, 10000);
        m_engine->pause();
        m_engine->say(QStringLiteral("Deux."), QStringLiteral("fr"));
        QVERIFY(!m_engine->paused());
        QTRY_VERIFY_WITH_TIMEOUT(!m_engine->speaking(), 10000);
    }
};

QTEST_GUILESS_MAIN(TestSpeechEngine)
#include "tst_speechengine.moc"
