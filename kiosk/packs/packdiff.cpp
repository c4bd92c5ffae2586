// SPDX-License-Identifier: GPL-3.0-or-later
// What changed between two packs: compare() walks them section by section (one function per
// section, in the order staff read them), describe() says one change in words from a table.
#include "packdiff.h"

#include "packloader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRegularExpression>

#include <array>

namespace guichet::packdiff {

namespace {

using Changes = QList<Change>;

const std::array<const char *, 7> kDays = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};

void add(Changes &out, const char *kind, const QJsonObject &details)
{
    out.append({QString::fromLatin1(kind), details});
}

/** A count of changes of one kind, said only when there is at least one. */
void addCount(Changes &out, const char *kind, int count, QJsonObject details = {})
{
    if (count == 0)
        return;
    details.insert(QStringLiteral("count"), count);
    add(out, kind, details);
}

QJsonObject with(QJsonObject details, const QString &key, const QJsonValue &value)
{
    details.insert(key, value);
    return details;
}

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString hhmm(QTime time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

bool sameText(const PackText &a, const PackText &b)
{
    return a.written == b.written && a.spoken == b.spoken;
}

bool sameRange(const DateRange &a, const DateRange &b)
{
    return a.from == b.from && a.to == b.to && a.reason == b.reason;
}

bool containsRange(const QList<DateRange> &list, const DateRange &range)
{
    return std::any_of(list.cbegin(), list.cend(), [&](const DateRange &r) { return sameRange(r, range); });
}

bool sameRanges(const QList<DateRange> &a, const QList<DateRange> &b)
{
    return a.size() == b.size() && std::equal(a.cbegin(), a.cend(), b.cbegin(), sameRange);
}

bool sameHours(const OpeningHours &a, const OpeningHours &b)
{
    return a.weekly == b.weekly && sameRanges(a.closures, b.closures);
}

QString addressLine(const Address &a)
{
    return QStringLiteral("%1, %2 %3").arg(a.street, a.postcode, a.city);
}

// ---------------------------------------------------------------------------------------------
// Files that PackLoader does not read: interface translations, voice profiles, pictograms and
// recorded clips, compared byte for byte.

/** The files whose path matches `pattern`, by its first capture (sorted: a stable order). */
QMap<QString, QByteArray> filesMatching(const PackFiles &pack, const QRegularExpression &pattern)
{
    QMap<QString, QByteArray> result;
    for (auto it = pack.files.cbegin(); it != pack.files.cend(); ++it) {
        const QRegularExpressionMatch m = pattern.match(it.key());
        if (m.hasMatch())
            result.insert(m.captured(1), it.value());
    }
    return result;
}

struct FileChanges {
    QStringList added;
    QStringList changed;
    QStringList removed;
};

FileChanges compareFiles(const QMap<QString, QByteArray> &before, const QMap<QString, QByteArray> &after)
{
    FileChanges changes;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (!before.contains(it.key()))
            changes.added << it.key();
        else if (before.value(it.key()) != it.value())
            changes.changed << it.key();
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!after.contains(it.key()))
            changes.removed << it.key();
    }
    return changes;
}

void compareNamedFiles(const QMap<QString, QByteArray> &before, const QMap<QString, QByteArray> &after,
                       const std::array<const char *, 3> &kinds, Changes &out)
{
    const FileChanges changes = compareFiles(before, after);
    for (const QString &code : changes.added)
        add(out, kinds[0], {{QStringLiteral("language"), code}});
    for (const QString &code : changes.changed)
        add(out, kinds[1], {{QStringLiteral("language"), code}});
    for (const QString &code : changes.removed)
        add(out, kinds[2], {{QStringLiteral("language"), code}});
}

/** One language's interface translation: its .ts, or its .qm when the pack has no .ts. A pack
 *  directory holds the .ts, its archive the .ts and the .qm built from it: the .ts compares. */
QMap<QString, QByteArray> interfaceTranslations(const PackFiles &pack)
{
    static const QRegularExpression ts(QStringLiteral("^i18n/guichet_([A-Za-z0-9_-]+)\\.ts$"));
    static const QRegularExpression qm(QStringLiteral("^i18n/guichet_([A-Za-z0-9_-]+)\\.qm$"));
    QMap<QString, QByteArray> result = filesMatching(pack, ts);
    const QMap<QString, QByteArray> compiled = filesMatching(pack, qm);
    for (auto it = compiled.cbegin(); it != compiled.cend(); ++it) {
        if (!result.contains(it.key()))
            result.insert(it.key(), QByteArrayLiteral("qm:") + it.value());
    }
    return result;
}

