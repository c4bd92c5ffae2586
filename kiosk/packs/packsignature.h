// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packfiles.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace guichet {

/**
 * Signed packs (format 2): `signature.json` holds a `signed` object — the pack's id, version,
 * when it was built (`created`), when kiosks stop accepting it (`expires`), its languages and
 * the SHA-256 of every other file — and an Ed25519 signature (libsodium) of that object by the
 * publisher's key. A kiosk or server trusts a pack only when the signature is from a key it
 * knows and every file matches its hash, with none added or missing.
 */
namespace packsignature {

inline constexpr auto kFile = "signature.json";

struct KeyPair {
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes (libsodium's: seed and public key)
};

/** What the publisher signed. */
struct Signed {
    QString id;
    QString version;
    QDateTime created;
    QDateTime expires;
    QStringList languages;
    QJsonObject files; // path → SHA-256 (hex)
    QByteArray publicKey;

    [[nodiscard]] bool expiredAt(const QDateTime &now) const { return expires <= now; }
};

KeyPair generate();
/** A key as kept in a file: base64 on one line. Nothing when the text is not such a key. */
[[nodiscard]] std::optional<QByteArray> keyFromText(const QByteArray &text, int expectedBytes);
[[nodiscard]] QString sha256(const QByteArray &bytes);
/** The public keys in those files (--pack-key); false with the reason when one is not a key. */
bool readPublicKeys(const QStringList &paths, QList<QByteArray> *keys, QString *error);

/** Adds (or replaces) signature.json, from manifest.json's id, version and languages. False
 *  with the reason. */
bool sign(PackFiles &pack, const KeyPair &key, const QDateTime &created, const QDateTime &expires, QString *error);
/** What signature.json says, checked against nothing: for `guichet-pack info`. */
[[nodiscard]] std::optional<Signed> read(const PackFiles &pack, QString *error);
/** What was signed, when the pack is intact, matches its manifest and is signed by one of the
 *  trusted public keys. Expiry is the caller's to judge (it knows the time). */
[[nodiscard]] std::optional<Signed> verify(const PackFiles &pack, const QList<QByteArray> &trusted, QString *error);
/** Every file of the pack on disk matches its signed hash, none missing or added (a kiosk
 *  checks the pack it is about to run; its signature was checked when it was installed). */
[[nodiscard]] bool filesMatch(const PackFiles &pack, const QJsonObject &signedFiles, QString *error);

} // namespace packsignature

} // namespace guichet
