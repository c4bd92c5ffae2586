// SPDX-License-Identifier: GPL-3.0-or-later
// Recorded clips found in a real pack directory by the text shown, and refused when broken.
#include "minipack.h"
#include "packclips.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace guichet;

class TestPackClips : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsTheClipOfAText()
    {
        std::optional<Pack> pack = test::loadMinipack();
        QVERIFY(pack);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("audio/ar")));
        const Pcm16 recorded{QByteArray(16000, '\x10'), 16000};
        QFile clip(dir.filePath(QStringLiteral("audio/ar/programme.welcome.title.wav")));
        QVERIFY(clip.open(QIODevice::WriteOnly));
        clip.write(wavFile(recorded));
        clip.close();
        QFile broken(dir.filePath(QStringLiteral("audio/ar/category.legal-aid.wav")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("not a wave file");
        broken.close();

        const PackClips clips(*pack, dir.path());
        const std::optional<Pcm16> found = clips.find(QStringLiteral("مرحبا"), QStringLiteral("ar"));
        QVERIFY(found);
        QCOMPARE(found->sampleRate, 16000);
        QCOMPARE(found->samples, recorded.samples);
        QVERIFY(!clips.find(QStringLiteral("مرحبا"), QStringLiteral("fr")));  // no French clip
        QVERIFY(!clips.find(QStringLiteral("Bienvenue"), QStringLiteral("fr")));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("category.legal-aid.wav cannot be played")));
        QVERIFY(!clips.find(QStringLiteral("مساعدة قانونية"), QStringLiteral("ar")));
    }

    // A language's own name (audio/<code>/language.<code>.wav), and an interface string voiced
    // through a `ui.*` text written as the interface shows it, made by a real encoder (sox).
    void voicesALanguageNameAndAnInterfaceString()
    {
        std::optional<Pack> pack = test::loadMinipack();
        QVERIFY(pack);
        const auto arabic = std::find_if(pack->languages.cbegin(), pack->languages.cend(), [](const Language &l) { return l.code == QStringLiteral("ar"); });
        QVERIFY(arabic != pack->languages.cend());
        const QString interfaceText = QStringLiteral("هل ما زلت هنا؟");
        pack->texts[QStringLiteral("ar")].texts.insert(QStringLiteral("ui.still-there"), PackText{interfaceText, {}});
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("audio/ar")));
        for (const QString &name : {QStringLiteral("language.ar.wav"), QStringLiteral("ui.still-there.wav")}) {
            QCOMPARE(QProcess::execute(QStringLiteral("sox"), {QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("16000"), QStringLiteral("-c"),
                                                               QStringLiteral("1"), dir.filePath(QStringLiteral("audio/ar/") + name),
                                                               QStringLiteral("synth"), QStringLiteral("0.5"), QStringLiteral("sine"), QStringLiteral("300")}),
                     0);
        }
        const PackClips clips(*pack, dir.path());
        const std::optional<Pcm16> name = clips.find(arabic->name, QStringLiteral("ar"));
        QVERIFY(name);
        QCOMPARE(name->samples.size(), 16000); // half a second of 16-bit mono at 16 kHz
        QVERIFY(clips.find(interfaceText, QStringLiteral("ar")));
        QVERIFY(!clips.find(arabic->name, QStringLiteral("fr"))); // said in its own language only
    }

    // A stereo Ogg Vorbis recording, made by a real encoder (sox), plays as mono at its length.
    void playsAnOggClip()
    {
        std::optional<Pack> pack = test::loadMinipack();
        QVERIFY(pack);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("audio/fr")));
        const QString ogg = dir.filePath(QStringLiteral("audio/fr/programme.welcome.title.ogg"));
        QCOMPARE(QProcess::execute(QStringLiteral("sox"), {QStringLiteral("-n"), QStringLiteral("-r"), QStringLiteral("22050"),
                                                           QStringLiteral("-c"), QStringLiteral("2"), ogg, QStringLiteral("synth"),
                                                           QStringLiteral("1.5"), QStringLiteral("sine"), QStringLiteral("300")}),
                 0);
        const PackClips clips(*pack, dir.path());
        const std::optional<Pcm16> found = clips.find(QStringLiteral("Bienvenue"), QStringLiteral("fr"));
        QVERIFY(found);
        QCOMPARE(found->sampleRate, 22050);
        const qsizetype samples = found->samples.size() / 2;
        QVERIFY2(std::abs(samples - 33075) < 200, qPrintable(QString::number(samples)));
        const auto *s = reinterpret_cast<const qint16 *>(found->samples.constData());
        double sum = 0;
        for (qsizetype i = 0; i < samples; ++i)
            sum += double(s[i]) * s[i];
        const double rms = std::sqrt(sum / double(samples)) / 32768.0;
        QVERIFY2(rms > 0.3, qPrintable(QString::number(rms))); // a full-scale sine: 0.707
    }
};

QTEST_GUILESS_MAIN(TestPackClips)
#include "tst_packclips.moc"