void compareTranslations(const PackFiles &before, const PackFiles &after, Changes &out)
{
    compareNamedFiles(interfaceTranslations(before), interfaceTranslations(after),
                      {"translation_added", "translation_changed", "translation_removed"}, out);
}

void compareVoices(const PackFiles &before, const PackFiles &after, Changes &out)
{
    static const QRegularExpression voice(QStringLiteral("^voices/([A-Za-z0-9_-]+)\\.json$"));
    compareNamedFiles(filesMatching(before, voice), filesMatching(after, voice),
                      {"voice_added", "voice_changed", "voice_removed"}, out);
}

void comparePictograms(const PackFiles &before, const PackFiles &after, Changes &out)
{
    static const QRegularExpression svg(QStringLiteral("^pictograms/(.+)\\.svg$"));
    const FileChanges changes = compareFiles(filesMatching(before, svg), filesMatching(after, svg));
    addCount(out, "pictograms_added", int(changes.added.size()));
    addCount(out, "pictograms_changed", int(changes.changed.size()));
    addCount(out, "pictograms_removed", int(changes.removed.size()));
}

void compareAudioClips(const PackFiles &before, const PackFiles &after, const Pack &packBefore, const Pack &packAfter, Changes &out)
{
    // "ar/service.x.title": a clip changed from .wav to .ogg is the same clip, changed.
    static const QRegularExpression clip(QStringLiteral("^audio/(([^/]+)/.+)\\.[A-Za-z0-9]+$"));
    const FileChanges changes = compareFiles(filesMatching(before, clip), filesMatching(after, clip));
    auto languageOf = [](const QString &clipKey) { return clipKey.section(u'/', 0, 0); };
    // The picker's order, the languages only the first pack has after it.
    QStringList languages;
    for (const QList<Language> &list : {packAfter.languages, packBefore.languages}) {
        for (const Language &l : list) {
            if (!languages.contains(l.code))
                languages << l.code;
        }
    }
    for (const QString &code : std::as_const(languages)) {
        auto inLanguage = [&](const QStringList &keys) {
            return int(std::count_if(keys.cbegin(), keys.cend(), [&](const QString &k) { return languageOf(k) == code; }));
        };
        const QJsonObject about{{QStringLiteral("language"), code}};
        addCount(out, "audio_added", inLanguage(changes.added), about);
        addCount(out, "audio_changed", inLanguage(changes.changed), about);
        addCount(out, "audio_removed", inLanguage(changes.removed), about);
    }
}

// ---------------------------------------------------------------------------------------------
// The loaded packs, section by section.

void compareLanguages(const Pack &before, const Pack &after, Changes &out)
{
    for (const Language &l : after.languages) {
        if (!before.language(l.code))
            add(out, "language_added", {{QStringLiteral("language"), l.code}});
    }
    for (const Language &l : before.languages) {
        if (!after.language(l.code))
            add(out, "language_removed", {{QStringLiteral("language"), l.code}});
    }
}

void compareTexts(const Pack &before, const Pack &after, Changes &out)
{
    for (const Language &l : after.languages) {
        if (!before.language(l.code))
            continue; // a new language: "language added" says it
        const QHash<QString, PackText> old = before.texts.value(l.code).texts;
        const QHash<QString, PackText> now = after.texts.value(l.code).texts;
        int changed = 0;
        int added = 0;
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            const auto was = old.constFind(it.key());
            if (was == old.cend())
                ++added;
            else if (!sameText(*was, *it))
                ++changed;
        }
        const int removed = int(std::count_if(old.keyBegin(), old.keyEnd(), [&](const QString &k) { return !now.contains(k); }));
        const QJsonObject about{{QStringLiteral("language"), l.code}};
        addCount(out, "texts_changed", changed, about);
        addCount(out, "texts_added", added, about);
        addCount(out, "texts_removed", removed, about);
    }
}

