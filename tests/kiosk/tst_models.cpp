// SPDX-License-Identifier: GPL-3.0-or-later
// The list models QML shows, on the small test pack: consistent for QAbstractItemModelTester,
// updated in place on a language switch, and sorted by ICU collation.
#include "categorymodel.h"
#include "languagemodel.h"
#include "minipack.h"
#include "officemodel.h"
#include "organisationmodel.h"
#include "programmemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace guichet;

class TestModels : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<PackContext> m_context;

    static QStringList column(const QAbstractItemModel &model, int role)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.data(model.index(row, 0), role).toString();
        return values;
    }

private Q_SLOTS:
    void init()
    {
        std::optional<Pack> pack = test::loadMinipack();
        QVERIFY(pack);
        m_context = std::make_unique<PackContext>(std::move(*pack), QStringLiteral("/pack"));
        // Thursday 26 November 2026, 18:30 in Brussels: school term, BAPA BXL open until 20:00.
        m_context->setNow(QDateTime(QDate(2026, 11, 26), QTime(18, 30), QTimeZone("Europe/Brussels")));
    }

    void modelsAreConsistent()
    {
        LanguageModel languages(m_context.get());
        ProgrammeModel programme(m_context.get());
        OfficeModel offices(m_context.get());
        CategoryModel categories(m_context.get());
        OrganisationModel organisations(m_context.get());
        const QList<QAbstractItemModel *> models{&languages, &programme, &offices, &categories, &organisations};
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (QAbstractItemModel *model : models)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(model, QAbstractItemModelTester::FailureReportingMode::QtTest));
        m_context->setLanguage(QStringLiteral("ar"));
        organisations.setCategory(QStringLiteral("legal-aid"));
        organisations.setCategory(QString());
        m_context->setNow(QDateTime(QDate(2026, 11, 27), QTime(8, 0), QTimeZone::utc()));
    }

    void languageSwitchUpdatesRowsInPlace()
    {
        ProgrammeModel programme(m_context.get());
        QSignalSpy changed(&programme, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&programme, &QAbstractItemModel::modelReset);
        QCOMPARE(column(programme, Qt::DisplayRole), QStringList{QStringLiteral("Bienvenue")});
        m_context->setLanguage(QStringLiteral("ar"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(reset.count(), 0); // delegates stay: no flicker, no lost scroll position
        QCOMPARE(column(programme, Qt::DisplayRole), QStringList{QStringLiteral("مرحبا")});
        m_context->setLanguage(QStringLiteral("xx")); // not in the pack: ignored
        QCOMPARE(changed.count(), 1);
    }

    void organisationsSortedByCollation()
    {
        OrganisationModel organisations(m_context.get());
        // ICU puts É with the E's; a byte order would put "Écrire" after "Zeta".
        QCOMPARE(column(organisations, OrganisationModel::NameRole),
                 (QStringList{QStringLiteral("Alpha"), QStringLiteral("Écrire"), QStringLiteral("Zeta")}));
        QSignalSpy categoryChanged(&organisations, &OrganisationModel::categoryChanged);
        organisations.setCategory(QStringLiteral("legal-aid"));
        organisations.setCategory(QStringLiteral("legal-aid"));
        QCOMPARE(categoryChanged.count(), 1);
    }

    void officeStatusFollowsTheClock()
    {
        OfficeModel offices(m_context.get());
        const QModelIndex bapa = offices.index(0);
        QVERIFY(offices.data(bapa, OfficeModel::OpenRole).toBool());
        QVERIFY(offices.data(bapa, OfficeModel::StatusRole).toString().contains(QStringLiteral("20:00")));
        QSignalSpy changed(&offices, &QAbstractItemModel::dataChanged);
        // Friday 27 November 2026 at 07:00 UTC is 08:00 in Brussels: closed, opens at 09:00? The
        // minipack office opens on Mondays and Thursdays only, so next Monday 09:00.
        m_context->setNow(QDateTime(QDate(2026, 11, 27), QTime(7, 0), QTimeZone::utc()));
        QCOMPARE(changed.count(), 1);
        QVERIFY(!offices.data(bapa, OfficeModel::OpenRole).toBool());
        const QString status = offices.data(bapa, OfficeModel::StatusRole).toString();
        QVERIFY2(status.contains(QStringLiteral("09:00")), qPrintable(status));
        QVERIFY2(status.contains(QStringLiteral("lundi")) || status.contains(QStringLiteral("Monday")), qPrintable(status));
        // Seen from 5 November: Monday 16 is closed; the 11th (a holiday) is a Wednesday,
        // when this office does not open anyway, so it is not listed.
        m_context->setNow(QDateTime(QDate(2026, 11, 5), QTime(10, 0), QTimeZone::utc()));
        const QString closures = offices.data(bapa, OfficeModel::ClosuresRole).toString();
        QVERIFY2(closures.contains(QStringLiteral("16 novembre 2026 — Armistice")), qPrintable(closures));
        QVERIFY2(!closures.contains(QStringLiteral("11 novembre")), qPrintable(closures));
        // The phone keeps its digit order in right-to-left text.
        QVERIFY(offices.data(bapa, OfficeModel::PhoneRole).toString().startsWith(QChar(0x2066)));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
