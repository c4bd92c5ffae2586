// SPDX-License-Identifier: GPL-3.0-or-later
// Phone numbers as visitors and staff type them, to E.164 with Belgium by default.
#include "phonenumber.h"

#include <QTest>

using namespace guichet;

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalises_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("e164"); // empty: refused
        QTest::newRow("mobile national") << "0470 12 34 56" << "+32470123456";
        QTest::newRow("landline national") << "02/279.49.70" << "+3222794970";
        QTest::newRow("international plus") << "+32 470 12 34 56" << "+32470123456";
        QTest::newRow("international 00") << "0032470123456" << "+32470123456";
        QTest::newRow("foreign") << "+33 6 12 34 56 78" << "+33612345678";
        QTest::newRow("brackets") << "(0470) 12-34-56" << "+32470123456";
        QTest::newRow("too short") << "0470 12" << "";
        QTest::newRow("belgian too long") << "0470 12 34 56 78" << "";
        QTest::newRow("letters") << "0470 CALL ME" << "";
        QTest::newRow("no prefix") << "470123456" << "";
        QTest::newRow("two pluses") << "++32470123456" << "";
        QTest::newRow("plus inside") << "0470+123456" << "";
        QTest::newRow("arabic digits") << QString::fromUtf8("٠٤٧٠١٢٣٤٥٦") << "";
        QTest::newRow("empty") << "" << "";
        QTest::newRow("over 15 digits") << "+1234567890123456" << "";
    }

    void normalises()
    {
        QFETCH(QString, typed);
        QFETCH(QString, e164);
        const std::optional<QString> result = normalisedPhone(typed);
        if (e164.isEmpty())
            QVERIFY2(!result, qPrintable(result.value_or(QString())));
        else
            QCOMPARE(result.value_or(QStringLiteral("(refused)")), e164);
    }

    // "digit 4 of 10": the length a number typed from its start will have, and every
    // expected length is one normalisedPhone() accepts.
    void expectedDigits()
    {
        QCOMPARE(expectedPhoneDigits(QString()), 0);
        QCOMPARE(expectedPhoneDigits(QStringLiteral("0")), 10);
        QCOMPARE(expectedPhoneDigits(QStringLiteral("047")), 10);
        QCOMPARE(expectedPhoneDigits(QStringLiteral("02")), 9);
        QCOMPARE(expectedPhoneDigits(QStringLiteral("0032")), 0);
        QCOMPARE(expectedPhoneDigits(QStringLiteral("+32")), 0);
        QVERIFY(normalisedPhone(QStringLiteral("0470123456")));
        QVERIFY(normalisedPhone(QStringLiteral("022794970")));
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
