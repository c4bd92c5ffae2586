// SPDX-License-Identifier: GPL-3.0-or-later
#include "glossary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace guichet {

namespace {

struct Term {
    QString concept;
    QString term;
    QStringList avoid;
};

/** The glossary's terms, or nothing with the reasons in `errors`. */
QList<Term> readGlossary(const QString &path, const QString &code, const QByteArray &bytes, QList<PackProblem> &errors)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        errors.append({path, 0, {}, QStringLiteral("not valid JSON: %1 (at byte %2)").arg(parseError.errorString()).arg(parseError.offset)});
        return {};
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || !root.value(QLatin1String("terms")).isArray()) {
        errors.append({path, 0, {}, QStringLiteral("must be an object with a \"terms\" list")});
        return {};
    }
    if (root.value(QLatin1String("language")).toString() != code)
        errors.append({path, 0, QStringLiteral("language"), QStringLiteral("must be \"%1\", the file's language").arg(code)});
    QList<Term> terms;
    const QJsonArray entries = root.value(QLatin1String("terms")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString where = QStringLiteral("terms[%1]").arg(i);
        const QJsonObject entry = entries.at(i).toObject();
        Term term{entry.value(QLatin1String("concept")).toString().trimmed(), entry.value(QLatin1String("term")).toString().trimmed(), {}};
        if (term.concept.isEmpty() || term.term.isEmpty()) {
            errors.append({path, 0, where, QStringLiteral("needs a \"concept\" and a \"term\"")});
            continue;
        }
        const QJsonValue avoid = entry.value(QLatin1String("avoid"));
        if (!avoid.isUndefined() && !avoid.isArray()) {
            errors.append({path, 0, where + QStringLiteral(".avoid"), QStringLiteral("must be a list of words")});
            continue;
        }
        for (const QJsonValue &word : avoid.toArray()) {
            const QString text = word.toString().trimmed();
            if (text.isEmpty())
                errors.append({path, 0, where + QStringLiteral(".avoid"), QStringLiteral("an empty word would be found everywhere")});
            else if (term.term.contains(text, Qt::CaseInsensitive))
                errors.append({path, 0, where + QStringLiteral(".avoid"),
                               QStringLiteral("\"%1\" is part of the term \"%2\" itself").arg(text, term.term)});
            else
                term.avoid << text;
        }
        terms << term;
    }
    return terms;
}

} // namespace

GlossaryCheck checkGlossaries(const Pack &pack, const PackSource &source, TextLocator &locator)
{
    GlossaryCheck check;
    for (const Language &language : pack.languages) {
        const QString path = QStringLiteral("glossary/%1.json").arg(language.code);
        const std::optional<QByteArray> bytes = source.read(path);
        if (!bytes)
            continue;
        const QList<Term> terms = readGlossary(path, language.code, *bytes, check.errors);
        const QHash<QString, PackText> &texts = pack.texts.value(language.code).texts;
        QStringList keys = texts.keys();
        std::sort(keys.begin(), keys.end()); // warnings in a stable order
        for (const QString &key : std::as_const(keys)) {
            const PackText &text = texts.value(key);
            for (const Term &term : terms) {
                for (const QString &word : term.avoid) {
                    if (text.written.contains(word, Qt::CaseInsensitive) || text.spoken.contains(word, Qt::CaseInsensitive))
                        check.warnings.append(locator.at(language.code, key,
                                                         QStringLiteral("uses \"%1\"; the glossary (%2) says \"%3\" for %4")
                                                             .arg(word, path, term.term, term.concept)));
                }
            }
        }
    }
    return check;
}

} // namespace guichet