QJsonObject hourRangeDetails(QJsonObject about, int day, const HourRange &range)
{
    about.insert(QStringLiteral("day"), QLatin1String(kDays[size_t(day)]));
    about.insert(QStringLiteral("from"), hhmm(range.from));
    about.insert(QStringLiteral("to"), hhmm(range.to));
    if (!range.onlyDuring.isEmpty())
        about.insert(QStringLiteral("only"), range.onlyDuring);
    return about;
}

/** Each weekly range removed, then each added, day by day (Monday first). */
void compareWeekly(const QJsonObject &about, const OpeningHours &before, const OpeningHours &after,
                   const char *removedKind, const char *addedKind, Changes &out)
{
    for (int day = 0; day < 7; ++day) {
        const QList<HourRange> &old = before.weekly[size_t(day)];
        const QList<HourRange> &now = after.weekly[size_t(day)];
        for (const HourRange &r : old) {
            if (!now.contains(r))
                add(out, removedKind, hourRangeDetails(about, day, r));
        }
        for (const HourRange &r : now) {
            if (!old.contains(r))
                add(out, addedKind, hourRangeDetails(about, day, r));
        }
    }
}

QJsonObject dateRangeDetails(QJsonObject about, const DateRange &range)
{
    about.insert(QStringLiteral("from"), isoDate(range.from));
    about.insert(QStringLiteral("to"), isoDate(range.to));
    if (!range.reason.isEmpty())
        about.insert(QStringLiteral("reason"), range.reason);
    return about;
}

void compareDateRanges(const QJsonObject &about, const QList<DateRange> &before, const QList<DateRange> &after,
                       const char *removedKind, const char *addedKind, Changes &out)
{
    for (const DateRange &r : before) {
        if (!containsRange(after, r))
            add(out, removedKind, dateRangeDetails(about, r));
    }
    for (const DateRange &r : after) {
        if (!containsRange(before, r))
            add(out, addedKind, dateRangeDetails(about, r));
    }
}

void compareOfficeServices(const QJsonObject &about, const Office &before, const Office &after, Changes &out)
{
    auto offered = [](const Office &office, const QString &service) -> const OfficeService * {
        for (const OfficeService &s : office.services) {
            if (s.service == service)
                return &s;
        }
        return nullptr;
    };
    for (const OfficeService &s : before.services) {
        if (!offered(after, s.service))
            add(out, "office_service_removed", with(about, QStringLiteral("service"), s.service));
    }
    for (const OfficeService &s : after.services) {
        if (!offered(before, s.service))
            add(out, "office_service_added", with(about, QStringLiteral("service"), s.service));
    }
    for (const OfficeService &s : after.services) {
        if (const OfficeService *old = offered(before, s.service))
            compareWeekly(with(about, QStringLiteral("service"), s.service), old->hours, s.hours, "service_hours_removed",
                          "service_hours_added", out);
    }
}

void compareOffice(const Office &before, const Office &after, Changes &out)
{
    const QJsonObject about{{QStringLiteral("office"), after.name}, {QStringLiteral("office_id"), after.id}};
    auto changed = [&](const char *kind, const QString &old, const QString &now) {
        if (old != now)
            add(out, kind, with(with(about, QStringLiteral("before"), old), QStringLiteral("after"), now));
    };
    changed("office_renamed", before.name, after.name);
    changed("office_phone_changed", before.phone, after.phone);
    changed("office_address_changed", addressLine(before.address), addressLine(after.address));
    changed("office_time_zone_changed", before.timeZone, after.timeZone);
    compareWeekly(about, before.hours, after.hours, "hours_removed", "hours_added", out);
    compareDateRanges(about, before.hours.closures, after.hours.closures, "closure_removed", "closure_added", out);
    compareOfficeServices(about, before, after, out);
}

void compareOffices(const Pack &before, const Pack &after, Changes &out)
{
    for (const Office &o : after.offices) {
        if (!before.office(o.id))
            add(out, "office_added", {{QStringLiteral("office"), o.name}, {QStringLiteral("office_id"), o.id}});
    }
    for (const Office &o : before.offices) {
        if (!after.office(o.id))
            add(out, "office_removed", {{QStringLiteral("office"), o.name}, {QStringLiteral("office_id"), o.id}});
    }
    for (const Office &o : after.offices) {
        if (const Office *old = before.office(o.id))
            compareOffice(*old, o, out);
    }
}

