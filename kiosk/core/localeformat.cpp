// SPDX-License-Identifier: GPL-3.0-or-later
#include "localeformat.h"

#include <unicode/coll.h>
#include <unicode/datefmt.h>
#include <unicode/dtfmtsym.h>
#include <unicode/dtitvfmt.h>
#include <unicode/dtptngen.h>
#include <unicode/listformatter.h>
#include <unicode/locid.h>
#include <unicode/numfmt.h>
#include <unicode/smpdtfmt.h>
#include <unicode/timezone.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace guichet {

namespace {

// Both sides are UTF-16: copy the code units, with no codec and no locale in between.
icu::UnicodeString toIcu(const QString &text)
{
    return icu::UnicodeString(reinterpret_cast<const UChar *>(text.utf16()),
                              int32_t(text.size()));
}

QString fromIcu(const icu::UnicodeString &text)
{
    if (text.isBogus())
        return {};
    return QString::fromUtf16(text.getBuffer(), text.length());
}

// Qt writes "fr_BE", BCP 47 "fr-BE"; accept both. An unknown tag gives the root locale,
// which formats plainly rather than failing.
icu::Locale localeFor(const QString &bcp47)
{
    UErrorCode status = U_ZERO_ERROR;
    const QByteArray tag = bcp47.trimmed().toLatin1().replace('_', '-');
    icu::Locale locale = icu::Locale::forLanguageTag(tag.constData(), status);
    if (U_FAILURE(status) || locale.isBogus())
        return icu::Locale::getRoot();
    return locale;
}

// Appointments are in Belgium: fa and ps would otherwise default to the Persian calendar
// (year 1405 for 2026). Setting the keyword is "-u-ca-gregory" appended to the tag, without
// breaking a tag that already carries a -u- extension. The digits are the kiosk's own rule
// (LocaleFormat::digitsFor), set the same way ("-u-nu-latn").
icu::Locale kioskLocaleFor(const QString &bcp47)
{
    icu::Locale locale = localeFor(bcp47);
    UErrorCode status = U_ZERO_ERROR;
    locale.setUnicodeKeywordValue("ca", "gregory", status);
    status = U_ZERO_ERROR;
    locale.setUnicodeKeywordValue("nu", LocaleFormat::digitsFor(bcp47).toLatin1().constData(), status);
    return locale;
}

bool isSpace(QChar c)
{
    return c.isSpace() || c == QChar(0x2009) || c == QChar(0x202F);
}

constexpr double MsecsPerDay = 86400000.0;

// Formatters run in UTC, and dates and times are given to them as UTC instants holding the
// wall-clock fields: what the kiosk shows is exactly the QDate/QTime it was given, never
// shifted by ICU's own idea of the zone or of daylight saving.
UDate wallClock(QDate date, QTime time)
{
    static const qint64 epochDay = QDate(1970, 1, 1).toJulianDay();
    return double(date.toJulianDay() - epochDay) * MsecsPerDay
        + double(time.isValid() ? time.msecsSinceStartOfDay() : 0);
}

UDate wallClock(QTime time)
{
    return wallClock(QDate(1970, 1, 1), time);
}

std::unique_ptr<icu::DateFormat> formatterFor(icu::DateTimePatternGenerator *generator,
                                              const icu::Locale &locale, const char *skeleton)
{
    if (!generator)
        return nullptr;
    UErrorCode status = U_ZERO_ERROR;
    const icu::UnicodeString pattern = generator->getBestPattern(skeleton, status);
    if (U_FAILURE(status))
        return nullptr;
    auto format = std::make_unique<icu::SimpleDateFormat>(pattern, locale, status);
    if (U_FAILURE(status))
        return nullptr;
    format->setTimeZone(*icu::TimeZone::getGMT());
    return format;
}

QString formatWith(const icu::DateFormat *format, UDate when)
{
    if (!format)
        return {};
    icu::UnicodeString out;
    format->format(when, out);
    return fromIcu(out);
}

// An interval ("09:00–12:00", "24–31 décembre"), or empty when ICU cannot write it.
QString formatInterval(const icu::DateIntervalFormat *format, UDate from, UDate to)
{
    if (!format)
        return {};
    const icu::DateInterval interval(from, to);
    icu::UnicodeString out;
    icu::FieldPosition position;
    UErrorCode status = U_ZERO_ERROR;
    format->format(&interval, out, position, status);
    return U_FAILURE(status) ? QString() : fromIcu(out);
}

} // namespace

