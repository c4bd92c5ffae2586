// SPDX-License-Identifier: GPL-3.0-or-later
#include "packs.h"

#include "apierror.h"
#include "clock.h"
#include "database.h"
#include "packarchive.h"
#include "packdiff.h"
#include "packloader.h"
#include "packsignature.h"
#include "packversion.h"
#include "schedule.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace guichet::server::packs {

namespace {

const QString kColumns = QStringLiteral("version, sha256, size, signature");

QJsonObject rowJson(const QSqlQuery &q)
{
    return {{QStringLiteral("version"), q.value(0).toString()},
            {QStringLiteral("sha256"), q.value(1).toString()},
            {QStringLiteral("size"), q.value(2).toLongLong()},
            {QStringLiteral("signature"), q.value(3).toString()}};
}

QString isoUtc(const QDateTime &moment)
{
    return moment.toUTC().toString(Qt::ISODate);
}

/** An archive that is intact, signed by a trusted key, of a well-formed version and not
 *  expired: what publishing and previewing check first, before reading the database. */
struct Checked {
    PackFiles files;
    packsignature::Signed signedPart;
    QString sha256;
    QString signature;
    qint64 size = 0;

    [[nodiscard]] const QString &version() const { return signedPart.version; }
    [[nodiscard]] QJsonObject json() const
    {
        return {{QStringLiteral("version"), version()},
                {QStringLiteral("sha256"), sha256},
                {QStringLiteral("size"), size},
                {QStringLiteral("signature"), signature}};
    }
};

Checked check(const QList<QByteArray> &trustedKeys, const QByteArray &bytes)
{
    if (trustedKeys.isEmpty())
        throw forbidden(QStringLiteral("this server trusts no pack key: start it with --pack-key FILE"));
    QString error;
    std::optional<PackFiles> files = readPackArchive(bytes, &error);
    if (!files)
        throw invalid(QStringLiteral("body"), error);
    std::optional<packsignature::Signed> signedPart = packsignature::verify(*files, trustedKeys, &error);
    if (!signedPart)
        throw invalid(QStringLiteral("signature"), error);
    // Kiosks install only a greater version than the one they run: a version that does not
    // compare could never be installed.
    if (!packversion::isValid(signedPart->version))
        throw invalid(QStringLiteral("version"), QStringLiteral("\"%1\" is not a version: whole numbers separated by dots, such as 2026.12.4").arg(signedPart->version));
    // Kiosks refuse an expired pack: publishing one would only fill their refusal column.
    if (signedPart->expiredAt(Clock::now()))
        throw ApiError{422, QStringLiteral("expired"),
                       QStringLiteral("the pack expired on %1: build it again with a later --expires").arg(isoUtc(signedPart->expires))};
    Checked checked;
    checked.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    checked.signature = QJsonDocument::fromJson(files->files.value(QLatin1String(packsignature::kFile))).object().value(QStringLiteral("signature")).toString();
    checked.size = bytes.size();
    checked.files = std::move(*files);
    checked.signedPart = std::move(*signedPart);
    return checked;
}

/** a comes after b: by version number; a version published before versions were checked
 *  (one that does not compare) comes before every one that does. */
bool isAfter(const QString &a, const QString &b)
{
    const bool validA = packversion::isValid(a);
    const bool validB = packversion::isValid(b);
    if (validA && validB)
        return packversion::compare(a, b) > 0;
    return validA && !validB;
}

/** The pack published last: published_at is in seconds, so of two published in the same
 *  second the greater version (the later one, since versions only grow). */
std::optional<QJsonObject> latestRow()
{
    QSqlQuery q = Database::run(QStringLiteral("SELECT %1 FROM packs WHERE published_at = (SELECT MAX(published_at) FROM packs)").arg(kColumns));
    std::optional<QJsonObject> latest;
    while (q.next()) {
        const QJsonObject row = rowJson(q);
        if (!latest || isAfter(row.value(QStringLiteral("version")).toString(), latest->value(QStringLiteral("version")).toString()))
            latest = row;
    }
    return latest;
}

/**
 * The archive's place among the published packs: its row when these very bytes are published
 * already (a replay), nothing when it may follow the latest. Refuses its version published with
 * other bytes, and a version not greater than the latest (kiosks would never install it).
 */
std::optional<QJsonObject> publishedAlready(const Checked &checked)
{
    QSqlQuery existing = Database::run(QStringLiteral("SELECT %1 FROM packs WHERE version = ?").arg(kColumns), {checked.version()});
    if (existing.next()) {
        if (existing.value(1).toString() != checked.sha256)
            throw ApiError{409, QStringLiteral("version_exists"), QStringLiteral("version %1 was published with other content: give the pack a new version").arg(checked.version())};
        return rowJson(existing);
    }
    const std::optional<QJsonObject> latest = latestRow();
    if (latest && !isAfter(checked.version(), latest->value(QStringLiteral("version")).toString()))
        throw ApiError{409, QStringLiteral("stale_version"),
                       QStringLiteral("version %1 is not greater than %2, the latest published: give the pack a greater version")
                           .arg(checked.version(), latest->value(QStringLiteral("version")).toString())};
    return std::nullopt;
}

ApiError packProblems(const QStringList &problems)
{
    return invalid(QStringLiteral("pack"), QStringLiteral("the pack has %1 problem(s): %2").arg(problems.size()).arg(problems.mid(0, 5).join(QStringLiteral("; "))));
}

void validate(const PackFiles &files)
{
    PackLoader loader(files);
    if (loader.load())
        return;
    QStringList problems;
    for (const PackProblem &p : loader.problems())
        problems << p.toString();
    throw packProblems(problems);
}

/** The preview's own sentences, for the cases where there is nothing to compare. */
QString sentence(const QString &key, const QString &language)
{
    static const QHash<QString, QHash<QString, QString>> sentences{
        {QStringLiteral("first"),
         {{QStringLiteral("fr"), QStringLiteral("Premier contenu publié : il n’y a rien à comparer.")},
          {QStringLiteral("nl"), QStringLiteral("Eerste gepubliceerde inhoud: er is niets om mee te vergelijken.")},
          {QStringLiteral("en"), QStringLiteral("The first pack published: there is nothing to compare it with.")}}},
        {QStringLiteral("again"),
         {{QStringLiteral("fr"), QStringLiteral("Cette version est déjà publiée : la publier à nouveau ne change rien.")},
          {QStringLiteral("nl"), QStringLiteral("Deze versie is al gepubliceerd: opnieuw publiceren verandert niets.")},
          {QStringLiteral("en"), QStringLiteral("This version is already published: publishing it again changes nothing.")}}},
        {QStringLiteral("unknown"),
         {{QStringLiteral("fr"), QStringLiteral("Impossible de comparer avec la version publiée.")},
          {QStringLiteral("nl"), QStringLiteral("Vergelijken met de gepubliceerde versie lukt niet.")},
          {QStringLiteral("en"), QStringLiteral("Cannot compare with the published version.")}}},
    };
    return sentences.value(key).value(language);
}

/** changes, summary and, when the published pack cannot be compared, compare_error. */
QJsonObject comparison(const QString &againstVersion, const PackFiles &after, const QString &language)
{
    QString error;
    std::optional<PackFiles> before = readPackArchive(archive(againstVersion), &error);
    std::optional<QList<packdiff::Change>> changes;
    if (before)
        changes = packdiff::compare(*before, after, &error);
    if (!changes) // the new pack validated, so it is the published one that does not load
        return {{QStringLiteral("changes"), QJsonValue::Null},
                {QStringLiteral("summary"), sentence(QStringLiteral("unknown"), language)},
                {QStringLiteral("compare_error"), error}};
    QJsonArray list;
    for (const packdiff::Change &change : std::as_const(*changes)) {
        QJsonObject item = change.toJson();
        item.insert(QStringLiteral("text"), packdiff::describe(change, language));
        list.append(item);
    }
    return {{QStringLiteral("changes"), list}, {QStringLiteral("summary"), packdiff::describeAll(*changes, language)}};
}

} // namespace