void compareServices(const Pack &before, const Pack &after, Changes &out)
{
    for (const Service &s : after.services) {
        if (!before.service(s.id))
            add(out, "service_added", {{QStringLiteral("service"), s.id}});
    }
    for (const Service &s : before.services) {
        if (!after.service(s.id))
            add(out, "service_removed", {{QStringLiteral("service"), s.id}});
    }
    for (const Service &s : after.services) {
        const Service *old = before.service(s.id);
        if (!old)
            continue;
        const QJsonObject about{{QStringLiteral("service"), s.id}};
        if (old->durationMin != s.durationMin)
            add(out, "service_duration_changed", with(with(about, QStringLiteral("before"), old->durationMin), QStringLiteral("after"), s.durationMin));
        if (old->seatsPerSlot != s.seatsPerSlot)
            add(out, "service_seats_changed", with(with(about, QStringLiteral("before"), old->seatsPerSlot), QStringLiteral("after"), s.seatsPerSlot));
    }
}

/** The fields of an organisation that differ, as details.fields names them. */
QStringList organisationChanges(const Organisation &a, const Organisation &b)
{
    QStringList fields;
    auto check = [&fields](bool same, const char *field) {
        if (!same)
            fields << QLatin1String(field);
    };
    check(a.name == b.name, "name");
    check(a.categories == b.categories, "categories");
    check(a.region == b.region, "region");
    check(addressLine(a.address) == addressLine(b.address), "address");
    check(a.phone == b.phone, "phone");
    check(a.website == b.website, "website");
    check(sameHours(a.hours, b.hours), "hours");
    return fields;
}

void compareOrganisations(const Pack &before, const Pack &after, Changes &out)
{
    auto find = [](const Pack &pack, const QString &id) -> const Organisation * {
        for (const Organisation &o : pack.organisations) {
            if (o.id == id)
                return &o;
        }
        return nullptr;
    };
    auto about = [](const Organisation &o) {
        return QJsonObject{{QStringLiteral("organisation"), o.name}, {QStringLiteral("organisation_id"), o.id}};
    };
    for (const Organisation &o : after.organisations) {
        if (!find(before, o.id))
            add(out, "organisation_added", about(o));
    }
    for (const Organisation &o : before.organisations) {
        if (!find(after, o.id))
            add(out, "organisation_removed", about(o));
    }
    for (const Organisation &o : after.organisations) {
        const Organisation *old = find(before, o.id);
        const QStringList fields = old ? organisationChanges(*old, o) : QStringList();
        if (!fields.isEmpty())
            add(out, "organisation_changed", with(about(o), QStringLiteral("fields"), QJsonArray::fromStringList(fields)));
    }
}

void compareCalendar(const Pack &before, const Pack &after, Changes &out)
{
    QStringList names = after.calendar.periods.keys();
    for (const QString &name : before.calendar.periods.keys()) {
        if (!names.contains(name))
            names << name;
    }
    names.sort();
    for (const QString &name : std::as_const(names)) {
        const QJsonObject about{{QStringLiteral("period"), name}};
        if (!before.calendar.periods.contains(name))
            add(out, "period_added", about);
        else if (!after.calendar.periods.contains(name))
            add(out, "period_removed", about);
        else
            compareDateRanges(about, before.calendar.periods.value(name), after.calendar.periods.value(name),
                              "period_range_removed", "period_range_added", out);
    }
    compareDateRanges({}, before.calendar.holidays, after.calendar.holidays, "holiday_removed", "holiday_added", out);
}

std::optional<Pack> loadForComparison(const PackFiles &files, const char *which, QString *error)
{
    PackLoader loader(files);
    std::optional<Pack> pack = loader.load();
    if (!pack) {
        const QList<PackProblem> &problems = loader.problems();
        *error = QStringLiteral("the %1 pack does not load: %2 (%3 problem(s); run guichet-pack validate)")
                     .arg(QLatin1String(which), problems.isEmpty() ? QString() : problems.first().toString())
                     .arg(problems.size());
    }
    return pack;
}

// ---------------------------------------------------------------------------------------------
// Words: a table of templates, one line per kind of change, in English, French and Dutch.

