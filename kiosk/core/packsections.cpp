// SPDX-License-Identifier: GPL-3.0-or-later
// The per-file readers of PackLoader: one function per file of FORMAT.md.
#include "packloader.h"

#include "jsonlineindex.h"
#include "jsonpath.h"
#include "packversion.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace guichet {

using jsonpath::at;
using jsonpath::join;

namespace {


bool knownLanguage(const QString &code)
{
    static const QRegularExpression bcp47(QStringLiteral("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"));
    if (!bcp47.match(code).hasMatch())
        return false;
    const QLocale locale(code);
    return locale.language() != QLocale::C && locale.language() != QLocale::AnyLanguage;
}

} // namespace

void PackLoader::forEachObject(const QJsonArray &list, const QString &path,
                               const std::function<void(const QJsonObject &, const QString &)> &read)
{
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (list.at(i).isObject())
            read(list.at(i).toObject(), at(path, i));
        else
            problem(at(path, i), QStringLiteral("must be an object { ... }"));
    }
}

void PackLoader::readManifest(Pack &pack, QStringList &languageCodes)
{
    if (!open(QStringLiteral("manifest.json")))
        return;
    const double format = field(m_root, {}, QStringLiteral("format"), QJsonValue::Double).toDouble();
    if (m_root.value(QStringLiteral("format")).isDouble() && format != 1 && format != 2)
        problem(QStringLiteral("format"), QStringLiteral("this kiosk reads pack formats 1 and 2, not %1").arg(format));
    pack.format = (format == 1 || format == 2) ? int(format) : 0;
    pack.id = string(m_root, {}, QStringLiteral("id"));
    pack.version = string(m_root, {}, QStringLiteral("version"));
    // Format 2 packs are installed by kiosks, which take only a greater version than they run.
    if (pack.format >= 2 && !pack.version.isEmpty() && !packversion::isValid(pack.version))
        problem(QStringLiteral("version"), QStringLiteral("\"%1\" is not a version: whole numbers separated by dots, such as 2026.12.4").arg(pack.version));
    pack.sourceLanguage = string(m_root, {}, QStringLiteral("source_language"));
    pack.defaultOffice = string(m_root, {}, QStringLiteral("default_office"));
    const QJsonArray languages = array(m_root, {}, QStringLiteral("languages"));
    for (qsizetype i = 0; i < languages.size(); ++i) {
        const QString code = languages.at(i).toString();
        if (!knownLanguage(code))
            problem(at(QStringLiteral("languages"), i), QStringLiteral("unknown language \"%1\": use a BCP 47 code such as fr, ar or ti").arg(code));
        else if (languageCodes.contains(code))
            problem(at(QStringLiteral("languages"), i), QStringLiteral("language \"%1\" is listed twice").arg(code));
        else
            languageCodes.append(code);
    }
    if (!pack.sourceLanguage.isEmpty() && !languageCodes.contains(pack.sourceLanguage))
        problem(QStringLiteral("source_language"), QStringLiteral("\"%1\" is not in languages").arg(pack.sourceLanguage));
}

void PackLoader::readLanguages(Pack &pack, const QStringList &order)
{
    if (!open(QStringLiteral("languages.json")))
        return;
    QSet<QString> seen;
    QHash<QString, Language> byCode;
    const QString path = QStringLiteral("languages");
    forEachObject(array(m_root, {}, path), path, [&](const QJsonObject &o, const QString &where) {
        Language l;
        l.code = string(o, where, QStringLiteral("code"));
        l.name = string(o, where, QStringLiteral("name"));
        const QString direction = string(o, where, QStringLiteral("direction"));
        l.direction = direction == QLatin1String("rtl") ? Qt::RightToLeft : Qt::LeftToRight;
        if (direction != QLatin1String("rtl") && direction != QLatin1String("ltr"))
            problem(join(where, QStringLiteral("direction")), QStringLiteral("must be \"ltr\" or \"rtl\""));
        l.voice = optionalString(o, where, QStringLiteral("voice"));
        if (!knownLanguage(l.code))
            problem(join(where, QStringLiteral("code")), QStringLiteral("unknown language \"%1\"").arg(l.code));
        else if (!order.isEmpty() && !order.contains(l.code))
            problem(join(where, QStringLiteral("code")), QStringLiteral("language \"%1\" is not in manifest.json languages").arg(l.code));
        if (seen.contains(l.code))
            problem(join(where, QStringLiteral("code")), QStringLiteral("duplicate language \"%1\"").arg(l.code));
        seen.insert(l.code);
        byCode.insert(l.code, l);
    });
    for (const QString &code : order) {
        if (byCode.contains(code))
            pack.languages.append(byCode.value(code));
        else
            problem(path, QStringLiteral("unknown language \"%1\": manifest.json lists it but it is not described here").arg(code));
    }
}

