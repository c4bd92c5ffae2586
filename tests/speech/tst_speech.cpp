// SPDX-License-Identifier: GPL-3.0-or-later
// Real eSpeak NG, real voice profiles (voices/) and the real pack texts: audio that is not
// silence and lasts as long as its words, word marks in order, the lexicon at work.
#include "minipack.h"
#include "packdirectory.h"
#include "audiofile.h"
#include "utterancerenderer.h"
#include "voicelibrary.h"
#include "wavfile.h"

#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <cmath>

using namespace guichet;

namespace {

/** Root mean square of 16-bit PCM, 0 (silence) to 1 (full scale). */
double rms(const QByteArray &pcm)
{
    double sum = 0;
    const qsizetype n = pcm.size() / 2;
    for (qsizetype i = 0; i < n; ++i) {
        const double v = qFromLittleEndian<qint16>(pcm.constData() + 2 * i) / 32768.0;
        sum += v * v;
    }
    return n ? std::sqrt(sum / double(n)) : 0;
}

int wordCount(const QString &text)
{
    return int(text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts).size());
}

} // namespace

class TestSpeech : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<EspeakSynthesizer> m_synth;
    std::unique_ptr<VoiceLibrary> m_voices;
    std::optional<Pack> m_pack;

    static VoiceProfile profile(const QByteArray &json)
    {
        QString error;
        std::optional<VoiceProfile> p = VoiceProfile::fromJson(json, &error);
        if (!p)
            qFatal("test profile: %s", qPrintable(error));
        return *p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_synth = std::make_unique<EspeakSynthesizer>();
        QVERIFY2(m_synth->isReady(), qPrintable(m_synth->error()));
        m_voices = std::make_unique<VoiceLibrary>(qEnvironmentVariable("GUICHET_VOICES"));
        QVERIFY2(m_voices->problems().isEmpty(), qPrintable(m_voices->problems().join('\n')));
        const PackDirectory source(qEnvironmentVariable("GUICHET_PACK"));
        PackLoader loader(source);
        m_pack = loader.load();
        QVERIFY(m_pack);
    }

    void everyVoicedLanguageSpeaksItsTexts_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("key");
        for (const Language &l : m_pack->languages) {
            if (!l.hasVoice())
                continue;
            for (const char *key : {"eligibility.registered.question", "programme.free.body"})
                QTest::addRow("%s %s", qPrintable(l.code), key) << l.code << QString::fromLatin1(key);
        }
    }

    void everyVoicedLanguageSpeaksItsTexts()
    {
        QFETCH(QString, language);
        QFETCH(QString, key);
        const VoiceProfile *p = m_voices->profile(language);
        QVERIFY2(p, qPrintable(QStringLiteral("no voices/%1.json for a language the pack says is voiced").arg(language)));
        QCOMPARE(p->voice, m_pack->language(language)->voice);
        const QString text = m_pack->spoken(key, language);
        const Synthesis audio = UtteranceRenderer(*m_synth, *p).renderAll(text);
        const double seconds = double(audio.samples()) / m_synth->sampleRate();
        const int words = wordCount(text);
        QVERIFY2(rms(audio.pcm) > 0.02, qPrintable(QStringLiteral("RMS %1: silence").arg(rms(audio.pcm))));
        // Slow speech for newcomers: 0.2 to 1.5 s a word, pauses included.
        QVERIFY2(seconds > 0.2 * words && seconds < 1.5 * words + 1,
                 qPrintable(QStringLiteral("%1 s for %2 words").arg(seconds).arg(words)));
        QVERIFY(audio.words.size() >= words / 2);
    }

    void wordMarksFollowTheText()
    {
        const VoiceProfile *p = m_voices->profile(QStringLiteral("fr"));
        QVERIFY(p);
        const QString text = QStringLiteral("Le parcours d'accueil est gratuit. Il vous aide à bien commencer votre vie ici.");
        const Synthesis audio = UtteranceRenderer(*m_synth, *p).renderAll(text);
        QVERIFY(audio.words.size() >= 10);
        for (qsizetype i = 1; i < audio.words.size(); ++i) {
            QVERIFY(audio.words[i].start > audio.words[i - 1].start);
            QVERIFY(audio.words[i].sample >= audio.words[i - 1].sample);
        }
        for (const WordMark &w : audio.words) {
            QVERIFY(w.start >= 0 && w.start + w.length <= text.size());
            QVERIFY2(text.at(w.start).isLetterOrNumber(), qPrintable(text.mid(w.start, w.length)));
            QVERIFY(w.sample < audio.samples());
        }
        QCOMPARE(text.mid(audio.words.first().start, 2), QStringLiteral("Le"));
        QVERIFY(text.mid(audio.words.last().start).startsWith(QStringLiteral("ici")));
    }

    void lexiconChangesWhatIsSaid()
    {
        const VoiceProfile plain = profile("{\"language\": \"fr\", \"voice\": \"fr-be\", \"rate\": 140}");
        const VoiceProfile withLexicon = profile(
            "{\"language\": \"fr\", \"voice\": \"fr-be\", \"rate\": 140, \"lexicon\": [{\"word\": \"BXL\", \"spoken\": \"Bruxelles\"}]}");
        const QString text = QStringLiteral("Le BAPA BXL vous accueille.");
        QCOMPARE(withLexicon.spokenForm(text).text, QStringLiteral("Le BAPA Bruxelles vous accueille."));
        const Synthesis before = UtteranceRenderer(*m_synth, plain).renderAll(text);
        const Synthesis after = UtteranceRenderer(*m_synth, withLexicon).renderAll(text);
        QVERIFY(before.pcm != after.pcm);
        // "Bruxelles" is highlighted where "BXL" is shown.
        const int bxl = int(text.indexOf(QStringLiteral("BXL")));
        const auto word = std::find_if(after.words.cbegin(), after.words.cend(), [&](const WordMark &w) {
            return w.start >= bxl && w.start < bxl + 3;
        });
        QVERIFY(word != after.words.cend());
        QVERIFY(word->start + word->length <= bxl + 3);
    }

    void patternsAndPhoneNumbers()
    {
        const VoiceProfile p = profile("{\"language\": \"fr\", \"voice\": \"fr-be\", \"rate\": 140, \"plus\": \"plus\",\n"
            "            \"lexicon\": [{\"pattern\": \"\\\\b0?(\\\\d{1,2}):00\\\\b\", \"spoken\": \"\\\\1 heures\"}]}");
        QCOMPARE(p.spokenForm(QStringLiteral("Ouvert à 09:00. Appelez le \u2066+32 2 279 49 70\u2069.")).text,
                 QStringLiteral("Ouvert à 9 heures. Appelez le plus 32, 2, 279, 49, 70."));
    }

    void badProfilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("broken JSON") << QByteArray("{\"language\": ") << "broken JSON";
        QTest::newRow("no voice") << QByteArray("{\"language\": \"fr\"}") << "\"language\" and \"voice\" are required";
        QTest::newRow("rate") << QByteArray("{\"language\": \"fr\", \"voice\": \"fr-be\", \"rate\": 20}")
                              << "\"rate\" 20 is outside eSpeak's 80-450 words per minute";
        QTest::newRow("bad pattern") << QByteArray("{\"language\": \"fr\", \"voice\": \"fr-be\", \"lexicon\": [{\"pattern\": \"(\", \"spoken\": \"x\"}]}")
                                     << "lexicon[0]: missing closing parenthesis";
    }

    void badProfilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!VoiceProfile::fromJson(json, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }

    void sentencesBreakWithIcu_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("count");
        QTest::newRow("fr") << "fr" << QStringLiteral("Bonjour. Ça va ? Oui, merci !") << 3;
        QTest::newRow("ar") << "ar" << QStringLiteral("مرحبا بكم. هل أنتم مسجلون؟ نعم.") << 3;
        QTest::newRow("one") << "en" << QStringLiteral("One sentence only") << 1;
        QTest::newRow("blank") << "fr" << QStringLiteral("  ") << 0;
    }

    void sentencesBreakWithIcu()
    {
        QFETCH(QString, language);
        QFETCH(QString, text);
        QFETCH(int, count);
        QCOMPARE(splitSentences(text, language).size(), count);
    }

    void wavRoundTrip()
    {
        const VoiceProfile *p = m_voices->profile(QStringLiteral("fr"));
        QVERIFY(p);
        const Synthesis audio = UtteranceRenderer(*m_synth, *p).renderAll(QStringLiteral("Bonjour."));
        QTemporaryDir dir;
        QFile wav(dir.filePath(QStringLiteral("bonjour.wav")));
        QVERIFY(wav.open(QIODevice::WriteOnly));
        wav.write(wavFile({audio.pcm, m_synth->sampleRate()}));
        wav.close();
        QString error;
        const std::optional<Pcm16> back = readAudioFile(wav.fileName(), &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->sampleRate, m_synth->sampleRate());
        QCOMPARE(back->samples, audio.pcm);

        QFile junk(dir.filePath(QStringLiteral("junk.wav")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("RIFF....WAVEjunk");
        junk.close();
        QVERIFY(!readAudioFile(junk.fileName(), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(!readAudioFile(dir.filePath(QStringLiteral("missing.ogg")), &error));
    }
};

QTEST_GUILESS_MAIN(TestSpeech)
#include "tst_speech.moc"
