// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokens.h"

#include "clock.h"
#include "database.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

#include <chrono>

namespace guichet::server::tokens {

namespace {
QString hashOf(const QString &token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

/**
 * A token found valid is believed for a second without asking the database again: the
 * lookup was a fifth of a booking's cost on PostgreSQL (a round trip per request). So a token
 * revoked by `guichet-server token revoke` is refused by every server process within a second.
 * Tokens found invalid are not kept: a new token works at once, and junk fills nothing.
 */
constexpr auto kTrusted = std::chrono::seconds(1);
constexpr qsizetype kMaxTrusted = 4096;

struct Trusted {
    Caller caller;
    std::chrono::steady_clock::time_point until;
};

QMutex s_trustedLock;
QHash<QString, Trusted> s_trusted; // by the token's hash
} // namespace

QString add(Caller::Role role, const QString &kiosk)
{
    quint32 words[8];
    QRandomGenerator::system()->fillRange(words); // the OS's cryptographic generator
    const QString token = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(words), sizeof words).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    Database::run(QStringLiteral("INSERT INTO tokens (hash, role, kiosk, created_at) VALUES (?, ?, ?, ?)"),
                  {hashOf(token), role == Caller::Role::Staff ? QStringLiteral("staff") : QStringLiteral("kiosk"),
                   role == Caller::Role::Kiosk ? QVariant(kiosk) : QVariant(QMetaType(QMetaType::QString)),
                   Clock::nowSecs()});
    return token;
}

QList<TokenRow> list()
{
    QSqlQuery q = Database::run(QStringLiteral("SELECT id, role, kiosk, created_at, revoked_at FROM tokens ORDER BY id"));
    QList<TokenRow> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toLongLong(),
                     q.value(4).toLongLong()});
    return rows;
}

bool revoke(qint64 id)
{
    return Database::change(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"),
                            {Clock::nowSecs(), id})
        == 1;
}

std::optional<Caller> verify(const QString &token, bool *revoked)
{
    if (token.size() < 20 || token.size() > 200)
        return std::nullopt;
    const QString hash = hashOf(token);
    const auto now = std::chrono::steady_clock::now();
    {
        const QMutexLocker lock(&s_trustedLock);
        const auto found = s_trusted.constFind(hash);
        if (found != s_trusted.cend() && found->until > now)
            return found->caller;
    }
    // One lookup says both: valid, or revoked (so that its holder is told so), or unknown.
    QSqlQuery q = Database::run(QStringLiteral("SELECT id, role, kiosk, revoked_at FROM tokens WHERE hash = ?"), {hash});
    if (!q.next())
        return std::nullopt;
    if (!q.value(3).isNull()) {
        if (revoked)
            *revoked = true;
        return std::nullopt;
    }
    Caller caller;
    caller.tokenId = q.value(0).toLongLong();
    caller.role = q.value(1).toString() == QStringLiteral("staff") ? Caller::Role::Staff : Caller::Role::Kiosk;
    caller.kiosk = q.value(2).toString();
    const QMutexLocker lock(&s_trustedLock);
    if (s_trusted.size() >= kMaxTrusted)
        s_trusted.clear();
    s_trusted.insert(hash, {caller, now + kTrusted});
    return caller;
}

} // namespace guichet::server::tokens