enum Lang { En, Fr, Nl };
using Words = std::array<const char *, 3>; // en, fr, nl (UTF-8)
const Words kLanguageCodes = {"en", "fr", "nl"};

/** How a kind of change is said. `{name}` is replaced by that detail, rendered for the
 *  language (a day, a time range, dates, a list of fields); `many` is for a count above one. */
struct Wording {
    const char *kind;
    Words one;
    Words many;
};

// clang-format off
const Wording kWordings[] = {
    {"language_added",   {"language {language} added", "langue {language} ajoutée", "taal {language} toegevoegd"}, {}},
    {"language_removed", {"language {language} removed", "langue {language} supprimée", "taal {language} verwijderd"}, {}},

    {"texts_changed", {"1 text changed in {language}", "1 texte modifié en {language}", "1 tekst gewijzigd in {language}"},
                      {"{count} texts changed in {language}", "{count} textes modifiés en {language}", "{count} teksten gewijzigd in {language}"}},
    {"texts_added",   {"1 text added in {language}", "1 texte ajouté en {language}", "1 tekst toegevoegd in {language}"},
                      {"{count} texts added in {language}", "{count} textes ajoutés en {language}", "{count} teksten toegevoegd in {language}"}},
    {"texts_removed", {"1 text removed in {language}", "1 texte supprimé en {language}", "1 tekst verwijderd in {language}"},
                      {"{count} texts removed in {language}", "{count} textes supprimés en {language}", "{count} teksten verwijderd in {language}"}},

    {"translation_added",   {"interface translation {language} added", "traduction de l'interface {language} ajoutée", "interfacevertaling {language} toegevoegd"}, {}},
    {"translation_changed", {"interface translation {language} changed", "traduction de l'interface {language} modifiée", "interfacevertaling {language} gewijzigd"}, {}},
    {"translation_removed", {"interface translation {language} removed", "traduction de l'interface {language} supprimée", "interfacevertaling {language} verwijderd"}, {}},

    {"voice_added",   {"voice profile {language} added", "profil de voix {language} ajouté", "stemprofiel {language} toegevoegd"}, {}},
    {"voice_changed", {"voice profile {language} changed", "profil de voix {language} modifié", "stemprofiel {language} gewijzigd"}, {}},
    {"voice_removed", {"voice profile {language} removed", "profil de voix {language} supprimé", "stemprofiel {language} verwijderd"}, {}},

    {"office_added",   {"office {office} added", "bureau {office} ajouté", "kantoor {office} toegevoegd"}, {}},
    {"office_removed", {"office {office} removed", "bureau {office} supprimé", "kantoor {office} verwijderd"}, {}},
    {"office_renamed", {"office {before} renamed {after}", "bureau {before} renommé {after}", "kantoor {before} hernoemd tot {after}"}, {}},
    {"office_phone_changed",     {"{office}: phone {before} → {after}", "{office} : téléphone {before} → {after}", "{office}: telefoon {before} → {after}"}, {}},
    {"office_address_changed",   {"{office}: address {before} → {after}", "{office} : adresse {before} → {after}", "{office}: adres {before} → {after}"}, {}},
    {"office_time_zone_changed", {"{office}: time zone {before} → {after}", "{office} : fuseau horaire {before} → {after}", "{office}: tijdzone {before} → {after}"}, {}},
    {"hours_added",   {"{office}: {day} {range} added", "{office} : {day} {range} ajouté", "{office}: {day} {range} toegevoegd"}, {}},
    {"hours_removed", {"{office}: {day} {range} removed", "{office} : {day} {range} supprimé", "{office}: {day} {range} verwijderd"}, {}},
    {"closure_added",   {"{office}: closure {dates} added", "{office} : fermeture {dates} ajoutée", "{office}: sluiting {dates} toegevoegd"}, {}},
    {"closure_removed", {"{office}: closure {dates} removed", "{office} : fermeture {dates} supprimée", "{office}: sluiting {dates} verwijderd"}, {}},
    {"office_service_added",   {"{office}: {service} now offered", "{office} : {service} désormais proposé", "{office}: {service} nu aangeboden"}, {}},
    {"office_service_removed", {"{office}: {service} no longer offered", "{office} : {service} n'est plus proposé", "{office}: {service} niet meer aangeboden"}, {}},
    {"service_hours_added",   {"{office}: {service} {day} {range} added", "{office} : {service} {day} {range} ajouté", "{office}: {service} {day} {range} toegevoegd"}, {}},
    {"service_hours_removed", {"{office}: {service} {day} {range} removed", "{office} : {service} {day} {range} supprimé", "{office}: {service} {day} {range} verwijderd"}, {}},

    {"service_added",   {"service {service} added", "service {service} ajouté", "dienst {service} toegevoegd"}, {}},
    {"service_removed", {"service {service} removed", "service {service} supprimé", "dienst {service} verwijderd"}, {}},
    {"service_duration_changed", {"service {service}: {before} → {after} min", "service {service} : {before} → {after} min", "dienst {service}: {before} → {after} min"}, {}},
    {"service_seats_changed", {"service {service}: {before} → {after} seats per slot", "service {service} : {before} → {after} places par créneau",
                               "dienst {service}: {before} → {after} plaatsen per tijdslot"}, {}},

    {"organisation_added",   {"organisation {organisation} added", "organisme {organisation} ajouté", "organisatie {organisation} toegevoegd"}, {}},
    {"organisation_removed", {"organisation {organisation} removed", "organisme {organisation} supprimé", "organisatie {organisation} verwijderd"}, {}},
    {"organisation_changed", {"organisation {organisation} changed ({fields})", "organisme {organisation} modifié ({fields})", "organisatie {organisation} gewijzigd ({fields})"}, {}},

    {"period_added",   {"calendar: period {period} added", "calendrier : période {period} ajoutée", "kalender: periode {period} toegevoegd"}, {}},
    {"period_removed", {"calendar: period {period} removed", "calendrier : période {period} supprimée", "kalender: periode {period} verwijderd"}, {}},
    {"period_range_added",   {"calendar: period {period} {dates} added", "calendrier : période {period} {dates} ajoutée", "kalender: periode {period} {dates} toegevoegd"}, {}},
    {"period_range_removed", {"calendar: period {period} {dates} removed", "calendrier : période {period} {dates} supprimée", "kalender: periode {period} {dates} verwijderd"}, {}},
    {"holiday_added",   {"holiday {dates} added", "jour férié {dates} ajouté", "feestdag {dates} toegevoegd"}, {}},
    {"holiday_removed", {"holiday {dates} removed", "jour férié {dates} supprimé", "feestdag {dates} verwijderd"}, {}},

    {"pictograms_added",   {"1 pictogram added", "1 pictogramme ajouté", "1 pictogram toegevoegd"},
                           {"{count} pictograms added", "{count} pictogrammes ajoutés", "{count} pictogrammen toegevoegd"}},
    {"pictograms_changed", {"1 pictogram changed", "1 pictogramme modifié", "1 pictogram gewijzigd"},
                           {"{count} pictograms changed", "{count} pictogrammes modifiés", "{count} pictogrammen gewijzigd"}},
    {"pictograms_removed", {"1 pictogram removed", "1 pictogramme supprimé", "1 pictogram verwijderd"},
                           {"{count} pictograms removed", "{count} pictogrammes supprimés", "{count} pictogrammen verwijderd"}},
    {"audio_added",   {"1 audio clip added in {language}", "1 enregistrement ajouté en {language}", "1 opname toegevoegd in {language}"},
                      {"{count} audio clips added in {language}", "{count} enregistrements ajoutés en {language}", "{count} opnames toegevoegd in {language}"}},
    {"audio_changed", {"1 audio clip changed in {language}", "1 enregistrement modifié en {language}", "1 opname gewijzigd in {language}"},
                      {"{count} audio clips changed in {language}", "{count} enregistrements modifiés en {language}", "{count} opnames gewijzigd in {language}"}},
    {"audio_removed", {"1 audio clip removed in {language}", "1 enregistrement supprimé en {language}", "1 opname verwijderd in {language}"},
                      {"{count} audio clips removed in {language}", "{count} enregistrements supprimés en {language}", "{count} opnames verwijderd in {language}"}},
};