void PackLoader::readCalendar(Pack &pack)
{
    if (!open(QStringLiteral("calendar.json")))
        return;
    const QJsonObject periods = field(m_root, {}, QStringLiteral("periods"), QJsonValue::Object).toObject();
    for (auto it = periods.begin(); it != periods.end(); ++it) {
        const QString where = join(QStringLiteral("periods"), it.key());
        if (!it->isArray()) {
            problem(where, QStringLiteral("must be a list of {\"from\", \"to\"} dates"));
            continue;
        }
        pack.calendar.periods.insert(it.key(), dateRanges(it->toArray(), where, false));
    }
    pack.calendar.holidays = dateRanges(array(m_root, {}, QStringLiteral("holidays")), QStringLiteral("holidays"), true);
}

void PackLoader::readServices(Pack &pack)
{
    if (!open(QStringLiteral("services.json")))
        return;
    QSet<QString> seen;
    const QString path = QStringLiteral("services");
    forEachObject(array(m_root, {}, path), path, [&](const QJsonObject &o, const QString &where) {
        Service s;
        s.id = id(o, where, seen);
        s.pictogram = string(o, where, QStringLiteral("pictogram"));
        checkPictogram(s.pictogram, join(where, QStringLiteral("pictogram")));
        s.durationMin = positiveInt(o, where, QStringLiteral("duration_min"));
        s.seatsPerSlot = positiveInt(o, where, QStringLiteral("seats_per_slot"));
        pack.services.append(s);
    });
}

void PackLoader::readOffices(Pack &pack)
{
    if (!open(QStringLiteral("offices.json")))
        return;
    QSet<QString> seen;
    const QString path = QStringLiteral("offices");
    forEachObject(array(m_root, {}, path), path, [&](const QJsonObject &o, const QString &where) {
        Office office;
        office.id = id(o, where, seen);
        office.name = string(o, where, QStringLiteral("name"));
        office.address = address(o, where);
        office.phone = phone(o, where, true);
        office.timeZone = string(o, where, QStringLiteral("time_zone"));
        if (!office.timeZone.isEmpty() && !QTimeZone(office.timeZone.toUtf8()).isValid())
            problem(join(where, QStringLiteral("time_zone")), QStringLiteral("unknown time zone \"%1\"").arg(office.timeZone));
        office.hours = hours(o, where, true);
        checkPeriods(pack, office.hours, where);
        QSet<QString> offered;
        const QString servicesPath = join(where, QStringLiteral("services"));
        forEachObject(array(o, where, QStringLiteral("services")), servicesPath,
                      [&](const QJsonObject &so, const QString &sWhere) {
            OfficeService s{string(so, sWhere, QStringLiteral("service")), hours(so, sWhere, true)};
            if (!s.service.isEmpty() && !pack.service(s.service))
                problem(join(sWhere, QStringLiteral("service")), QStringLiteral("unknown service \"%1\" (services.json)").arg(s.service));
            if (offered.contains(s.service))
                problem(join(sWhere, QStringLiteral("service")), QStringLiteral("service \"%1\" is listed twice").arg(s.service));
            offered.insert(s.service);
            checkPeriods(pack, s.hours, sWhere);
            office.services.append(s);
        });
        pack.offices.append(office);
    });
    if (!pack.defaultOffice.isEmpty() && !pack.offices.isEmpty() && !pack.office(pack.defaultOffice))
        m_problems.append({QStringLiteral("manifest.json"), 0, QStringLiteral("default_office"),
                           QStringLiteral("unknown office \"%1\" (offices.json)").arg(pack.defaultOffice)});
}

void PackLoader::readProgramme(Pack &pack)
{
    if (!open(QStringLiteral("programme.json")))
        return;
    QSet<QString> seen;
    const QString path = QStringLiteral("pages");
    forEachObject(array(m_root, {}, path), path, [&](const QJsonObject &o, const QString &where) {
        ProgrammePage page{id(o, where, seen), string(o, where, QStringLiteral("pictogram"))};
        checkPictogram(page.pictogram, join(where, QStringLiteral("pictogram")));
        pack.programme.append(page);
    });
}

