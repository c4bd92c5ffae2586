// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "openinghours.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace guichet {

/** A language the pack is written in, named in its own script. */
struct Language {
    QString code;  // BCP 47
    QString name;  // in its own script: "العربية"
    Qt::LayoutDirection direction = Qt::LeftToRight;
    QString voice; // eSpeak NG voice, empty when eSpeak has none (text only or recorded clips)

    [[nodiscard]] bool hasVoice() const { return !voice.isEmpty(); }
};

struct Address {
    QString street;
    QString postcode;
    QString city;
    /** The city's name in other languages ("nl": "Brussel"): Brussels names its communes in
     *  French and Dutch. Languages not listed use city. */
    QHash<QString, QString> cityByLanguage;

    [[nodiscard]] QString cityIn(const QString &language) const { return cityByLanguage.value(language, city); }
    /** Street, then postcode and city, on two lines. */
    [[nodiscard]] QString linesIn(const QString &language) const
    {
        return street + QLatin1Char('\n') + postcode + QLatin1Char(' ') + cityIn(language);
    }
};

/** When a bookable service is offered at one office. */
struct OfficeService {
    QString service;
    OpeningHours hours;
};

struct Office {
    QString id;
    QString name;
    Address address;
    QString phone; // E.164
    QString timeZone;
    OpeningHours hours;
    QList<OfficeService> services;
};

/** Something a visitor can book: its length and how many people one slot takes. */
struct Service {
    QString id;
    QString pictogram;
    int durationMin = 0;
    int seatsPerSlot = 0;
};

struct ProgrammePage {
    QString id;
    QString pictogram;
};

struct Category {
    QString id;
    QString pictogram;
};

struct Organisation {
    QString id;
    QString name; // proper name, not translated
    QStringList categories;
    QString region;
    Address address;
    QString phone;
    QString website;
    OpeningHours hours; // empty when not published
};

struct EligibilityQuestion {
    QString id;
    QString pictogram;
    QString yes; // next question id, or "outcome:<id>"
    QString no;
};

struct EligibilityOutcome {
    QString id;
    bool eligible = false;
    QString pictogram;
};

/** A text as shown, and as eSpeak should say it when that differs. */
struct PackText {
    QString written;
    QString spoken;

    [[nodiscard]] QString forSpeech() const { return spoken.isEmpty() ? written : spoken; }
};

/** The texts of one language, with how far a native speaker has checked them. */
struct LanguageTexts {
    QString language;
    QString review; // "source", "draft" or "reviewed"
    QString note;
    QHash<QString, PackText> texts;
};

/** A loaded and validated content pack: everything the kiosk shows, in every language. */
struct Pack {
    int format = 0; // manifest.json's: 1 or 2
    QString id;
    QString version;
    QString sourceLanguage;
    QString defaultOffice;
    QList<Language> languages; // in picker order
    PackCalendar calendar;
    QList<Office> offices;
    QList<Service> services;
    QList<ProgrammePage> programme;
    QList<Category> categories;
    QList<Organisation> organisations;
    QString eligibilityStart;
    QList<EligibilityQuestion> questions;
    QList<EligibilityOutcome> outcomes;
    QHash<QString, LanguageTexts> texts;

    [[nodiscard]] const Language *language(const QString &code) const;
    [[nodiscard]] const Office *office(const QString &id) const;
    [[nodiscard]] const Service *service(const QString &id) const;
    [[nodiscard]] const EligibilityQuestion *question(const QString &id) const;
    [[nodiscard]] const EligibilityOutcome *outcome(const QString &id) const;
    /** The outcome an answer leads to ("outcome:<id>"), or nullptr when it leads to a question. */
    [[nodiscard]] const EligibilityOutcome *outcomeOf(const QString &target) const;
    /** The written text of key in lang, or in the source language when lang lacks it. */
    [[nodiscard]] QString text(const QString &key, const QString &lang) const;
    /** What eSpeak should say for key in lang. */
    [[nodiscard]] QString spoken(const QString &key, const QString &lang) const;
    [[nodiscard]] bool hasText(const QString &key, const QString &lang) const;
};

} // namespace guichet