// ICU formatters are not safe to share between threads: a LocaleFormat belongs to the
// thread that made it (the kiosk's GUI thread).
struct LocaleFormat::Private {
    QString language;
    icu::Locale locale;
    std::unique_ptr<icu::DateFormat> time;
    std::unique_ptr<icu::DateFormat> date;
    std::unique_ptr<icu::DateFormat> dayMonth;
    std::unique_ptr<icu::DateFormat> weekdayTime;
    std::unique_ptr<icu::DateIntervalFormat> timeRange;
    std::unique_ptr<icu::DateIntervalFormat> dateRange;
    std::unique_ptr<icu::NumberFormat> number;
    std::unique_ptr<icu::ListFormatter> list;
    QStringList weekdays; // Monday first
    QStringList months;   // January first, abbreviated
};

LocaleFormat::LocaleFormat(const QString &bcp47)
    : d(std::make_unique<Private>())
{
    d->language = bcp47;
    d->locale = kioskLocaleFor(bcp47);

    // U_USING_FALLBACK_WARNING / U_USING_DEFAULT_WARNING are normal here (e.g. "ar-MA" or
    // "fr-BE" borrow data): only U_FAILURE counts.
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::DateTimePatternGenerator> generator(
        icu::DateTimePatternGenerator::createInstance(d->locale, status));
    if (U_FAILURE(status))
        generator.reset();
    // "H" is the 24-hour clock whatever the locale prefers: opening hours on the doors in
    // Brussels are written that way, and "9:00 PM" next to them would confuse.
    d->time = formatterFor(generator.get(), d->locale, "Hm");
    d->date = formatterFor(generator.get(), d->locale, "yMMMMEEEEd");
    d->dayMonth = formatterFor(generator.get(), d->locale, "MMMMEEEEd");
    d->weekdayTime = formatterFor(generator.get(), d->locale, "EEEEHm");

    status = U_ZERO_ERROR;
    d->timeRange.reset(icu::DateIntervalFormat::createInstance("Hm", d->locale, status));
    if (U_FAILURE(status))
        d->timeRange.reset();
    else
        d->timeRange->setTimeZone(*icu::TimeZone::getGMT());

    status = U_ZERO_ERROR;
    d->dateRange.reset(icu::DateIntervalFormat::createInstance("MMMMd", d->locale, status));
    if (U_FAILURE(status))
        d->dateRange.reset();
    else
        d->dateRange->setTimeZone(*icu::TimeZone::getGMT());

    status = U_ZERO_ERROR;
    d->list.reset(icu::ListFormatter::createInstance(d->locale, ULISTFMT_TYPE_AND, ULISTFMT_WIDTH_WIDE, status));
    if (U_FAILURE(status))
        d->list.reset();

    status = U_ZERO_ERROR;
    d->number.reset(icu::NumberFormat::createInstance(d->locale, status));
    if (U_FAILURE(status))
        d->number.reset();

    status = U_ZERO_ERROR;
    const icu::DateFormatSymbols symbols(d->locale, status);
    if (U_SUCCESS(status)) {
        int32_t count = 0;
        const icu::UnicodeString *names = symbols.getWeekdays(
            count, icu::DateFormatSymbols::STANDALONE, icu::DateFormatSymbols::WIDE);
        // ICU indexes by UCalendarDaysOfWeek: UCAL_SUNDAY = 1 … UCAL_SATURDAY = 7.
        for (int iso = 1; iso <= 7 && names; ++iso) {
            const int index = iso % 7 + UCAL_SUNDAY;
            d->weekdays.append(index < count ? fromIcu(names[index]) : QString());
        }
        const icu::UnicodeString *months = symbols.getMonths(
            count, icu::DateFormatSymbols::STANDALONE, icu::DateFormatSymbols::ABBREVIATED);
        for (int month = 0; month < 12 && months; ++month)
            d->months.append(month < count ? fromIcu(months[month]) : QString());
    }
}

LocaleFormat::~LocaleFormat() = default;

QString LocaleFormat::language() const
{
    return d->language;
}

QString LocaleFormat::digitsFor(const QString &bcp47)
{
    Q_UNUSED(bcp47) // one rule for every language today: docs/LANGUAGES.md says why
    return QStringLiteral("latn");
}

QString LocaleFormat::weekday(int isoDay) const
{
    if (isoDay < 1 || isoDay > d->weekdays.size())
        return {};
    return d->weekdays.at(isoDay - 1);
}

QString LocaleFormat::monthShort(int month) const
{
    if (month < 1 || month > d->months.size())
        return {};
    return d->months.at(month - 1);
}

