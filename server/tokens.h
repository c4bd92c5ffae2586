// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace guichet::server {

/** Who is calling: a kiosk (with its id) or staff. */
struct Caller {
    enum class Role { Kiosk, Staff };
    Role role = Role::Kiosk;
    QString kiosk; // the kiosk's own id, for a kiosk token
    qint64 tokenId = 0;
    [[nodiscard]] bool isStaff() const { return role == Role::Staff; }
};

struct TokenRow {
    qint64 id;
    QString role;
    QString kiosk;
    qint64 createdAt;
    qint64 revokedAt; // 0 while valid
};

/**
 * Bearer tokens: 256 random bits shown once at creation; only their SHA-256 is stored, so a
 * copy of the database gives nobody a way in.
 */
namespace tokens {
/** A new token for a role (and kiosk id for a kiosk); returns the token itself. */
QString add(Caller::Role role, const QString &kiosk);
QList<TokenRow> list();
/** False when there is no such valid token. */
bool revoke(qint64 id);
/** The caller a presented token stands for, if it is valid. A revoked token is refused
 *  within a second (a valid one is believed that long without asking the database), and sets
 *  *revoked, so that its holder is told so instead of "sign in again". */
std::optional<Caller> verify(const QString &token, bool *revoked = nullptr);
} // namespace tokens

} // namespace guichet::server
