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
        // ICU puts É with the E's; a byte order would put "Écrire" after "Zeta". (Alpha, in
        // Liège, comes after the Brussels ones: organisationsByRegion.)
        QCOMPARE(column(organisations, OrganisationModel::NameRole),
                 (QStringList{QStringLiteral("Écrire"), QStringLiteral("Zeta"), QStringLiteral("Alpha")}));
        QSignalSpy categoryChanged(&organisations, &OrganisationModel::categoryChanged);
        organisations.setCategory(QStringLiteral("legal-aid"));
        organisations.setCategory(QStringLiteral("legal-aid"));
        QCOMPARE(categoryChanged.count(), 1);
    }

    // On a Brussels kiosk, Brussels organisations come first; Alpha, in Liège, follows under
    // "Wallonia", and Zeta, given no region and no address here, stays with Brussels.
    void organisationsByRegion()
    {
        std::optional<Pack> pack = test::loadMinipack();
        QVERIFY(pack);
        for (Organisation &o : pack->organisations) {
            if (o.name == QLatin1String("Zeta")) {
                o.address = {};
                o.region.clear();
                o.categories = {QStringLiteral("housing")};
            }
        }
        m_context = std::make_unique<PackContext>(std::move(*pack), QStringLiteral("/pack"));
        OrganisationModel organisations(m_context.get());
        QCOMPARE(column(organisations, OrganisationModel::NameRole),
                 (QStringList{QStringLiteral("Écrire"), QStringLiteral("Zeta"), QStringLiteral("Alpha")}));
        QCOMPARE(column(organisations, OrganisationModel::RegionRole),
                 (QStringList{QStringLiteral("Brussels"), QStringLiteral("Brussels"), QStringLiteral("Wallonia")}));
        QCOMPARE(column(organisations, OrganisationModel::RegionHeadingRole),
                 (QStringList{QStringLiteral("Brussels"), QString(), QStringLiteral("Wallonia")}));
        // A list of one region needs no heading.
        organisations.setCategory(QStringLiteral("housing"));
        QCOMPARE(column(organisations, OrganisationModel::NameRole), QStringList{QStringLiteral("Zeta")});
        QCOMPARE(column(organisations, OrganisationModel::RegionHeadingRole), QStringList{QString()});
        QCOMPARE(regionOfPostcode(QStringLiteral("1000")), BelgianRegion::Brussels);
        QCOMPARE(regionOfPostcode(QStringLiteral("1348")), BelgianRegion::Wallonia);
        QCOMPARE(regionOfPostcode(QStringLiteral("2000")), BelgianRegion::Flanders);
        QCOMPARE(regionOfPostcode(QStringLiteral("75001")), BelgianRegion::Unknown);
        QCOMPARE(regionOf(QStringLiteral("flanders"), QStringLiteral("1000")), BelgianRegion::Flanders); // the pack decides
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
        QVERIFY2(closures.contains(QStringLiteral("lundi 16 novembre — Armistice")), qPrintable(closures));
        QVERIFY2(!closures.contains(QStringLiteral("11 novembre")), qPrintable(closures));
        // The phone keeps its digit order in right-to-left text.
        QVERIFY(offices.data(bapa, OfficeModel::PhoneRole).toString().startsWith(QChar(0x2066)));
    }

    // The office page at a glance: today's hours, the break said, equal days grouped, a closure
    // of several days as one range.
    void officeReadsAtAGlance()
    {
        std::optional<Pack> pack = test::loadMinipack();
        QVERIFY(pack);
        OpeningHours &hours = pack->offices[0].hours;
        const QList<HourRange> day{{QTime(9, 0), QTime(12, 0), {}}, {QTime(14, 0), QTime(17, 0), {}}};
        for (int weekday = 0; weekday < 5; ++weekday)
            hours.weekly[size_t(weekday)] = day;
        hours.weekly[3] << HourRange{QTime(17, 0), QTime(20, 0), QStringLiteral("school_term")};
        hours.closures << DateRange{QDate(2026, 12, 24), QDate(2027, 1, 1), QStringLiteral("reason.armistice")};
        m_context = std::make_unique<PackContext>(std::move(*pack), QStringLiteral("/pack"));
        // Monday 14 December 2026, 10:00 in Brussels.
        m_context->setNow(QDateTime(QDate(2026, 12, 14), QTime(10, 0), QTimeZone("Europe/Brussels")));
        OfficeModel offices(m_context.get());
        const QModelIndex bapa = offices.index(0);
        const auto plain = [](QString text) { return text.remove(QChar(0x2060)).replace(QChar(0x00A0), u' '); };

        QCOMPARE(offices.data(bapa, OfficeModel::StatusRole).toString(), QStringLiteral("Open now, closes at 12:00, reopens at 14:00"));
        QCOMPARE(plain(offices.data(bapa, OfficeModel::TodayRole).toString()), QStringLiteral("09:00 – 12:00 et 14:00 – 17:00"));
        const QVariantList week = offices.data(bapa, OfficeModel::WeekRole).toList();
        QCOMPARE(week.size(), 3);
        QCOMPARE(week.at(0).toMap().value(QStringLiteral("days")).toString(), QStringLiteral("lundi – mercredi et vendredi"));
        QVERIFY(week.at(0).toMap().value(QStringLiteral("today")).toBool());
        QCOMPARE(week.at(1).toMap().value(QStringLiteral("days")).toString(), QStringLiteral("jeudi"));
        QVERIFY(plain(week.at(1).toMap().value(QStringLiteral("hours")).toString()).endsWith(QStringLiteral("17:00 – 20:00 (en période scolaire)")));
        QCOMPARE(week.at(2).toMap().value(QStringLiteral("days")).toString(), QStringLiteral("samedi et dimanche"));
        QVERIFY(!week.at(2).toMap().value(QStringLiteral("open")).toBool());
        // 24 December to 1 January, over two weekends and Christmas: one line.
        const QString closures = offices.data(bapa, OfficeModel::ClosuresRole).toString();
        QCOMPARE(closures.count(u'\n'), 0);
        QVERIFY2(closures.contains(QStringLiteral("24")) && closures.contains(QStringLiteral("1")) && closures.contains(QStringLiteral("Armistice")), qPrintable(closures));
        // At the break, closed until 14:00 the same day; on a holiday, closed and why.
        m_context->setNow(QDateTime(QDate(2026, 12, 14), QTime(12, 30), QTimeZone("Europe/Brussels")));
        QCOMPARE(offices.data(bapa, OfficeModel::StatusRole).toString(), QStringLiteral("Closed, opens at 14:00"));
        m_context->setNow(QDateTime(QDate(2026, 12, 28), QTime(10, 0), QTimeZone("Europe/Brussels")));
        QCOMPARE(offices.data(bapa, OfficeModel::TodayRole).toString(), QStringLiteral("Closed (Armistice)"));
    }
};

QTEST_GUILESS_MAIN(TestModels)
#include "tst_models.moc"
