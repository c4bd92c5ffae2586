// SPDX-License-Identifier: GPL-3.0-or-later
#include "packsignature.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>

#include <sodium.h>

namespace guichet::packsignature {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

/** What is signed: the file hashes and the version, as compact JSON with sorted keys. */
QByteArray signedPayload(const QJsonObject &files, const QString &version)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("files"), files}, {QStringLiteral("version"), version}}).toJson(QJsonDocument::Compact);
}

std::optional<QString> manifestVersion(const PackFiles &pack)
{
    const QJsonValue version = QJsonDocument::fromJson(pack.files.value(QStringLiteral("manifest.json"))).object().value(QStringLiteral("version"));
    return version.isString() && !version.toString().isEmpty() ? std::optional<QString>(version.toString()) : std::nullopt;
}

} // namespace

KeyPair generate()
{
    KeyPair key;
    if (!sodiumReady())
        return key;
    key.publicKey.resize(crypto_sign_PUBLICKEYBYTES);
    key.secretKey.resize(crypto_sign_SECRETKEYBYTES);
    crypto_sign_keypair(reinterpret_cast<unsigned char *>(key.publicKey.data()), reinterpret_cast<unsigned char *>(key.secretKey.data()));
    return key;
}

std::optional<QByteArray> keyFromText(const QByteArray &text, int expectedBytes)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != expectedBytes)
        return std::nullopt;
    return decoded.decoded;
}

bool sign(PackFiles &pack, const KeyPair &key, QString *error)
{
    if (!sodiumReady() || key.secretKey.size() != crypto_sign_SECRETKEYBYTES) {
        *error = QStringLiteral("not an Ed25519 secret key");
        return false;
    }
    pack.files.remove(QLatin1String(kFile));
    const std::optional<QString> version = manifestVersion(pack);
    if (!version) {
        *error = QStringLiteral("manifest.json has no version");
        return false;
    }
    QJsonObject files;
    for (auto it = pack.files.cbegin(); it != pack.files.cend(); ++it)
        files.insert(it.key(), sha256(it.value()));
    const QByteArray payload = signedPayload(files, *version);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr, reinterpret_cast<const unsigned char *>(payload.constData()),
                         quint64(payload.size()), reinterpret_cast<const unsigned char *>(key.secretKey.constData()));
    const QByteArray publicKey = key.secretKey.right(crypto_sign_PUBLICKEYBYTES);
    pack.files.insert(QLatin1String(kFile),
                      QJsonDocument(QJsonObject{{QStringLiteral("version"), *version},
                                                {QStringLiteral("files"), files},
                                                {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64())},
                                                {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}})
                          .toJson(QJsonDocument::Indented));
    return true;
}

std::optional<QString> verify(const PackFiles &pack, const QList<QByteArray> &trusted, QString *error)
{
    if (!sodiumReady()) {
        *error = QStringLiteral("libsodium did not start");
        return std::nullopt;
    }
    const auto stored = pack.files.constFind(QLatin1String(kFile));
    if (stored == pack.files.cend()) {
        *error = QStringLiteral("the pack is not signed (no %1)").arg(QLatin1String(kFile));
        return std::nullopt;
    }
    const QJsonObject sig = QJsonDocument::fromJson(*stored).object();
    const QJsonObject files = sig.value(QStringLiteral("files")).toObject();
    const QString version = sig.value(QStringLiteral("version")).toString();
    const std::optional<QByteArray> publicKey = keyFromText(sig.value(QStringLiteral("public_key")).toString().toLatin1(), crypto_sign_PUBLICKEYBYTES);
    const std::optional<QByteArray> signature = keyFromText(sig.value(QStringLiteral("signature")).toString().toLatin1(), crypto_sign_BYTES);
    if (!publicKey || !signature || version.isEmpty()) {
        *error = QStringLiteral("%1 is not a signature").arg(QLatin1String(kFile));
        return std::nullopt;
    }
    if (!trusted.contains(*publicKey)) {
        *error = QStringLiteral("signed with a key this server does not trust");
        return std::nullopt;
    }
    const QByteArray payload = signedPayload(files, version);
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature->constData()),
                                    reinterpret_cast<const unsigned char *>(payload.constData()), quint64(payload.size()),
                                    reinterpret_cast<const unsigned char *>(publicKey->constData()))
        != 0) {
        *error = QStringLiteral("the signature does not match: the pack was changed after signing");
        return std::nullopt;
    }
    for (auto it = pack.files.cbegin(); it != pack.files.cend(); ++it) {
        if (it.key() == QLatin1String(kFile))
            continue;
        if (!files.contains(it.key())) {
            *error = QStringLiteral("%1 was added after signing").arg(it.key());
            return std::nullopt;
        }
        if (files.value(it.key()).toString() != sha256(it.value())) {
            *error = QStringLiteral("%1 was changed after signing").arg(it.key());
            return std::nullopt;
        }
    }
    for (auto it = files.constBegin(); it != files.constEnd(); ++it) {
        if (!pack.files.contains(it.key())) {
            *error = QStringLiteral("%1 is missing").arg(it.key());
            return std::nullopt;
        }
    }
    if (manifestVersion(pack) != version) {
        *error = QStringLiteral("manifest.json's version is not the signed one");
        return std::nullopt;
    }
    return version;
}

} // namespace guichet::packsignature