const std::array<Words, 7> kDayNames = {{
    {"Monday", "lundi", "maandag"},   {"Tuesday", "mardi", "dinsdag"},     {"Wednesday", "mercredi", "woensdag"},
    {"Thursday", "jeudi", "donderdag"}, {"Friday", "vendredi", "vrijdag"}, {"Saturday", "samedi", "zaterdag"},
    {"Sunday", "dimanche", "zondag"},
}};

const QHash<QString, Words> kFieldNames = {
    {QStringLiteral("name"), {"name", "nom", "naam"}},
    {QStringLiteral("categories"), {"categories", "catégories", "categorieën"}},
    {QStringLiteral("region"), {"region", "région", "regio"}},
    {QStringLiteral("address"), {"address", "adresse", "adres"}},
    {QStringLiteral("phone"), {"phone", "téléphone", "telefoon"}},
    {QStringLiteral("website"), {"website", "site web", "website"}},
    {QStringLiteral("hours"), {"hours", "horaires", "openingsuren"}},
};

const Words kOnlyDuring = {"({period} only)", "({period} seulement)", "(alleen {period})"};
const Words kOneDay = {"on {from}", "le {from}", "op {from}"};
const Words kDaySpan = {"from {from} to {to}", "du {from} au {to}", "van {from} tot {to}"};
const Words kListSeparator = {", ", ", ", ", "};
const Words kNoChange = {"no change", "aucun changement", "geen wijziging"};
// clang-format on

