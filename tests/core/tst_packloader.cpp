// SPDX-License-Identifier: GPL-3.0-or-later
// The pack loader on a small real pack (tests/data/minipack) and on the default pack, and one
// row per kind of bad input, each checking that staff are told file, line, key and what is wrong.
#include "minipack.h"

#include <QTest>

using namespace guichet;
using guichet::test::MemoryPackSource;

class TestPackLoader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsTheMinimalPack()
    {
        const MemoryPackSource source(test::minipackDir());
        PackLoader loader(source);
        const std::optional<Pack> pack = loader.load();
        QVERIFY2(pack, qPrintable(loader.problems().isEmpty() ? QString() : loader.problems().first().toString()));
        QCOMPARE(pack->languages.size(), 2);
        QCOMPARE(pack->language(QStringLiteral("ar"))->direction, Qt::RightToLeft);
        QCOMPARE(pack->language(QStringLiteral("fr"))->voice, QStringLiteral("fr-be"));
        const Office *office = pack->office(QStringLiteral("bapa-bxl"));
        QVERIFY(office);
        QCOMPARE(office->hours.weekly[3].size(), 2);
        QCOMPARE(office->hours.weekly[3].at(1).onlyDuring, QStringLiteral("school_term"));
        QCOMPARE(office->hours.weekly[3].at(1).from, QTime(17, 0));
        QCOMPARE(pack->calendar.periods.value(QStringLiteral("school_term")).size(), 2);
        QCOMPARE(pack->text(QStringLiteral("programme.welcome.title"), QStringLiteral("ar")), QStringLiteral("مرحبا"));
        QCOMPARE(pack->texts.value(QStringLiteral("ar")).review, QStringLiteral("draft"));
    }

    void theDefaultPackIsValid()
    {
        const MemoryPackSource source(qEnvironmentVariable("GUICHET_PACK"));
        PackLoader loader(source);
        const std::optional<Pack> pack = loader.load();
        QStringList problems;
        for (const PackProblem &p : loader.problems())
            problems << p.toString();
        QVERIFY2(pack, qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(pack->languages.size() >= 13);
        QCOMPARE(pack->offices.size(), 3);
        QVERIFY(pack->organisations.size() >= 15);
        // Brussels' communes in Dutch for Dutch, in French for the others.
        QCOMPARE(pack->office(QStringLiteral("bapa-bxl"))->address.cityIn(QStringLiteral("nl")), QStringLiteral("Brussel"));
        QCOMPARE(pack->office(QStringLiteral("bapa-bxl"))->address.cityIn(QStringLiteral("ar")), QStringLiteral("Bruxelles"));
        QCOMPARE(pack->office(QStringLiteral("via-molenbeek"))->address.linesIn(QStringLiteral("nl")),
                 QStringLiteral("Boulevard Léopold II 170\n1080 Sint-Jans-Molenbeek"));
        for (const LanguageTexts &texts : std::as_const(pack->texts)) {
            if (texts.language != pack->sourceLanguage)
                QCOMPARE(texts.review, QStringLiteral("draft")); // no native speaker has reviewed them yet
        }
    }

    void reportsBadInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("before");
        QTest::addColumn<QByteArray>("after");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("message");

        QTest::newRow("broken JSON") << "offices.json" << QByteArray("\"name\": \"BAPA BXL\",")
                                     << QByteArray("\"name\": \"BAPA BXL\"") << 6 << ""
                                     << "broken JSON: unterminated object";
        QTest::newRow("missing key") << "offices.json" << QByteArray("\"phone\": \"+3222794970\",") << QByteArray()
                                     << 3 << "offices[0].phone" << "missing key \"phone\"";
        QTest::newRow("unknown language in manifest")
            << "manifest.json" << QByteArray("[\"fr\", \"ar\"]") << QByteArray("[\"fr\", \"ar\", \"xx\"]") << 7
            << "languages[2]" << "unknown language \"xx\": use a BCP 47 code such as fr, ar or ti";
        QTest::newRow("language without a description")
            << "languages.json" << QByteArray(",\n    {\"code\": \"ar\"") << QByteArray("\n    ,{\"code\": \"xx\"") << 2
            << "languages" << "unknown language \"ar\": manifest.json lists it but it is not described here";
        QTest::newRow("bad time") << "offices.json" << QByteArray("\"from\": \"09:00\"") << QByteArray("\"from\": \"9h00\"")
                                  << 10 << "offices[0].hours.mon[0].from"
                                  << "\"9h00\" is not a time: write HH:MM, e.g. 09:00 or 17:30";
        QTest::newRow("impossible time") << "offices.json" << QByteArray("\"to\": \"20:00\"") << QByteArray("\"to\": \"24:30\"")
                                         << 11 << "offices[0].hours.thu[1].to"
                                         << "\"24:30\" is not a time: write HH:MM, e.g. 09:00 or 17:30";
        QTest::newRow("closes before it opens") << "offices.json" << QByteArray("{\"from\": \"14:00\", \"to\": \"17:00\"}")
                                                << QByteArray("{\"from\": \"14:00\", \"to\": \"13:00\"}") << 10
                                                << "offices[0].hours.mon[1]" << "closes (13:00) before it opens (14:00)";
        QTest::newRow("bad date") << "calendar.json" << QByteArray("\"2026-11-11\", \"to\"") << QByteArray("\"11/11/2026\", \"to\"")
                                  << 9 << "holidays[0].from" << "\"11/11/2026\" is not a date: write YYYY-MM-DD, e.g. 2026-12-25";
        QTest::newRow("duplicate id") << "organisations.json" << QByteArray("\"id\": \"ecrire\"") << QByteArray("\"id\": \"zeta\"")
                                      << 15 << "organisations[1].id" << "duplicate id \"zeta\"";
        QTest::newRow("wrong type") << "services.json" << QByteArray("\"duration_min\": 60") << QByteArray("\"duration_min\": \"60\"")
                                    << 3 << "services[0].duration_min" << "must be a number";
        QTest::newRow("unknown category") << "organisations.json" << QByteArray("[\"legal-aid\"],\n      \"region\": \"wallonia\"")
                                          << QByteArray("[\"legl-aid\"],\n      \"region\": \"wallonia\"") << 24
                                          << "organisations[2].categories[0]" << "unknown category \"legl-aid\"";
        QTest::newRow("missing pictogram") << "programme.json" << QByteArray("\"handshake\"") << QByteArray("\"hand-shake\"")
                                           << 3 << "pages[0].pictogram" << "no pictogram file pictograms/hand-shake.svg";
        QTest::newRow("unknown period") << "offices.json" << QByteArray("\"only\": \"school_term\"")
                                        << QByteArray("\"only\": \"school_trem\"") << 11 << "offices[0].hours.thu[1].only"
                                        << "unknown calendar period \"school_trem\" (calendar.json periods)";
        QTest::newRow("question loop") << "eligibility.json" << QByteArray("\"yes\": \"outcome:eligible\"")
                                       << QByteArray("\"yes\": \"registered\"") << 3 << "questions"
                                       << "question \"registered\" can lead back to itself";
        QTest::newRow("missing translation") << "texts/ar.json" << QByteArray("\"outcome.eligible.next\": \"احجز موعدا.\",")
                                             << QByteArray() << 5 << "texts"
                                             << "missing key \"outcome.eligible.next\" (the source language has it)";
        QTest::newRow("missing source text") << "texts/fr.json" << QByteArray("\"period.school_term\": \"en période scolaire\"")
                                             << QByteArray("\"period.other\": \"x\"") << 4 << "texts"
                                             << "missing key \"period.school_term\"";
        QTest::newRow("translation not marked") << "texts/ar.json" << QByteArray("\"review\": \"draft\"")
                                                << QByteArray("\"review\": \"done\"") << 3 << "review"
                                                << "must be \"draft\" (a native speaker must review it) or \"reviewed\"";
        QTest::newRow("city in a language the pack lacks")
            << "offices.json" << QByteArray("\"city\": \"Bruxelles\"}") << QByteArray("\"city\": \"Bruxelles\", \"city_by_language\": {\"nl\": \"Brussel\"}}")
            << 6 << "offices[0].address.city_by_language.nl" << "\"nl\" is not one of the pack's languages";
        QTest::newRow("empty city name")
            << "offices.json" << QByteArray("\"city\": \"Bruxelles\"}") << QByteArray("\"city\": \"Bruxelles\", \"city_by_language\": {\"ar\": \" \"}}")
            << 6 << "offices[0].address.city_by_language.ar" << "must be the city's name";
        QTest::newRow("bad phone") << "offices.json" << QByteArray("\"+3222794970\"") << QByteArray("\"02 279 49 70\"") << 7
                                   << "offices[0].phone" << "\"02 279 49 70\" is not an international number: write it as +3222794970";
    }

    void reportsBadInput()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, before);
        QFETCH(QByteArray, after);
        QFETCH(int, line);
        QFETCH(QString, key);
        QFETCH(QString, message);

        MemoryPackSource source(test::minipackDir());
        QVERIFY2(source.replace(file, before, after), "the fixture changed: fix the row");
        PackLoader loader(source);
        QVERIFY(!loader.load());
        QStringList all;
        for (const PackProblem &p : loader.problems())
            all << p.toString();
        const auto found = std::find_if(loader.problems().cbegin(), loader.problems().cend(),
                                        [&](const PackProblem &p) { return p.message.startsWith(message); });
        QVERIFY2(found != loader.problems().cend(), qPrintable(QStringLiteral("expected \"%1\" among:\n%2").arg(message, all.join('\n'))));
        QCOMPARE(found->file, file);
        QCOMPARE(found->key, key);
        QCOMPARE(found->line, line);
    }

    void missingFileIsNamed()
    {
        MemoryPackSource source(test::minipackDir());
        source.files.remove(QStringLiteral("services.json"));
        PackLoader loader(source);
        QVERIFY(!loader.load());
        QCOMPARE(loader.problems().first().toString(), QStringLiteral("services.json: file is missing"));
    }
};

QTEST_GUILESS_MAIN(TestPackLoader)
#include "tst_packloader.moc"