QString LocaleFormat::time(QTime time) const
{
    if (!time.isValid())
        return {};
    return formatWith(d->time.get(), wallClock(time));
}

QString LocaleFormat::timeRange(QTime from, QTime to) const
{
    if (!from.isValid() || !to.isValid())
        return {};
    // ICU joins the two ends tightly ("09:00–12:00"), which reads as one long number in
    // Arabic script. Keep the language's own separator, with a no-break space either side.
    const QString joined = formatInterval(d->timeRange.get(), wallClock(from), wallClock(to));
    if (joined.isEmpty())
        return {};
    const QString first = time(from);
    const QString last = time(to);
    QString separator = QStringLiteral("–");
    if (joined.startsWith(first) && joined.endsWith(last) && joined.size() > first.size() + last.size()) {
        separator = joined.mid(first.size(), joined.size() - first.size() - last.size());
        while (!separator.isEmpty() && isSpace(separator.front()))
            separator.remove(0, 1);
        while (!separator.isEmpty() && isSpace(separator.back()))
            separator.chop(1);
    }
    // No-break spaces, and a word joiner after the dash: a line may otherwise break after a
    // dash even before a no-break space (UAX #14, LB12a).
    return first + QChar(0x00A0) + separator + QChar(0x2060) + QChar(0x00A0) + last;
}

QString LocaleFormat::date(QDate date) const
{
    if (!date.isValid())
        return {};
    return formatWith(d->date.get(), wallClock(date, QTime(0, 0)));
}

QString LocaleFormat::dayMonth(QDate date) const
{
    if (!date.isValid())
        return {};
    return formatWith(d->dayMonth.get(), wallClock(date, QTime(0, 0)));
}

QString LocaleFormat::dateRange(QDate from, QDate to) const
{
    if (!from.isValid() || !to.isValid())
        return {};
    return formatInterval(d->dateRange.get(), wallClock(from, QTime(0, 0)), wallClock(to, QTime(0, 0)));
}

QString LocaleFormat::weekdayTime(const QDateTime &moment, const QTimeZone &zone) const
{
    if (!moment.isValid() || !zone.isValid())
        return {};
    // Qt's zone data decides the wall clock (the same as OpeningHours uses), ICU only spells it.
    const QDateTime local = moment.toTimeZone(zone);
    return formatWith(d->weekdayTime.get(), wallClock(local.date(), local.time()));
}

QString LocaleFormat::number(qint64 value) const
{
    if (!d->number)
        return QString::number(value);
    icu::UnicodeString out;
    d->number->format(int64_t(value), out);
    return fromIcu(out);
}

QString LocaleFormat::list(const QStringList &items) const
{
    if (!d->list || items.size() < 2)
        return items.join(QStringLiteral(", "));
    std::vector<icu::UnicodeString> strings;
    for (const QString &item : items)
        strings.push_back(toIcu(item));
    icu::UnicodeString out;
    UErrorCode status = U_ZERO_ERROR;
    d->list->format(strings.data(), int32_t(strings.size()), out, status);
    return U_FAILURE(status) ? items.join(QStringLiteral(", ")) : fromIcu(out);
}

QString LocaleFormat::withDigits(const QString &text) const
{
    // Latin is the only system digitsFor() gives today; another would map to its zero here.
    const QChar zero = QLatin1Char('0');
    QString out = text;
    for (QChar &c : out) {
        if (c.isDigit() && c.unicode() > 0x7F)
            c = QChar(zero.unicode() + c.digitValue());
    }
    return out;
}

