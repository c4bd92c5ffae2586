// SPDX-License-Identifier: GPL-3.0-or-later
// PackLoader's reading of texts/<code>.json and the check that no visitor meets a missing text.
#include "packloader.h"

#include "jsonlineindex.h"
#include "jsonpath.h"

namespace guichet {

using jsonpath::join;

QStringList PackLoader::requiredTextKeys(const Pack &pack) const
{
    QStringList keys;
    for (const Service &s : pack.services)
        keys << QStringLiteral("service.%1.title").arg(s.id) << QStringLiteral("service.%1.description").arg(s.id);
    for (const ProgrammePage &p : pack.programme)
        keys << QStringLiteral("programme.%1.title").arg(p.id) << QStringLiteral("programme.%1.body").arg(p.id);
    for (const Category &c : pack.categories)
        keys << QStringLiteral("category.%1").arg(c.id);
    for (const Organisation &o : pack.organisations)
        keys << QStringLiteral("organisation.%1.description").arg(o.id);
    for (const EligibilityQuestion &q : pack.questions)
        keys << QStringLiteral("eligibility.%1.question").arg(q.id) << QStringLiteral("eligibility.%1.hint").arg(q.id);
    for (const EligibilityOutcome &o : pack.outcomes)
        keys << QStringLiteral("outcome.%1.title").arg(o.id) << QStringLiteral("outcome.%1.next").arg(o.id);
    auto reasons = [&keys](const QList<DateRange> &ranges) {
        for (const DateRange &r : ranges)
            keys << r.reason;
    };
    auto periods = [&keys](const OpeningHours &hours) {
        for (const QList<HourRange> &day : hours.weekly) {
            for (const HourRange &r : day) {
                if (!r.onlyDuring.isEmpty())
                    keys << QStringLiteral("period.%1").arg(r.onlyDuring);
            }
        }
    };
    reasons(pack.calendar.holidays);
    for (const Office &o : pack.offices) {
        keys << QStringLiteral("office.%1.access").arg(o.id);
        reasons(o.hours.closures);
        periods(o.hours);
        for (const OfficeService &s : o.services)
            periods(s.hours);
    }
    keys.removeAll(QString());
    keys.removeDuplicates();
    return keys;
}

void PackLoader::checkTextKeys(const Pack &pack, const LanguageTexts &texts)
{
    const bool source = texts.language == pack.sourceLanguage;
    if (source) {
        for (const QString &key : requiredTextKeys(pack)) {
            if (!texts.texts.contains(key))
                problem(QStringLiteral("texts"), QStringLiteral("missing key \"%1\"").arg(key));
        }
        return;
    }
    const LanguageTexts &reference = pack.texts.value(pack.sourceLanguage);
    QStringList missing;
    for (auto it = reference.texts.cbegin(); it != reference.texts.cend(); ++it) {
        if (!texts.texts.contains(it.key()))
            missing << it.key();
    }
    missing.sort();
    for (const QString &key : std::as_const(missing))
        problem(QStringLiteral("texts"), QStringLiteral("missing key \"%1\" (the source language has it)").arg(key));
    for (auto it = texts.texts.cbegin(); it != texts.texts.cend(); ++it) {
        if (!reference.texts.contains(it.key()))
            problem(join(QStringLiteral("texts"), it.key()),
                    QStringLiteral("unknown key \"%1\": the source language has no such text").arg(it.key()));
    }
}

void PackLoader::readTexts(Pack &pack)
{
    // The source language first: the others are checked against it.
    QList<Language> order = pack.languages;
    std::stable_partition(order.begin(), order.end(),
                          [&](const Language &l) { return l.code == pack.sourceLanguage; });
    for (const Language &language : std::as_const(order)) {
        if (!open(QStringLiteral("texts/%1.json").arg(language.code)))
            continue;
        LanguageTexts texts;
        texts.language = string(m_root, {}, QStringLiteral("language"));
        if (!texts.language.isEmpty() && texts.language != language.code)
            problem(QStringLiteral("language"), QStringLiteral("says \"%1\" but the file is for \"%2\"").arg(texts.language, language.code));
        texts.language = language.code;
        texts.review = string(m_root, {}, QStringLiteral("review"));
        texts.note = optionalString(m_root, {}, QStringLiteral("note"));
        const bool source = language.code == pack.sourceLanguage;
        if (source && texts.review != QLatin1String("source"))
            problem(QStringLiteral("review"), QStringLiteral("the source language's review must be \"source\""));
        if (!source && texts.review != QLatin1String("draft") && texts.review != QLatin1String("reviewed"))
            problem(QStringLiteral("review"), QStringLiteral("must be \"draft\" (a native speaker must review it) or \"reviewed\""));
        const QJsonObject entries = field(m_root, {}, QStringLiteral("texts"), QJsonValue::Object).toObject();
        for (auto it = entries.begin(); it != entries.end(); ++it) {
            const QString where = join(QStringLiteral("texts"), it.key());
            PackText text;
            if (it->isString()) {
                text.written = it->toString();
            } else if (it->isObject()) {
                text.written = string(it->toObject(), where, QStringLiteral("text"));
                text.spoken = optionalString(it->toObject(), where, QStringLiteral("spoken"));
            } else {
                problem(where, QStringLiteral("must be a text, or {\"text\": ..., \"spoken\": ...}"));
                continue;
            }
            if (text.written.trimmed().isEmpty())
                problem(where, QStringLiteral("is empty"));
            texts.texts.insert(it.key(), text);
        }
        pack.texts.insert(language.code, texts);
        checkTextKeys(pack, texts);
    }
}

} // namespace guichet
