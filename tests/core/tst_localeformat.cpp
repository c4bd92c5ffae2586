// SPDX-License-Identifier: GPL-3.0-or-later
#include "localeformat.h"

#include <QTest>

using namespace guichet;

namespace {

// The zero of the digit system every screen uses (LocaleFormat::digitsFor, docs/LANGUAGES.md);
// the other nine follow it in Unicode.
constexpr char16_t Latin = u'0';

// The digits of `text` as ASCII ("٠٩:٠٥" -> "0905"), whatever system wrote them.
QString digitsOf(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.isDigit())
            out.append(QLatin1Char(char('0' + c.digitValue())));
    }
    return out;
}

// True if every digit in `text` belongs to the system starting at `zero`, and there is one.
bool onlyDigitsOf(const QString &text, char16_t zero)
{
    bool any = false;
    for (QChar c : text) {
        if (!c.isDigit())
            continue;
        if (c.unicode() < zero || c.unicode() > zero + 9)
            return false;
        any = true;
    }
    return any;
}

// Renders invisible and non-ASCII characters so a failed comparison can be read.
QString visible(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (c.unicode() < 0x80)
            out.append(c);
        else
            out += QStringLiteral("\\u")
                + QString::number(c.unicode(), 16).rightJustified(4, QLatin1Char('0')).toUpper();
    }
    return out;
}

} // namespace

/** What a visitor reads: weekdays, times, dates, numbers and phone numbers in its language. */
class TestLocaleFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void weekday_data();
    void weekday();
    void time_data();
    void time();
    void timeRange_data();
    void timeRange();
    void date_data();
    void date();
    void weekdayTime_data();
    void weekdayTime();
    void number_data();
    void number();
    void monthShort();
    void listsAndDigits();
    void oneDigitSystem_data();
    void oneDigitSystem();
    void phone_data();
    void phone();
    void collatorCompare_data();
    void collatorCompare();
    void collatorSort_data();
    void collatorSort();
};

void TestLocaleFormat::initTestCase()
{
    qputenv("TZ", "Europe/Brussels"); // CTest sets it; this is for running by hand
}

void TestLocaleFormat::weekday_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("isoDay");
    QTest::addColumn<QString>("expected");

    QTest::newRow("fr Monday") << "fr" << 1 << QStringLiteral("lundi");
    QTest::newRow("fr Sunday") << "fr" << 7 << QStringLiteral("dimanche");
    QTest::newRow("en Monday") << "en" << 1 << QStringLiteral("Monday");
    QTest::newRow("en Sunday") << "en" << 7 << QStringLiteral("Sunday");
    QTest::newRow("ar Monday") << "ar" << 1 << QStringLiteral("\u0627\u0644\u0627\u062B\u0646\u064A\u0646");
    QTest::newRow("fa Monday") << "fa" << 1 << QStringLiteral("\u062F\u0648\u0634\u0646\u0628\u0647");
    QTest::newRow("fa Saturday") << "fa" << 6 << QStringLiteral("\u0634\u0646\u0628\u0647");
    QTest::newRow("out of range") << "fr" << 8 << QString();
}

void TestLocaleFormat::weekday()
{
    QFETCH(QString, language);
    QFETCH(int, isoDay);
    QFETCH(QString, expected);

    const LocaleFormat format(language);
    QCOMPARE(format.language(), language);
    QCOMPARE(format.weekday(isoDay), expected);
}

void TestLocaleFormat::time_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<char16_t>("zero");
    QTest::addColumn<QString>("digits");

    QTest::newRow("fr") << "fr" << Latin << "0905";
    QTest::newRow("en") << "en" << Latin << "0905";
    // Latin digits in Arabic, Persian and Pashto too: one digit system per screen, with the
    // phone numbers and booking codes that must stay Latin.
    QTest::newRow("ar") << "ar" << Latin << "0905";
    QTest::newRow("ar-MA") << "ar-MA" << Latin << "0905";
    QTest::newRow("fa") << "fa" << Latin << "905"; // ICU writes H:mm in Persian
    QTest::newRow("ps") << "ps" << Latin << "0905";
}

void TestLocaleFormat::time()
{
    QFETCH(QString, language);
    QFETCH(char16_t, zero);
    QFETCH(QString, digits);

    const QString text = LocaleFormat(language).time(QTime(9, 5));
    QVERIFY2(onlyDigitsOf(text, zero), qPrintable(visible(text)));
    QCOMPARE(digitsOf(text), digits);
    if (language == QLatin1String("fr"))
        QCOMPARE(text, QStringLiteral("09:05"));
    // Afternoon stays on the 24-hour clock in every language.
    QVERIFY2(digitsOf(LocaleFormat(language).time(QTime(17, 0))).startsWith(QLatin1String("17")),
             qPrintable(visible(LocaleFormat(language).time(QTime(17, 0)))));
}

