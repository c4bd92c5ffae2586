// SPDX-License-Identifier: GPL-3.0-or-later
#include "localeformat.h"

#include <QTest>

using namespace guichet;

namespace {

// The zero of each digit system a visitor may read; the other nine follow it in Unicode.
constexpr char16_t Latin = u'0';
constexpr char16_t ArabicIndic = u'\u0660';
constexpr char16_t Persian = u'\u06F0';

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
    QTest::newRow("ar") << "ar" << ArabicIndic << "0905";
    QTest::newRow("ar-MA, Latin digits") << "ar-MA" << Latin << "0905";
    QTest::newRow("fa") << "fa" << Persian << "905"; // ICU writes H:mm in Persian
    QTest::newRow("ps") << "ps" << Persian << "0905";
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
    QTest::newRow("ar") << "ar" << ArabicIndic << "09001200";
    QTest::newRow("fa") << "fa" << Persian << "9001200";
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
    // Both ends appear as time() writes them, joined by the language's own punctuation.
    QVERIFY2(text.startsWith(format.time(QTime(9, 0))), qPrintable(visible(text)));
    QVERIFY2(text.endsWith(format.time(QTime(12, 0))), qPrintable(visible(text)));
    if (language == QLatin1String("fr"))
        QCOMPARE(visible(text), visible(QStringLiteral("09:00\u2009\u2013\u200912:00")));
}

void TestLocaleFormat::date_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("contains");
    QTest::addColumn<QString>("notContains");

    QTest::newRow("fr") << "fr" << QStringLiteral("lundi 23 novembre 2026") << QString();
    QTest::newRow("en") << "en" << QStringLiteral("Monday, November 23, 2026") << QString();
    // Gregorian 2026, not the Persian 1405 that fa and ps would use by default.
    QTest::newRow("fa") << "fa" << QStringLiteral("\u06F2\u06F0\u06F2\u06F6")
                        << QStringLiteral("\u06F1\u06F4\u06F0\u06F5");
    QTest::newRow("ps") << "ps" << QStringLiteral("\u06F2\u06F0\u06F2\u06F6")
                        << QStringLiteral("\u06F1\u06F4\u06F0\u06F5");
    QTest::newRow("ar") << "ar" << QStringLiteral("\u0662\u0660\u0662\u0666") << QStringLiteral("2026");
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
    QTest::newRow("ar") << "ar" << qint64(1234) << QStringLiteral("\u0661\u066C\u0662\u0663\u0664");
    QTest::newRow("fa") << "fa" << qint64(1234) << QStringLiteral("\u06F1\u066C\u06F2\u06F3\u06F4");
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