Published publish(Schedule &schedule, const QList<QByteArray> &trustedKeys, const QByteArray &bytes)
{
    const Checked checked = check(trustedKeys, bytes);
    Transaction tx;
    // One publisher at a time across server processes, so that two new versions cannot both
    // pass the check against the same latest one (SQLite's transaction already holds the lock).
    if (Database::kind() == Database::Kind::Postgresql)
        Database::run(QStringLiteral("LOCK TABLE packs IN EXCLUSIVE MODE"));
    if (const std::optional<QJsonObject> row = publishedAlready(checked))
        return {*row, false}; // the same archive again
    QStringList problems;
    int offices = 0;
    int services = 0;
    if (!Schedule::import(checked.files, &problems, &offices, &services))
        throw packProblems(problems);
    Database::run(QStringLiteral("INSERT INTO packs (version, sha256, size, signature, archive, published_at) VALUES (?, ?, ?, ?, ?, ?)"),
                  {checked.version(), checked.sha256, checked.size, checked.signature, bytes, Clock::nowSecs()});
    tx.commit();
    schedule.reload();
    return {checked.json(), true};
}

QJsonObject preview(const QList<QByteArray> &trustedKeys, const QByteArray &bytes, const QString &language)
{
    const Checked checked = check(trustedKeys, bytes);
    const bool again = publishedAlready(checked).has_value();
    validate(checked.files);
    const std::optional<QJsonObject> latest = latestRow();
    const QString against = latest ? latest->value(QStringLiteral("version")).toString() : QString();
    const packsignature::Signed &s = checked.signedPart;
    QJsonObject answer{{QStringLiteral("version"), s.version},
                       {QStringLiteral("id"), s.id},
                       {QStringLiteral("created"), isoUtc(s.created)},
                       {QStringLiteral("expires"), isoUtc(s.expires)},
                       {QStringLiteral("languages"), QJsonArray::fromStringList(s.languages)},
                       {QStringLiteral("sha256"), checked.sha256},
                       {QStringLiteral("size"), checked.size},
                       {QStringLiteral("against"), latest ? QJsonValue(against) : QJsonValue::Null},
                       {QStringLiteral("first_pack"), !latest},
                       {QStringLiteral("already_published"), again}};
    // Against nothing, or against itself: no list of changes, a sentence that says why.
    if (!latest || again) {
        answer.insert(QStringLiteral("changes"), QJsonArray());
        answer.insert(QStringLiteral("summary"), sentence(latest ? QStringLiteral("again") : QStringLiteral("first"), language));
        return answer;
    }
    const QJsonObject compared = comparison(against, checked.files, language);
    for (auto it = compared.begin(); it != compared.end(); ++it)
        answer.insert(it.key(), it.value());
    return answer;
}

QJsonObject latest()
{
    const std::optional<QJsonObject> row = latestRow();
    if (!row)
        throw notFound(QStringLiteral("no pack has been published yet"));
    return *row;
}

std::optional<QString> latestVersion()
{
    const std::optional<QJsonObject> row = latestRow();
    return row ? std::optional<QString>(row->value(QStringLiteral("version")).toString()) : std::nullopt;
}

QByteArray archive(const QString &version)
{
    QSqlQuery q = Database::run(QStringLiteral("SELECT archive FROM packs WHERE version = ?"), {version});
    if (!q.next())
        throw notFound(QStringLiteral("no pack %1").arg(version));
    return q.value(0).toByteArray();
}

} // namespace guichet::server::packs
