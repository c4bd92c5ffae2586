// SPDX-License-Identifier: GPL-3.0-or-later
// kiosk.conf's settings as the kiosk checks them, and the kiosk.conf the package installs: every
// key it shows, uncommented, is one the kiosk accepts.
#include "configfile.h"
#include "kioskoptions.h"
#include "minipack.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace guichet;

class TestKioskOptions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void volumeIsAWholeNumberFrom0To100_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<double>("volume"); // -1: refused
        QTest::newRow("0") << QStringLiteral("0") << 0.0;
        QTest::newRow("80") << QStringLiteral("80") << 0.8;
        QTest::newRow("100") << QStringLiteral("100") << 1.0;
        QTest::newRow("101") << QStringLiteral("101") << -1.0;
        QTest::newRow("150") << QStringLiteral("150") << -1.0;
        QTest::newRow("-1") << QStringLiteral("-1") << -1.0;
        QTest::newRow("a fraction") << QStringLiteral("0.8") << -1.0;
        QTest::newRow("a percentage") << QStringLiteral("80%") << -1.0;
        QTest::newRow("a word") << QStringLiteral("loud") << -1.0;
        QTest::newRow("empty") << QString() << -1.0;
    }

    void volumeIsAWholeNumberFrom0To100()
    {
        QFETCH(QString, value);
        QFETCH(double, volume);
        QString problem;
        const std::optional<double> read = kioskoptions::volume(value, &problem);
        if (volume < 0) {
            QVERIFY(!read);
            // One journal line that names the value, so staff find the line to fix.
            QVERIFY2(problem.startsWith(QStringLiteral("volume ")) && problem.contains(value), qPrintable(problem));
        } else {
            QVERIFY(read);
            QCOMPARE(*read, volume);
            QVERIFY(problem.isEmpty());
        }
    }

    void standsInAnOfficeOfThePack()
    {
        std::optional<Pack> pack = test::loadMinipack();
        QVERIFY(pack);
        QCOMPARE(pack->defaultOffice, QStringLiteral("bapa-bxl"));
        Office second = pack->offices.constFirst();
        second.id = QStringLiteral("bapa-second");
        pack->offices.append(second);

        QVERIFY(kioskoptions::standIn(*pack, QStringLiteral("bapa-second")));
        QCOMPARE(pack->defaultOffice, QStringLiteral("bapa-second"));
        // Not an office of the pack: the pack keeps the office it had.
        QVERIFY(!kioskoptions::standIn(*pack, QStringLiteral("nowhere")));
        QCOMPARE(pack->defaultOffice, QStringLiteral("bapa-second"));
        QVERIFY(!kioskoptions::standIn(*pack, QString()));
        QCOMPARE(pack->defaultOffice, QStringLiteral("bapa-second"));
    }

    void aBadLineIsNamedAndLeftOut()
    {
        const configfile::Parsed parsed = configfile::parse("volum = 50\nvolume = 150\nlang = ar\noffice = bapa-bxl\n",
                                                            QStringLiteral("kiosk.conf"), kioskoptions::configKeys());
        QCOMPARE(parsed.problems.size(), 2);
        QVERIFY2(parsed.problems.at(0).startsWith(QStringLiteral("kiosk.conf:1: ")) && parsed.problems.at(0).contains(QStringLiteral("volum")),
                 qPrintable(parsed.problems.at(0)));
        // Not an option an installed kiosk takes: the language a visitor starts in is the pack's.
        QVERIFY2(parsed.problems.at(1).startsWith(QStringLiteral("kiosk.conf:3: ")), qPrintable(parsed.problems.at(1)));
        // The value of a known key is checked later, by the kiosk (above), not by the parser.
        QCOMPARE(configfile::toArguments(parsed.entries), (QStringList{QStringLiteral("--volume=150"), QStringLiteral("--office=bapa-bxl")}));
    }

    // The file the package installs as /etc/guichet/kiosk.conf, with each example line
    // (`# key = value`) uncommented: no line the kiosk would refuse or use wrongly.
    void theInstalledKioskConfIsAccepted()
    {
        QFile file(qEnvironmentVariable("GUICHET_KIOSK_CONF"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        QByteArray text = file.readAll();
        static const QRegularExpression example(QStringLiteral("^# ([a-z][a-z-]*) = "), QRegularExpression::MultilineOption);
        const int examples = int(QString::fromUtf8(text).count(example));
        QVERIFY(examples >= 8);
        text = QString::fromUtf8(text).replace(example, QStringLiteral("\\1 = ")).toUtf8();

        const configfile::Parsed parsed = configfile::parse(text, file.fileName(), kioskoptions::configKeys());
        QVERIFY2(parsed.problems.isEmpty(), qPrintable(parsed.problems.join(u'\n')));
        QCOMPARE(parsed.entries.size(), examples + 1); // and `data`, set in the file as installed
        std::optional<Pack> pack = test::loadMinipack();
        QVERIFY(pack);
        for (const configfile::Entry &entry : parsed.entries) {
            QString problem;
            if (entry.key == QStringLiteral("volume"))
                QVERIFY2(kioskoptions::volume(entry.value, &problem), qPrintable(problem));
            if (entry.key == QStringLiteral("office"))
                QVERIFY2(kioskoptions::standIn(*pack, entry.value), qPrintable(entry.value));
        }
    }
};

QTEST_GUILESS_MAIN(TestKioskOptions)
#include "tst_kioskoptions.moc"
