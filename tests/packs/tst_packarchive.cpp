// SPDX-License-Identifier: GPL-3.0-or-later
// The pack archive's writer and reader agree on names outside ASCII, whatever the process's
// locale: a service started without LANG runs in the C locale, where libarchive cannot convert
// "é" and once crashed writing it (found by fuzz_packarchive).
#include "packarchive.h"

#include <QtTest>

#include <clocale>

namespace guichet {

class PackArchiveTest : public QObject
{
    Q_OBJECT

private slots:
    void namesOutsideAsciiRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("locale");
        QTest::newRow("C") << QByteArray("C");
        QTest::newRow("C.UTF-8") << QByteArray("C.UTF-8");
    }

    void namesOutsideAsciiRoundTrip()
    {
        QFETCH(QByteArray, locale);
        const std::string before = std::setlocale(LC_ALL, nullptr);
        QVERIFY(std::setlocale(LC_ALL, locale.constData()));
        const PackFiles pack({{QStringLiteral("audio/ps/ui.café.wav"), QByteArray("RIFF")},
                              {QStringLiteral("languages/ti/ሰላም.json"), QByteArray("{}")},
                              {QStringLiteral("pack.json"), QByteArray("{}")}});
        const QByteArray archive = writePackArchive(pack);
        QString error;
        const std::optional<PackFiles> back = readPackArchive(archive, &error);
        std::setlocale(LC_ALL, before.c_str());
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->files, pack.files);
    }
};

} // namespace guichet

QTEST_GUILESS_MAIN(guichet::PackArchiveTest)
#include "tst_packarchive.moc"