QString word(const Words &words, Lang lang)
{
    return QString::fromUtf8(words[size_t(lang)]);
}

Lang langOf(const QString &language)
{
    const QString base = language.section(u'-', 0, 0).toLower();
    if (base == QLatin1String("fr"))
        return Fr;
    if (base == QLatin1String("nl"))
        return Nl;
    return En;
}

QString detail(const QJsonObject &details, const QString &name)
{
    const QJsonValue v = details.value(name);
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

QString fill(const QString &pattern, const QJsonObject &details, Lang lang);

QString dayName(const QJsonObject &details, Lang lang)
{
    const int day = int(std::find_if(kDays.cbegin(), kDays.cend(),
                                     [&](const char *d) { return details.value(QStringLiteral("day")).toString() == QLatin1String(d); })
                        - kDays.cbegin());
    return day < 7 ? word(kDayNames[size_t(day)], lang) : detail(details, QStringLiteral("day"));
}

/** "17:00-20:00", with its calendar period when it has one. */
QString timeRange(const QJsonObject &details, Lang lang)
{
    QString range = detail(details, QStringLiteral("from")) + u'-' + detail(details, QStringLiteral("to"));
    const QString only = detail(details, QStringLiteral("only"));
    const QString onlyTitle = details.value(QStringLiteral("only_title")).toObject().value(QString::fromUtf8(kLanguageCodes[size_t(lang)])).toString();
    if (!onlyTitle.isEmpty()) // as visitors read it: "(during school term)"
        range += QStringLiteral(" (%1)").arg(onlyTitle);
    else if (!only.isEmpty())
        range += u' ' + fill(word(kOnlyDuring, lang), {{QStringLiteral("period"), only}}, lang);
    return range;
}

QString dates(const QJsonObject &details, Lang lang)
{
    const bool oneDay = details.value(QStringLiteral("from")) == details.value(QStringLiteral("to"));
    return fill(word(oneDay ? kOneDay : kDaySpan, lang), details, lang);
}

QString fieldList(const QJsonObject &details, Lang lang)
{
    QStringList names;
    for (const QJsonValue &f : details.value(QStringLiteral("fields")).toArray()) {
        const auto known = kFieldNames.constFind(f.toString());
        names << (known == kFieldNames.cend() ? f.toString() : word(*known, lang));
    }
    return names.join(word(kListSeparator, lang));
}

/** A service by its title in the staff's language, in quotes; its id when the pack has no title. */
QString serviceName(const QJsonObject &details, Lang lang)
{
    static const Words quoted = {"\u201C%1\u201D", "\u00AB\u00A0%1\u00A0\u00BB", "\u201C%1\u201D"};
    const QJsonObject titles = details.value(QStringLiteral("service_title")).toObject();
    const QString title = titles.value(QString::fromUtf8(kLanguageCodes[size_t(lang)])).toString();
    return title.isEmpty() ? detail(details, QStringLiteral("service")) : word(quoted, lang).arg(title);
}

/** Replaces each {name} of pattern: the rendered placeholders first, else the detail itself. */
QString fill(const QString &pattern, const QJsonObject &details, Lang lang)
{
    using Render = QString (*)(const QJsonObject &, Lang);
    static const QHash<QString, Render> rendered = {
        {QStringLiteral("day"), dayName},
        {QStringLiteral("range"), timeRange},
        {QStringLiteral("dates"), dates},
        {QStringLiteral("fields"), fieldList},
        {QStringLiteral("service"), serviceName},
    };
    static const QRegularExpression placeholder(QStringLiteral("\\{([a-z_]+)\\}"));
    QString result;
    qsizetype done = 0;
    for (auto it = placeholder.globalMatch(pattern); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        result += QStringView(pattern).mid(done, m.capturedStart() - done);
        const QString name = m.captured(1);
        const auto render = rendered.constFind(name);
        result += render == rendered.cend() ? detail(details, name) : (*render)(details, lang);
        done = m.capturedEnd();
    }
    result += QStringView(pattern).mid(done);
    return result;
}

/** A pack text in the languages changes are described in. */
QJsonObject titlesOf(const Pack &pack, const QString &key)
{
    QJsonObject titles;
    for (const char *code : kLanguageCodes) {
        const QString language = QString::fromUtf8(code);
        if (pack.hasText(key, language))
            titles.insert(language, pack.text(key, language));
    }
    return titles;
}

/** Staff know a service by its title and a period by its words ("during school term"), not by
 *  their ids: each change about one carries them (from the new pack, or the old for one removed). */
void nameServices(const Pack &before, const Pack &after, QList<Change> &changes)
{
    for (Change &change : changes) {
        const QString id = change.details.value(QStringLiteral("service")).toString();
        if (!id.isEmpty())
            change.details.insert(QStringLiteral("service_title"), titlesOf(after.service(id) ? after : before, QStringLiteral("service.%1.title").arg(id)));
        const QString period = change.details.value(QStringLiteral("only")).toString();
        if (!period.isEmpty()) {
            const QString key = QStringLiteral("period.%1").arg(period);
            change.details.insert(QStringLiteral("only_title"), titlesOf(after.hasText(key, after.sourceLanguage) ? after : before, key));
        }
    }
}

const Wording *wordingOf(const QString &kind)
{
    for (const Wording &w : kWordings) {
        if (kind == QLatin1String(w.kind))
            return &w;
    }
    return nullptr;
}

} // namespace

