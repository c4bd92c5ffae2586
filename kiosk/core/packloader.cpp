// SPDX-License-Identifier: GPL-3.0-or-later
#include "packloader.h"

#include "jsonlineindex.h"
#include "jsonpath.h"

#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QTimeZone>

namespace guichet {

using jsonpath::at;
using jsonpath::join;

namespace {

const QStringList kWeekdays = {QStringLiteral("mon"), QStringLiteral("tue"), QStringLiteral("wed"),
                               QStringLiteral("thu"), QStringLiteral("fri"), QStringLiteral("sat"),
                               QStringLiteral("sun")};
QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::String: return QStringLiteral("a text in quotes");
    case QJsonValue::Double: return QStringLiteral("a number");
    case QJsonValue::Bool: return QStringLiteral("true or false");
    case QJsonValue::Array: return QStringLiteral("a list [ ... ]");
    case QJsonValue::Object: return QStringLiteral("an object { ... }");
    default: return QStringLiteral("a value");
    }
}

} // namespace

PackLoader::PackLoader(const PackSource &source)
    : m_source(source)
{
}

PackLoader::~PackLoader() = default;

bool PackLoader::open(const QString &file)
{
    m_file = file;
    m_root = {};
    m_lines.reset();
    const std::optional<QByteArray> bytes = m_source.read(file);
    if (!bytes) {
        problem({}, QStringLiteral("file is missing"));
        return false;
    }
    m_bytes = *bytes;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        m_problems.append({file, JsonLineIndex::lineAtOffset(m_bytes, error.offset), {},
                           QStringLiteral("broken JSON: %1").arg(error.errorString())});
        return false;
    }
    if (!doc.isObject()) {
        problem({}, QStringLiteral("the file must hold one JSON object { ... }"));
        return false;
    }
    m_root = doc.object();
    m_lines = std::make_unique<JsonLineIndex>(m_bytes);
    return true;
}

void PackLoader::problem(const QString &key, const QString &message)
{
    m_problems.append({m_file, m_lines ? m_lines->lineOf(key) : 0, key, message});
}

QJsonValue PackLoader::field(const QJsonObject &obj, const QString &path, const QString &key,
                             QJsonValue::Type type)
{
    const QString where = join(path, key);
    const auto it = obj.constFind(key);
    if (it == obj.constEnd()) {
        problem(where, QStringLiteral("missing key \"%1\"").arg(key));
        return {};
    }
    if (it->type() != type) {
        problem(where, QStringLiteral("must be %1").arg(typeName(type)));
        return {};
    }
    return *it;
}

QString PackLoader::string(const QJsonObject &obj, const QString &path, const QString &key)
{
    const QString s = field(obj, path, key, QJsonValue::String).toString();
    if (obj.value(key).isString() && s.trimmed().isEmpty())
        problem(join(path, key), QStringLiteral("must not be empty"));
    return s;
}

QString PackLoader::optionalString(const QJsonObject &obj, const QString &path, const QString &key)
{
    const QJsonValue v = obj.value(key);
    if (v.isUndefined() || v.isNull())
        return {};
    if (!v.isString())
        problem(join(path, key), QStringLiteral("must be %1").arg(typeName(QJsonValue::String)));
    return v.toString();
}

int PackLoader::positiveInt(const QJsonObject &obj, const QString &path, const QString &key)
{
    const double v = field(obj, path, key, QJsonValue::Double).toDouble();
    if (obj.value(key).isDouble() && (v < 1 || v > std::numeric_limits<int>::max() || v != int(v))) {
        problem(join(path, key), QStringLiteral("must be a whole number of 1 or more"));
        return 0;
    }
    return int(v);
}

QJsonArray PackLoader::array(const QJsonObject &obj, const QString &path, const QString &key)
{
    return field(obj, path, key, QJsonValue::Array).toArray();
}

