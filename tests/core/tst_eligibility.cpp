// SPDX-License-Identifier: GPL-3.0-or-later
#include "eligibility.h"
#include "minipack.h"

#include <QTest>

using namespace guichet;

class TestEligibility : public QObject
{
    Q_OBJECT

private:
    Pack m_pack;

private Q_SLOTS:
    void initTestCase()
    {
        std::optional<Pack> pack = test::loadMinipack();
        QVERIFY(pack);
        m_pack = std::move(*pack);
    }

    void answersLeadToOutcomes_data()
    {
        QTest::addColumn<QList<bool>>("answers");
        QTest::addColumn<QString>("outcome");
        QTest::addColumn<bool>("eligible");
        QTest::newRow("yes, yes") << QList<bool>{true, true} << "eligible" << true;
        QTest::newRow("no") << QList<bool>{false} << "not-registered" << false;
        QTest::newRow("yes, no") << QList<bool>{true, false} << "not-registered" << false;
    }

    void answersLeadToOutcomes()
    {
        QFETCH(QList<bool>, answers);
        QFETCH(QString, outcome);
        QFETCH(bool, eligible);
        EligibilityFlow flow(m_pack);
        QCOMPARE(flow.question()->id, QStringLiteral("registered"));
        for (bool yes : answers) {
            QVERIFY(!flow.outcome());
            flow.answer(yes);
        }
        QVERIFY(!flow.question());
        QCOMPARE(flow.outcome()->id, outcome);
        QCOMPARE(flow.outcome()->eligible, eligible);
        QCOMPARE(flow.answered(), answers.size());
    }

    void backAndRestart()
    {
        EligibilityFlow flow(m_pack);
        QVERIFY(!flow.back());
        flow.answer(true);
        QCOMPARE(flow.question()->id, QStringLiteral("adult"));
        QVERIFY(flow.back());
        QCOMPARE(flow.question()->id, QStringLiteral("registered"));
        flow.answer(false);
        flow.restart();
        QCOMPARE(flow.answered(), 0);
        QCOMPARE(flow.question()->id, QStringLiteral("registered"));
    }
};

QTEST_GUILESS_MAIN(TestEligibility)
#include "tst_eligibility.moc"
