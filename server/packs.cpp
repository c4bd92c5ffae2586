// SPDX-License-Identifier: GPL-3.0-or-later
#include "packs.h"

#include "apierror.h"
#include "clock.h"
#include "database.h"
#include "packarchive.h"
#include "packsignature.h"
#include "schedule.h"

#include <QCryptographicHash>
#include <QDateTime>
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
} // namespace

Published publish(Schedule &schedule, const QList<QByteArray> &trustedKeys, const QByteArray &bytes)
{
    if (trustedKeys.isEmpty())
        throw forbidden(QStringLiteral("this server trusts no pack key: start it with --pack-key FILE"));
    QString error;
    const std::optional<PackFiles> files = readPackArchive(bytes, &error);
    if (!files)
        throw invalid(QStringLiteral("body"), error);
    const std::optional<QString> version = packsignature::verify(*files, trustedKeys, &error);
    if (!version)
        throw invalid(QStringLiteral("signature"), error);
    const QString sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    const QString signature = QJsonDocument::fromJson(files->files.value(QLatin1String(packsignature::kFile))).object().value(QStringLiteral("signature")).toString();

    Transaction tx;
    QSqlQuery existing = Database::run(QStringLiteral("SELECT %1 FROM packs WHERE version = ?").arg(kColumns), {*version});
    if (existing.next()) {
        if (existing.value(1).toString() != sha256)
            throw ApiError{409, QStringLiteral("version_exists"), QStringLiteral("version %1 was published with other content: give the pack a new version").arg(*version)};
        return {rowJson(existing), false}; // the same archive again
    }
    QStringList problems;
    int offices = 0;
    int services = 0;
    if (!Schedule::import(*files, &problems, &offices, &services))
        throw invalid(QStringLiteral("pack"), QStringLiteral("the pack has %1 problem(s): %2").arg(problems.size()).arg(problems.mid(0, 5).join(QStringLiteral("; "))));
    Database::run(QStringLiteral("INSERT INTO packs (version, sha256, size, signature, archive, published_at) VALUES (?, ?, ?, ?, ?, ?)"),
                  {*version, sha256, qint64(bytes.size()), signature, bytes, Clock::nowSecs()});
    tx.commit();
    schedule.reload();
    return {QJsonObject{{QStringLiteral("version"), *version},
                        {QStringLiteral("sha256"), sha256},
                        {QStringLiteral("size"), qint64(bytes.size())},
                        {QStringLiteral("signature"), signature}},
            true};
}

QJsonObject latest()
{
    QSqlQuery q = Database::run(QStringLiteral("SELECT %1 FROM packs ORDER BY published_at DESC, version DESC LIMIT 1").arg(kColumns));
    if (!q.next())
        throw notFound(QStringLiteral("no pack has been published yet"));
    return rowJson(q);
}

QByteArray archive(const QString &version)
{
    QSqlQuery q = Database::run(QStringLiteral("SELECT archive FROM packs WHERE version = ?"), {version});
    if (!q.next())
        throw notFound(QStringLiteral("no pack %1").arg(version));
    return q.value(0).toByteArray();
}

} // namespace guichet::server::packs