void TestLocaleFormat::timeRange_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<char16_t>("zero");
    QTest::addColumn<QString>("digits");

    QTest::newRow("fr") << "fr" << Latin << "09001200";
    QTest::newRow("en") << "en" << Latin << "09001200";
    QTest::newRow("ar") << "ar" << Latin << "09001200";
    QTest::newRow("fa") << "fa" << Latin << "9001200";
    QTest::newRow("ti") << "ti" << Latin << "09001200";
}

void TestLocaleFormat::timeRange()
{
    QFETCH(QString, language);
    QFETCH(char16_t, zero);
    QFETCH(QString, digits);

    const LocaleFormat format(language);
    const QString text = format.timeRange(QTime(9, 0), QTime(12, 0));
    QVERIFY2(onlyDigitsOf(text, zero), qPrintable(visible(text)));
    QCOMPARE(digitsOf(text), digits);
    // Both ends appear as time() writes them, joined by the language's own punctuation with
    // a no-break space either side, so that the range never reads as one number.
    const QString first = format.time(QTime(9, 0));
    const QString last = format.time(QTime(12, 0));
    QVERIFY2(text.startsWith(first + QChar(0x00A0)), qPrintable(visible(text)));
    QVERIFY2(text.endsWith(QString(QChar(0x2060)) + QChar(0x00A0) + last), qPrintable(visible(text))); // a word joiner: no break after the dash
    QVERIFY2(text.size() > first.size() + last.size() + 2, qPrintable(visible(text)));
    if (language == QLatin1String("fr"))
        QCOMPARE(visible(text), visible(QStringLiteral("09:00\u00A0\u2013\u2060\u00A012:00")));
    if (language == QLatin1String("fa")) // "تا", Persian's own "to"
        QCOMPARE(visible(text), visible(QStringLiteral("9:00\u00A0\u062A\u0627\u2060\u00A012:00")));
}

void TestLocaleFormat::date_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("contains");
    QTest::addColumn<QString>("notContains");

    QTest::newRow("fr") << "fr" << QStringLiteral("lundi 23 novembre 2026") << QString();
    QTest::newRow("en") << "en" << QStringLiteral("Monday, November 23, 2026") << QString();
    // Gregorian 2026, not the Persian 1405 that fa and ps would use by default.
    QTest::newRow("fa") << "fa" << QStringLiteral("2026") << QStringLiteral("1405");
    QTest::newRow("ps") << "ps" << QStringLiteral("2026") << QStringLiteral("1405");
    QTest::newRow("ar") << "ar" << QStringLiteral("2026") << QStringLiteral("\u0662");
    QTest::newRow("fa with its own -u- extension") << "fa-u-nu-latn" << QStringLiteral("2026")
                                                   << QStringLiteral("1405");
}

void TestLocaleFormat::date()
{
    QFETCH(QString, language);
    QFETCH(QString, contains);
    QFETCH(QString, notContains);

    const LocaleFormat format(language);
    const QString text = format.date(QDate(2026, 11, 23));
    QVERIFY2(text.contains(contains), qPrintable(visible(text)));
    if (!notContains.isEmpty())
        QVERIFY2(!text.contains(notContains), qPrintable(visible(text)));
    QVERIFY2(text.contains(format.weekday(1)), qPrintable(visible(text)));
}

void TestLocaleFormat::weekdayTime_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QDateTime>("moment");
    QTest::addColumn<QString>("expected");

    const QDateTime thursdayCet(QDate(2026, 11, 26), QTime(16, 0), Qt::UTC);
    const QDateTime mondayCest(QDate(2027, 3, 29), QTime(7, 30), Qt::UTC);
    const QDateTime sundayNightCest(QDate(2027, 3, 28), QTime(22, 15), Qt::UTC);

    QTest::newRow("fr CET") << "fr" << thursdayCet << QStringLiteral("jeudi 17:00");
    QTest::newRow("fr CEST, after spring forward") << "fr" << mondayCest << QStringLiteral("lundi 09:30");
    QTest::newRow("fr Sunday 22:15Z is Monday") << "fr" << sundayNightCest << QStringLiteral("lundi 00:15");
    QTest::newRow("en CEST") << "en" << mondayCest << QStringLiteral("Monday 09:30");
}

