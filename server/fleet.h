// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tokens.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace guichet::server {

/** The kiosks as staff see them: each one's last heartbeat, and "call staff" alerts. */
namespace fleet {

/** POST /kiosks/{id}/heartbeat: only the kiosk itself. */
void heartbeat(const Caller &caller, const QString &kiosk, const QJsonObject &body);
/** GET /kiosks: every kiosk that has a token or sent a heartbeat, with its age in seconds and
 *  whether it runs latestPack (the latest published version, if any). */
QJsonArray kiosks(qint64 now, const std::optional<QString> &latestPack);
/** POST /alerts: a kiosk calls staff (or reports a conflict). */
QJsonObject raise(const Caller &caller, const QJsonObject &body);
/** GET /alerts: newest first, after an id when given; only those nobody took in hand yet when openOnly. */
QJsonArray alerts(qint64 afterId, bool openOnly);
/** POST /alerts/{id}/taken: a member of staff takes the alert in hand (once; already_taken after). */
QJsonObject take(qint64 id);

} // namespace fleet

} // namespace guichet::server