QJsonObject Change::toJson() const
{
    QJsonObject o = details;
    o.insert(QStringLiteral("kind"), kind);
    return o;
}

std::optional<QList<Change>> compare(const PackFiles &before, const PackFiles &after, QString *error)
{
    const std::optional<Pack> old = loadForComparison(before, "first", error);
    if (!old)
        return std::nullopt;
    const std::optional<Pack> now = loadForComparison(after, "second", error);
    if (!now)
        return std::nullopt;
    Changes changes;
    compareLanguages(*old, *now, changes);
    compareTexts(*old, *now, changes);
    compareTranslations(before, after, changes);
    compareVoices(before, after, changes);
    compareOffices(*old, *now, changes);
    compareServices(*old, *now, changes);
    compareOrganisations(*old, *now, changes);
    compareCalendar(*old, *now, changes);
    comparePictograms(before, after, changes);
    compareAudioClips(before, after, *old, *now, changes);
    nameServices(*old, *now, changes);
    return changes;
}

QString describe(const Change &change, const QString &language)
{
    const Wording *wording = wordingOf(change.kind);
    if (!wording) // a kind newer than this table: still readable
        return change.kind + u' ' + QString::fromUtf8(QJsonDocument(change.details).toJson(QJsonDocument::Compact));
    const Lang lang = langOf(language);
    const bool many = change.details.value(QStringLiteral("count")).toInt() > 1 && wording->many[0];
    return fill(word(many ? wording->many : wording->one, lang), change.details, lang);
}

QString describeAll(const QList<Change> &changes, const QString &language)
{
    QStringList parts;
    for (const Change &c : changes)
        parts << describe(c, language);
    return parts.isEmpty() ? word(kNoChange, langOf(language)) : parts.join(QStringLiteral("; "));
}

} // namespace guichet::packdiff