void TestLocaleFormat::weekdayTime()
{
    QFETCH(QString, language);
    QFETCH(QDateTime, moment);
    QFETCH(QString, expected);

    const LocaleFormat format(language);
    const QTimeZone brussels(QByteArrayLiteral("Europe/Brussels"));
    QCOMPARE(format.weekdayTime(moment, brussels), expected);
    // The office's zone decides, not the zone the moment was given in.
    QCOMPARE(format.weekdayTime(moment.toOffsetFromUtc(9 * 3600), brussels), expected);
}

void TestLocaleFormat::number_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("expected");

    QTest::newRow("fr narrow no-break space") << "fr" << qint64(1234) << QStringLiteral("1\u202F234");
    QTest::newRow("en") << "en" << qint64(1234) << QStringLiteral("1,234");
    QTest::newRow("nl") << "nl" << qint64(1234) << QStringLiteral("1.234");
    QTest::newRow("ar") << "ar" << qint64(4) << QStringLiteral("4");
    QTest::newRow("fa") << "fa" << qint64(12) << QStringLiteral("12");
    QTest::newRow("fr small") << "fr" << qint64(7) << QStringLiteral("7");
    QTest::newRow("fr negative") << "fr" << qint64(-1234) << QStringLiteral("-1\u202F234");
}

void TestLocaleFormat::number()
{
    QFETCH(QString, language);
    QFETCH(qint64, value);
    QFETCH(QString, expected);

    const QString text = LocaleFormat(language).number(value);
    QCOMPARE(visible(text), visible(expected));
}

void TestLocaleFormat::monthShort()
{
    QCOMPARE(LocaleFormat(QStringLiteral("fr")).monthShort(12), QStringLiteral("d\u00E9c."));
    QCOMPARE(LocaleFormat(QStringLiteral("nl")).monthShort(1), QStringLiteral("jan"));
    // The calendar page of an Arabic visitor says December in Arabic, not "déc.".
    QCOMPARE(LocaleFormat(QStringLiteral("ar")).monthShort(12), QStringLiteral("\u062F\u064A\u0633\u0645\u0628\u0631"));
    QVERIFY(LocaleFormat(QStringLiteral("fr")).monthShort(0).isEmpty());
    QVERIFY(LocaleFormat(QStringLiteral("fr")).monthShort(13).isEmpty());
}

void TestLocaleFormat::listsAndDigits()
{
    const LocaleFormat french(QStringLiteral("fr"));
    QCOMPARE(french.list({QStringLiteral("lundi"), QStringLiteral("mardi"), QStringLiteral("vendredi")}),
             QStringLiteral("lundi, mardi et vendredi"));
    QCOMPARE(french.list({QStringLiteral("lundi")}), QStringLiteral("lundi"));
    // Arabic joins with its own "و".
    QVERIFY(LocaleFormat(QStringLiteral("ar")).list({QStringLiteral("a"), QStringLiteral("b")}).contains(QChar(0x0648)));
    // A pack text typed with Arabic-Indic or Persian digits shows the screen's.
    QCOMPARE(LocaleFormat(QStringLiteral("ar")).withDigits(QStringLiteral("\u0627\u0644\u0645\u062A\u0631\u0648 \u0661 \u06F5")),
             QStringLiteral("\u0627\u0644\u0645\u062A\u0631\u0648 1 5"));
    // Ethiopic numerals are numbers, not decimal digits: kept.
    QCOMPARE(french.withDigits(QStringLiteral("\u1369")), QStringLiteral("\u1369"));
    QCOMPARE(french.dateRange(QDate(2026, 12, 24), QDate(2026, 12, 31)).remove(QChar(0x2009)).remove(u' '),
             QStringLiteral("24–31d\u00E9cembre"));
}

void TestLocaleFormat::oneDigitSystem_data()
{
    QTest::addColumn<QString>("language");
    for (const char *language : {"fr", "nl", "en", "ar", "fa", "ps", "ti", "uk", "ru", "es"})
        QTest::newRow(language) << QString::fromLatin1(language);
}

// Everything LocaleFormat writes uses the digits digitsFor() names, so that a screen that also
// shows a phone number or a booking code has one digit system.
void TestLocaleFormat::oneDigitSystem()
{
    QFETCH(QString, language);
    QCOMPARE(LocaleFormat::digitsFor(language), QStringLiteral("latn"));
    const LocaleFormat format(language);
    const QDate day(2026, 12, 7);
    for (const QString &text : {format.time(QTime(17, 30)), format.timeRange(QTime(9, 0), QTime(12, 0)), format.date(day),
                                format.dayMonth(day), format.number(1234567), format.weekdayTime(QDateTime(day, QTime(10, 0)), QTimeZone("Europe/Brussels"))})
        QVERIFY2(onlyDigitsOf(text, Latin), qPrintable(visible(text)));
}

