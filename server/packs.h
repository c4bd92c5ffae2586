// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace guichet::server {

class Schedule;

/**
 * Published content packs: staff upload a signed archive (guichet-pack build); it is accepted
 * only if its signature is from a trusted key, every file matches its hash, it has not expired,
 * its version is greater than the latest published one and the pack validates. It then becomes
 * the server's schedule and the version kiosks install. A preview checks the same and says
 * what would change, storing nothing.
 */
namespace packs {

struct Published {
    QJsonObject pack; // {version, sha256, size, signature}
    bool created = false;
};

/** POST /packs: throws ApiError with what is wrong (nothing changes then). */
Published publish(Schedule &schedule, const QList<QByteArray> &trustedKeys, const QByteArray &archive);
/** POST /packs/preview: what publishing the archive would change, in `language` ("fr", "nl",
 *  "en"), against the latest published pack. Throws the ApiError publish would; stores nothing. */
QJsonObject preview(const QList<QByteArray> &trustedKeys, const QByteArray &archive, const QString &language);
/** GET /packs/latest: throws not_found when none was published. */
QJsonObject latest();
/** The latest published version, or nothing before the first. */
std::optional<QString> latestVersion();
/** GET /packs/{version}: the archive as published. */
QByteArray archive(const QString &version);

} // namespace packs

} // namespace guichet::server