namespace {

// Length of the E.164 country calling code at the start of `digits`. Codes are prefix-free:
// 1 and 7 stand alone, a fixed list is two digits long, every other code has three.
int countryCodeLength(const QString &digits)
{
    static const QStringList twoDigit = {
        QStringLiteral("20"), QStringLiteral("27"), QStringLiteral("30"), QStringLiteral("31"),
        QStringLiteral("32"), QStringLiteral("33"), QStringLiteral("34"), QStringLiteral("36"),
        QStringLiteral("39"), QStringLiteral("40"), QStringLiteral("41"), QStringLiteral("43"),
        QStringLiteral("44"), QStringLiteral("45"), QStringLiteral("46"), QStringLiteral("47"),
        QStringLiteral("48"), QStringLiteral("49"), QStringLiteral("51"), QStringLiteral("52"),
        QStringLiteral("53"), QStringLiteral("54"), QStringLiteral("55"), QStringLiteral("56"),
        QStringLiteral("57"), QStringLiteral("58"), QStringLiteral("60"), QStringLiteral("61"),
        QStringLiteral("62"), QStringLiteral("63"), QStringLiteral("64"), QStringLiteral("65"),
        QStringLiteral("66"), QStringLiteral("81"), QStringLiteral("82"), QStringLiteral("84"),
        QStringLiteral("86"), QStringLiteral("90"), QStringLiteral("91"), QStringLiteral("92"),
        QStringLiteral("93"), QStringLiteral("94"), QStringLiteral("95"), QStringLiteral("98"),
    };
    if (digits.startsWith(QLatin1Char('1')) || digits.startsWith(QLatin1Char('7')))
        return 1;
    return twoDigit.contains(digits.left(2)) ? 2 : 3;
}

// Length of a Belgian zone prefix (the national number without its leading 0).
int belgianAreaLength(const QString &national)
{
    // Mobiles (046x-049x) and free/premium numbers (0800, 0900) have three-digit prefixes;
    // check them before the one-digit zones 04 (Liège) and 09 (Ghent) they start like.
    static const QStringList threeDigit = {QStringLiteral("46"), QStringLiteral("47"),
                                           QStringLiteral("48"), QStringLiteral("49"),
                                           QStringLiteral("800"), QStringLiteral("900")};
    for (const QString &prefix : threeDigit) {
        if (national.startsWith(prefix))
            return 3;
    }
    const QChar first = national.isEmpty() ? QChar() : national.front();
    if (first == QLatin1Char('2') || first == QLatin1Char('3') || first == QLatin1Char('4')
        || first == QLatin1Char('9'))
        return 1;
    return 2;
}

// The subscriber part as Belgians write it; an unusual length stays in one piece.
QString groupSubscriber(const QString &rest)
{
    QList<int> sizes;
    switch (rest.size()) {
    case 7: sizes = {3, 2, 2}; break;
    case 6: sizes = {2, 2, 2}; break;
    case 5: sizes = {2, 3}; break;
    default: return rest;
    }
    QStringList groups;
    int at = 0;
    for (int size : sizes) {
        groups.append(rest.mid(at, size));
        at += size;
    }
    return groups.join(QLatin1Char(' '));
}

} // namespace

QString LocaleFormat::phone(const QString &e164)
{
    // Tolerate a number already written with separators; anything else is shown as given.
    QString compact = e164;
    compact.remove(QLatin1Char(' ')).remove(QChar(0x00A0)).remove(QLatin1Char('.'))
        .remove(QLatin1Char('-')).remove(QLatin1Char('/'));
    if (compact.size() < 3 || compact.front() != QLatin1Char('+'))
        return e164;
    const QString digits = compact.mid(1);
    const bool allAscii = std::all_of(digits.cbegin(), digits.cend(), [](QChar c) {
        return c >= QLatin1Char('0') && c <= QLatin1Char('9');
    });
    if (!allAscii)
        return e164;

    const int ccLength = countryCodeLength(digits);
    const QString country = digits.left(ccLength);
    const QString national = digits.mid(ccLength);
    QStringList parts{QLatin1Char('+') + country};
    if (country != QLatin1String("32")) {
        parts.append(national); // only Belgian numbers are grouped
    } else {
        const int areaLength = belgianAreaLength(national);
        parts.append(national.left(areaLength));
        parts.append(groupSubscriber(national.mid(areaLength)));
    }
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

struct Collator::Private {
    std::unique_ptr<icu::Collator> collator;
};

Collator::Collator(const QString &bcp47)
    : d(std::make_unique<Private>())
{
    UErrorCode status = U_ZERO_ERROR;
    d->collator.reset(icu::Collator::createInstance(localeFor(bcp47), status));
    if (U_FAILURE(status))
        d->collator.reset();
}

Collator::~Collator() = default;

int Collator::compare(const QString &a, const QString &b) const
{
    if (!d->collator)
        return a.localeAwareCompare(b);
    UErrorCode status = U_ZERO_ERROR;
    const UCollationResult result = d->collator->compare(toIcu(a), toIcu(b), status);
    if (U_FAILURE(status))
        return a.compare(b);
    return int(result); // UCOL_LESS = -1, UCOL_EQUAL = 0, UCOL_GREATER = 1
}

void Collator::sort(QStringList &list) const
{
    // Stable, so names that collate equal keep the order the pack gave them.
    std::stable_sort(list.begin(), list.end(),
                     [this](const QString &a, const QString &b) { return compare(a, b) < 0; });
}

} // namespace guichet
