// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace guichet::server {

/** An answer other than success, as docs/PROTOCOL.md lists them: thrown by a route, sent as
 *  {"error", "message", "field"} with its HTTP status. */
struct ApiError {
    int status;
    QString code;
    QString message;
    QString field = {};
};

inline ApiError invalid(const QString &field, const QString &message)
{
    return {400, QStringLiteral("invalid"), message, field};
}

inline ApiError notFound(const QString &message)
{
    return {404, QStringLiteral("not_found"), message};
}

inline ApiError forbidden(const QString &message)
{
    return {403, QStringLiteral("forbidden"), message};
}

} // namespace guichet::server