void TestLocaleFormat::phone_data()
{
    QTest::addColumn<QString>("e164");
    QTest::addColumn<QString>("expected");

    QTest::newRow("Brussels") << "+3222794970" << "+32 2 279 49 70";
    QTest::newRow("Namur") << "+3285213481" << "+32 85 21 34 81";
    QTest::newRow("mobile") << "+32470123456" << "+32 470 12 34 56";
    QTest::newRow("free number") << "+3280099340" << "+32 800 99 340";
    QTest::newRow("premium number") << "+3290012345" << "+32 900 12 345";
    QTest::newRow("Liège, not a mobile") << "+3242211111" << "+32 4 221 11 11";
    QTest::newRow("Ghent") << "+3292345678" << "+32 9 234 56 78";
    QTest::newRow("Antwerp") << "+3232012345" << "+32 3 201 23 45";
    QTest::newRow("already grouped") << "+32 2 279 49 70" << "+32 2 279 49 70";
    QTest::newRow("France") << "+33123456789" << "+33 123456789";
    QTest::newRow("USA") << "+12025550123" << "+1 2025550123";
    QTest::newRow("Morocco") << "+212612345678" << "+212 612345678";
    QTest::newRow("Afghanistan") << "+93701234567" << "+93 701234567";
    QTest::newRow("Syria") << "+963944123456" << "+963 944123456";
    QTest::newRow("national form kept") << "02 279 49 70" << "02 279 49 70";
    QTest::newRow("not a number kept") << "+32abc" << "+32abc";
    QTest::newRow("empty") << "" << "";
}

void TestLocaleFormat::phone()
{
    QFETCH(QString, e164);
    QFETCH(QString, expected);

    QCOMPARE(LocaleFormat::phone(e164), expected);
}

void TestLocaleFormat::collatorCompare_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("sign");

    QTest::newRow("fr Eau < Écrire") << "fr" << QStringLiteral("Eau") << QStringLiteral("\u00C9crire") << -1;
    QTest::newRow("fr Écrire < Fin") << "fr" << QStringLiteral("\u00C9crire") << QStringLiteral("Fin") << -1;
    QTest::newRow("fr Fin > Écrire") << "fr" << QStringLiteral("Fin") << QStringLiteral("\u00C9crire") << 1;
    QTest::newRow("fr equal") << "fr" << QStringLiteral("\u00E9t\u00E9") << QStringLiteral("\u00E9t\u00E9") << 0;
    // Composed and decomposed é are the same letter.
    QTest::newRow("fr NFC = NFD") << "fr" << QStringLiteral("\u00E9t\u00E9") << QStringLiteral("e\u0301te\u0301") << 0;
    // In Turkish ç is a letter after c, so "ça" follows every "c…"; in French it is an accent.
    QTest::newRow("tr c < ç") << "tr" << QStringLiteral("c") << QStringLiteral("\u00E7") << -1;
    QTest::newRow("tr ça > cz") << "tr" << QStringLiteral("\u00E7a") << QStringLiteral("cz") << 1;
    QTest::newRow("fr ça < cz") << "fr" << QStringLiteral("\u00E7a") << QStringLiteral("cz") << -1;
    QTest::newRow("tr ç < d") << "tr" << QStringLiteral("\u00E7") << QStringLiteral("d") << -1;
}

void TestLocaleFormat::collatorCompare()
{
    QFETCH(QString, language);
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, sign);

    const Collator collator(language);
    const int result = collator.compare(a, b);
    QCOMPARE((result > 0) - (result < 0), sign);
    QCOMPARE(collator.compare(b, a), -result);
}

void TestLocaleFormat::collatorSort_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("input");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("fr")
        << "fr" << QStringList{QStringLiteral("Fin"), QStringLiteral("\u00C9crire"), QStringLiteral("Eau")}
        << QStringList{QStringLiteral("Eau"), QStringLiteral("\u00C9crire"), QStringLiteral("Fin")};
    QTest::newRow("tr")
        << "tr" << QStringList{QStringLiteral("\u00E7ay"), QStringLiteral("dere"), QStringLiteral("cami")}
        << QStringList{QStringLiteral("cami"), QStringLiteral("\u00E7ay"), QStringLiteral("dere")};
}

void TestLocaleFormat::collatorSort()
{
    QFETCH(QString, language);
    QFETCH(QStringList, input);
    QFETCH(QStringList, expected);

    Collator(language).sort(input);
    QCOMPARE(input, expected);
}

QTEST_GUILESS_MAIN(TestLocaleFormat)
#include "tst_localeformat.moc"