QTime PackLoader::time(const QJsonObject &obj, const QString &path, const QString &key)
{
    const QString s = field(obj, path, key, QJsonValue::String).toString();
    static const QRegularExpression hhmm(QStringLiteral("^\\d\\d:\\d\\d$"));
    const QTime t = QTime::fromString(s, QStringLiteral("HH:mm"));
    if (obj.value(key).isString() && (!hhmm.match(s).hasMatch() || !t.isValid()))
        problem(join(path, key), QStringLiteral("\"%1\" is not a time: write HH:MM, e.g. 09:00 or 17:30").arg(s));
    return t;
}

QDate PackLoader::date(const QJsonObject &obj, const QString &path, const QString &key)
{
    const QString s = field(obj, path, key, QJsonValue::String).toString();
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (obj.value(key).isString() && (!d.isValid() || s.size() != 10))
        problem(join(path, key), QStringLiteral("\"%1\" is not a date: write YYYY-MM-DD, e.g. 2026-12-25").arg(s));
    return d;
}

QString PackLoader::id(const QJsonObject &obj, const QString &path, QSet<QString> &seen)
{
    const QString value = string(obj, path, QStringLiteral("id"));
    static const QRegularExpression shape(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    if (value.isEmpty())
        return value;
    if (!shape.match(value).hasMatch())
        problem(join(path, QStringLiteral("id")),
                QStringLiteral("\"%1\" is not a valid id: use lowercase letters, digits and dashes").arg(value));
    else if (seen.contains(value))
        problem(join(path, QStringLiteral("id")), QStringLiteral("duplicate id \"%1\"").arg(value));
    seen.insert(value);
    return value;
}

Address PackLoader::address(const QJsonObject &obj, const QString &path)
{
    const QJsonObject a = field(obj, path, QStringLiteral("address"), QJsonValue::Object).toObject();
    const QString where = join(path, QStringLiteral("address"));
    if (a.isEmpty())
        return {};
    Address result{string(a, where, QStringLiteral("street")), string(a, where, QStringLiteral("postcode")),
                   string(a, where, QStringLiteral("city")), {}};
    const QString key = QStringLiteral("city_by_language");
    const QJsonValue names = a.value(key);
    if (names.isUndefined())
        return result;
    if (!names.isObject()) {
        problem(join(where, key), QStringLiteral("must be an object of language codes and city names, such as {\"nl\": \"Brussel\"}"));
        return result;
    }
    const QJsonObject byLanguage = names.toObject();
    for (auto it = byLanguage.begin(); it != byLanguage.end(); ++it) {
        if (!m_languageCodes.contains(it.key()))
            problem(join(join(where, key), it.key()), QStringLiteral("\"%1\" is not one of the pack's languages").arg(it.key()));
        else if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
            problem(join(join(where, key), it.key()), QStringLiteral("must be the city's name, a string that is not empty"));
        else
            result.cityByLanguage.insert(it.key(), it.value().toString());
    }
    return result;
}

QString PackLoader::phone(const QJsonObject &obj, const QString &path, bool required)
{
    const QString p = required ? string(obj, path, QStringLiteral("phone"))
                               : optionalString(obj, path, QStringLiteral("phone"));
    static const QRegularExpression e164(QStringLiteral("^\\+[1-9]\\d{6,14}$"));
    if (!p.isEmpty() && !e164.match(p).hasMatch())
        problem(join(path, QStringLiteral("phone")),
                QStringLiteral("\"%1\" is not an international number: write it as +3222794970").arg(p));
    return p;
}

QList<DateRange> PackLoader::dateRanges(const QJsonArray &list, const QString &path, bool withReason)
{
    QList<DateRange> ranges;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QString where = at(path, i);
        if (!list.at(i).isObject()) {
            problem(where, QStringLiteral("must be %1").arg(typeName(QJsonValue::Object)));
            continue;
        }
        const QJsonObject r = list.at(i).toObject();
        DateRange range{date(r, where, QStringLiteral("from")), date(r, where, QStringLiteral("to")),
                        withReason ? string(r, where, QStringLiteral("reason")) : QString()};
        if (range.from.isValid() && range.to.isValid() && range.to < range.from)
            problem(where, QStringLiteral("ends before it starts"));
        ranges.append(range);
    }
    return ranges;
}

