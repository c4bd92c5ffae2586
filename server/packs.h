// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace guichet::server {

class Schedule;

/**
 * Published content packs: staff upload a signed archive (guichet-pack build); it is accepted
 * only if its signature is from a trusted key, every file matches its hash and the pack
 * validates. It then becomes the server's schedule and the version kiosks install.
 */
namespace packs {

struct Published {
    QJsonObject pack; // {version, sha256, size, signature}
    bool created = false;
};

/** Largest archive accepted (every other body is limited to 64 KiB). */
constexpr qint64 kMaxArchiveBytes = 64LL * 1024 * 1024;

/** POST /packs: throws ApiError with what is wrong (nothing changes then). */
Published publish(Schedule &schedule, const QList<QByteArray> &trustedKeys, const QByteArray &archive);
/** GET /packs/latest: throws not_found when none was published. */
QJsonObject latest();
/** GET /packs/{version}: the archive as published. */
QByteArray archive(const QString &version);

} // namespace packs

} // namespace guichet::server
