// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack.h"
#include "packproblem.h"
#include "packsource.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>

namespace guichet {

class JsonLineIndex;

/**
 * Reads a content pack (FORMAT.md) and checks everything a visitor could trip on: JSON
 * syntax, missing or mistyped keys, unknown languages, bad times and dates, duplicate ids,
 * dangling references, missing texts and pictograms. Each problem names file, line and key.
 * A pack with any problem is not loaded: the kiosk keeps the one it has.
 */
class PackLoader
{
public:
    explicit PackLoader(const PackSource &source);
    ~PackLoader();

    /** The pack, or nothing when problems() is not empty. */
    [[nodiscard]] std::optional<Pack> load();
    [[nodiscard]] const QList<PackProblem> &problems() const { return m_problems; }

private:
    struct File;

    bool open(const QString &file);
    void problem(const QString &key, const QString &message);
    QJsonValue field(const QJsonObject &obj, const QString &path, const QString &key, QJsonValue::Type type);
    QString string(const QJsonObject &obj, const QString &path, const QString &key);
    QString optionalString(const QJsonObject &obj, const QString &path, const QString &key);
    int positiveInt(const QJsonObject &obj, const QString &path, const QString &key);
    QJsonArray array(const QJsonObject &obj, const QString &path, const QString &key);
    QTime time(const QJsonObject &obj, const QString &path, const QString &key);
    QDate date(const QJsonObject &obj, const QString &path, const QString &key);
    QString id(const QJsonObject &obj, const QString &path, QSet<QString> &seen);
    Address address(const QJsonObject &obj, const QString &path);
    QString phone(const QJsonObject &obj, const QString &path, bool required);
    OpeningHours hours(const QJsonObject &obj, const QString &path, bool required);
    QList<DateRange> dateRanges(const QJsonArray &list, const QString &path, bool withReason);

    void forEachObject(const QJsonArray &list, const QString &path,
                       const std::function<void(const QJsonObject &, const QString &)> &read);
    void readManifest(Pack &pack, QStringList &languageCodes);
    void readLanguages(Pack &pack, const QStringList &order);
    void readCalendar(Pack &pack);
    void readServices(Pack &pack);
    void readOffices(Pack &pack);
    void readProgramme(Pack &pack);
    void readOrganisations(Pack &pack);
    void readEligibility(Pack &pack);
    void readTexts(Pack &pack);
    void checkReferences(const Pack &pack);
    void checkTextKeys(const Pack &pack, const LanguageTexts &texts);
    [[nodiscard]] QStringList requiredTextKeys(const Pack &pack) const;
    void checkPictogram(const QString &name, const QString &path);
    void checkPeriods(const Pack &pack, const OpeningHours &hours, const QString &path);

    const PackSource &m_source;
    QList<PackProblem> m_problems;
    QStringList m_languageCodes; // the pack's languages, once the manifest is read
    QString m_file;
    QJsonObject m_root;
    std::unique_ptr<JsonLineIndex> m_lines;
    QByteArray m_bytes;
};

} // namespace guichet