OpeningHours PackLoader::hours(const QJsonObject &obj, const QString &path, bool required)
{
    OpeningHours result;
    const QString where = join(path, QStringLiteral("hours"));
    if (!required && !obj.contains(QStringLiteral("hours")))
        return result;
    const QJsonObject week = field(obj, path, QStringLiteral("hours"), QJsonValue::Object).toObject();
    for (auto it = week.begin(); it != week.end(); ++it) {
        const int day = int(kWeekdays.indexOf(it.key()));
        const QString dayPath = join(where, it.key());
        if (day < 0) {
            problem(dayPath, QStringLiteral("\"%1\" is not a day: use mon, tue, wed, thu, fri, sat, sun").arg(it.key()));
            continue;
        }
        if (!it->isArray()) {
            problem(dayPath, QStringLiteral("must be %1").arg(typeName(QJsonValue::Array)));
            continue;
        }
        const QJsonArray ranges = it->toArray();
        for (qsizetype i = 0; i < ranges.size(); ++i) {
            const QJsonObject r = ranges.at(i).toObject();
            const QString rangePath = at(dayPath, i);
            HourRange range{time(r, rangePath, QStringLiteral("from")), time(r, rangePath, QStringLiteral("to")),
                            optionalString(r, rangePath, QStringLiteral("only"))};
            if (range.from.isValid() && range.to.isValid() && range.to <= range.from)
                problem(rangePath, QStringLiteral("closes (%1) before it opens (%2)")
                                       .arg(range.to.toString(QStringLiteral("HH:mm")),
                                            range.from.toString(QStringLiteral("HH:mm"))));
            result.weekly[day].append(range);
        }
        std::sort(result.weekly[day].begin(), result.weekly[day].end(),
                  [](const HourRange &a, const HourRange &b) { return a.from < b.from; });
    }
    if (obj.contains(QStringLiteral("closures")))
        result.closures = dateRanges(array(obj, path, QStringLiteral("closures")),
                                     join(path, QStringLiteral("closures")), true);
    return result;
}

void PackLoader::checkPictogram(const QString &name, const QString &path)
{
    if (!name.isEmpty() && !m_source.exists(QStringLiteral("pictograms/%1.svg").arg(name)))
        problem(path, QStringLiteral("no pictogram file pictograms/%1.svg").arg(name));
}

void PackLoader::checkPeriods(const Pack &pack, const OpeningHours &hours, const QString &path)
{
    for (int day = 0; day < 7; ++day) {
        for (qsizetype i = 0; i < hours.weekly[day].size(); ++i) {
            const QString &period = hours.weekly[day].at(i).onlyDuring;
            if (!period.isEmpty() && !pack.calendar.periods.contains(period))
                problem(join(at(join(join(path, QStringLiteral("hours")), kWeekdays[day]), i), QStringLiteral("only")),
                        QStringLiteral("unknown calendar period \"%1\" (calendar.json periods)").arg(period));
        }
    }
}

std::optional<Pack> PackLoader::load()
{
    m_problems.clear();
    Pack pack;
    QStringList languageCodes;
    readManifest(pack, languageCodes);
    readLanguages(pack, languageCodes);
    m_languageCodes = languageCodes;
    readCalendar(pack);
    readServices(pack);
    readOffices(pack);
    readProgramme(pack);
    readOrganisations(pack);
    readEligibility(pack);
    readTexts(pack);
    checkReferences(pack);
    if (!m_problems.isEmpty())
        return std::nullopt;
    return pack;
}

} // namespace guichet
