// SPDX-License-Identifier: GPL-3.0-or-later
// Recorded clips found in a real pack directory by the text shown, and refused when broken.
#include "minipack.h"
#include "packclips.h"

#include <QTemporaryDir>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestPackClips)
#include "tst_packclips.moc"