void PackLoader::readOrganisations(Pack &pack)
{
    if (!open(QStringLiteral("organisations.json")))
        return;
    QSet<QString> seen;
    QString path = QStringLiteral("categories");
    forEachObject(array(m_root, {}, path), path, [&](const QJsonObject &o, const QString &where) {
        Category c{id(o, where, seen), string(o, where, QStringLiteral("pictogram"))};
        checkPictogram(c.pictogram, join(where, QStringLiteral("pictogram")));
        pack.categories.append(c);
    });
    seen.clear();
    path = QStringLiteral("organisations");
    forEachObject(array(m_root, {}, path), path, [&](const QJsonObject &o, const QString &where) {
        Organisation org;
        org.id = id(o, where, seen);
        org.name = string(o, where, QStringLiteral("name"));
        org.region = string(o, where, QStringLiteral("region"));
        org.address = address(o, where);
        org.phone = phone(o, where, false);
        org.website = optionalString(o, where, QStringLiteral("website"));
        org.hours = hours(o, where, false);
        const QJsonArray categories = array(o, where, QStringLiteral("categories"));
        for (qsizetype i = 0; i < categories.size(); ++i) {
            const QString category = categories.at(i).toString();
            const bool known = std::any_of(pack.categories.cbegin(), pack.categories.cend(),
                                           [&](const Category &c) { return c.id == category; });
            if (!known)
                problem(at(join(where, QStringLiteral("categories")), i), QStringLiteral("unknown category \"%1\"").arg(category));
            org.categories.append(category);
        }
        if (org.categories.isEmpty())
            problem(join(where, QStringLiteral("categories")), QStringLiteral("needs at least one category"));
        pack.organisations.append(org);
    });
}

void PackLoader::readEligibility(Pack &pack)
{
    if (!open(QStringLiteral("eligibility.json")))
        return;
    pack.eligibilityStart = string(m_root, {}, QStringLiteral("start"));
    QSet<QString> seen;
    QString path = QStringLiteral("questions");
    forEachObject(array(m_root, {}, path), path, [&](const QJsonObject &o, const QString &where) {
        EligibilityQuestion q{id(o, where, seen), string(o, where, QStringLiteral("pictogram")),
                              string(o, where, QStringLiteral("yes")), string(o, where, QStringLiteral("no"))};
        checkPictogram(q.pictogram, join(where, QStringLiteral("pictogram")));
        pack.questions.append(q);
    });
    seen.clear();
    path = QStringLiteral("outcomes");
    forEachObject(array(m_root, {}, path), path, [&](const QJsonObject &o, const QString &where) {
        EligibilityOutcome out{id(o, where, seen),
                               field(o, where, QStringLiteral("eligible"), QJsonValue::Bool).toBool(),
                               string(o, where, QStringLiteral("pictogram"))};
        checkPictogram(out.pictogram, join(where, QStringLiteral("pictogram")));
        pack.outcomes.append(out);
    });
    // Every answer leads somewhere that exists, and the questions never loop.
    auto checkTarget = [&](const QString &target, const QString &where) {
        const bool ok = pack.outcomeOf(target) != nullptr || pack.question(target) != nullptr;
        if (!target.isEmpty() && !ok)
            problem(where, QStringLiteral("leads to \"%1\", which is neither a question id nor outcome:<id>").arg(target));
    };
    checkTarget(pack.eligibilityStart, QStringLiteral("start"));
    for (qsizetype i = 0; i < pack.questions.size(); ++i) {
        checkTarget(pack.questions[i].yes, join(at(QStringLiteral("questions"), i), QStringLiteral("yes")));
        checkTarget(pack.questions[i].no, join(at(QStringLiteral("questions"), i), QStringLiteral("no")));
    }
    for (const EligibilityQuestion &q : std::as_const(pack.questions)) {
        QSet<QString> visited;
        QStringList stack{q.id};
        while (!stack.isEmpty()) {
            const EligibilityQuestion *current = pack.question(stack.takeLast());
            if (!current || visited.contains(current->id))
                continue;
            visited.insert(current->id);
            for (const QString &next : {current->yes, current->no}) {
                if (next == q.id) {
                    problem(QStringLiteral("questions"), QStringLiteral("question \"%1\" can lead back to itself").arg(q.id));
                    stack.clear();
                    break;
                }
                stack.append(next);
            }
        }
    }
}

void PackLoader::checkReferences(const Pack &pack)
{
    for (const Service &service : pack.services) {
        const bool offered = std::any_of(pack.offices.cbegin(), pack.offices.cend(), [&](const Office &o) {
            return std::any_of(o.services.cbegin(), o.services.cend(),
                               [&](const OfficeService &s) { return s.service == service.id; });
        });
        if (!offered)
            m_problems.append({QStringLiteral("services.json"), 0, service.id,
                               QStringLiteral("service \"%1\" is offered at no office").arg(service.id)});
    }
}

} // namespace guichet
