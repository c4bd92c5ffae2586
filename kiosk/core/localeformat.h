// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTime>
#include <QTimeZone>

#include <memory>

namespace guichet {

/**
 * Dates, weekday names, times and numbers as a visitor of that language reads them, by ICU,
 * always in the Gregorian calendar (appointments are in Belgium) and in the digits digitsFor()
 * gives. Every number on a screen goes through here, so that a screen has one digit system.
 */
class LocaleFormat
{
public:
    explicit LocaleFormat(const QString &bcp47);
    ~LocaleFormat();
    LocaleFormat(const LocaleFormat &) = delete;
    LocaleFormat &operator=(const LocaleFormat &) = delete;

    [[nodiscard]] QString language() const;
    /** The digits a language's screens use, as a CLDR numbering system ("latn"): Latin in
     *  every language, Arabic and Persian too, since phone numbers, booking codes and
     *  addresses on the same screen must stay Latin (docs/LANGUAGES.md). */
    [[nodiscard]] static QString digitsFor(const QString &bcp47);
    /** Standalone wide weekday name, isoDay 1 = Monday … 7 = Sunday. */
    [[nodiscard]] QString weekday(int isoDay) const;
    /** Standalone abbreviated month name, month 1 = January: "déc.", "دیسمبر" (a calendar page's band). */
    [[nodiscard]] QString monthShort(int month) const;
    /** 24-hour time ("Hm" skeleton) in the language's digits. */
    [[nodiscard]] QString time(QTime time) const;
    /** "09:00 – 12:00": the language's digits and interval punctuation, with no-break spaces
     *  around it so that the range never reads as one number. */
    [[nodiscard]] QString timeRange(QTime from, QTime to) const;
    /** Full date with weekday, e.g. "lundi 23 novembre 2026". */
    [[nodiscard]] QString date(QDate date) const;
    /** The same without the year, for the coming weeks: "lundi 7 décembre". */
    [[nodiscard]] QString dayMonth(QDate date) const;
    /** A span of days without the year: "25 décembre – 1 janvier" (ICU's interval format). */
    [[nodiscard]] QString dateRange(QDate from, QDate to) const;
    /** Weekday and time of a moment in a zone, e.g. "jeudi 17:00". */
    [[nodiscard]] QString weekdayTime(const QDateTime &moment, const QTimeZone &zone) const;
    [[nodiscard]] QString number(qint64 value) const;
    /** Items joined as the language joins a list: "lundi, mardi et vendredi", "…، … و…". */
    [[nodiscard]] QString list(const QStringList &items) const;
    /** The text with every decimal digit, whatever its script, written in digitsFor()'s: pack
     *  texts typed with Arabic-Indic digits ("المترو ١") show as the rest of the screen. */
    [[nodiscard]] QString withDigits(const QString &text) const;
    /** A Belgian E.164 number grouped for reading, Latin digits: "+32 2 279 49 70". */
    [[nodiscard]] static QString phone(const QString &e164);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/** ICU collation for sorting lists in the visitor's language. */
class Collator
{
public:
    explicit Collator(const QString &bcp47);
    ~Collator();
    Collator(const Collator &) = delete;
    Collator &operator=(const Collator &) = delete;

    [[nodiscard]] int compare(const QString &a, const QString &b) const;
    void sort(QStringList &list) const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace guichet
