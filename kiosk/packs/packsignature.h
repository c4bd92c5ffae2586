// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packfiles.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace guichet {

/**
 * Signed packs: `signature.json` in the pack lists the SHA-256 of every other file and the
 * pack's version, signed with Ed25519 (libsodium) by the publisher's key. A kiosk or server
 * trusts a pack only when the signature is from a key it knows and every file matches its
 * hash, with none added or missing.
 */
namespace packsignature {

inline constexpr auto kFile = "signature.json";

struct KeyPair {
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 64 bytes (libsodium's: seed and public key)
};

KeyPair generate();
/** A key as kept in a file: base64 on one line. Nothing when the text is not such a key. */
[[nodiscard]] std::optional<QByteArray> keyFromText(const QByteArray &text, int expectedBytes);

/** Adds (or replaces) signature.json; the version is manifest.json's. False with the reason. */
bool sign(PackFiles &pack, const KeyPair &key, QString *error);
/** The signed version when the pack is intact and signed by one of the trusted public keys. */
[[nodiscard]] std::optional<QString> verify(const PackFiles &pack, const QList<QByteArray> &trusted, QString *error);

} // namespace packsignature

} // namespace guichet
