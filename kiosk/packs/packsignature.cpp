// SPDX-License-Identifier: GPL-3.0-or-later
#include "packsignature.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <sodium.h>

namespace guichet::packsignature {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

/** What is signed: the `signed` object as compact JSON (QJsonObject sorts its keys). */
QByteArray payloadOf(const QJsonObject &signedPart)
{
    return QJsonDocument(signedPart).toJson(QJsonDocument::Compact);
}

QJsonObject manifestOf(const PackFiles &pack)
{
    return QJsonDocument::fromJson(pack.files.value(QStringLiteral("manifest.json"))).object();
}

QString isoUtc(const QDateTime &moment)
{
    return moment.toUTC().toString(Qt::ISODate);
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

bool readPublicKeys(const QStringList &paths, QList<QByteArray> *keys, QString *error)
{
    for (const QString &path : paths) {
        QFile file(path);
        const std::optional<QByteArray> key = file.open(QIODevice::ReadOnly) ? keyFromText(file.readAll(), crypto_sign_PUBLICKEYBYTES) : std::nullopt;
        if (!key) {
            *error = QStringLiteral("--pack-key %1 is not a public key made by guichet-pack keygen").arg(path);
            return false;
        }
        keys->append(*key);
    }
    return true;
}

QString sha256(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool sign(PackFiles &pack, const KeyPair &key, const QDateTime &created, const QDateTime &expires, QString *error)
{
    if (!sodiumReady() || key.secretKey.size() != crypto_sign_SECRETKEYBYTES) {
        *error = QStringLiteral("not an Ed25519 secret key");
        return false;
    }
    pack.files.remove(QLatin1String(kFile));
    const QJsonObject manifest = manifestOf(pack);
    const QString version = manifest.value(QStringLiteral("version")).toString();
    if (version.isEmpty()) {
        *error = QStringLiteral("manifest.json has no version");
        return false;
    }
    if (!(created < expires)) {
        *error = QStringLiteral("the pack would expire before it was made");
        return false;
    }
    QJsonObject files;
    for (auto it = pack.files.cbegin(); it != pack.files.cend(); ++it)
        files.insert(it.key(), sha256(it.value()));
    const QJsonObject signedPart{{QStringLiteral("id"), manifest.value(QStringLiteral("id")).toString()},
                                 {QStringLiteral("version"), version},
                                 {QStringLiteral("created"), isoUtc(created)},
                                 {QStringLiteral("expires"), isoUtc(expires)},
                                 {QStringLiteral("languages"), manifest.value(QStringLiteral("languages")).toArray()},
                                 {QStringLiteral("files"), files}};
    const QByteArray payload = payloadOf(signedPart);
    QByteArray signature(crypto_sign_BYTES, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr, reinterpret_cast<const unsigned char *>(payload.constData()),
                         quint64(payload.size()), reinterpret_cast<const unsigned char *>(key.secretKey.constData()));
    const QByteArray publicKey = key.secretKey.right(crypto_sign_PUBLICKEYBYTES);
    pack.files.insert(QLatin1String(kFile),
                      QJsonDocument(QJsonObject{{QStringLiteral("format"), 2},
                                                {QStringLiteral("signed"), signedPart},
                                                {QStringLiteral("public_key"), QString::fromLatin1(publicKey.toBase64())},
                                                {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}})
                          .toJson(QJsonDocument::Indented));
    return true;
}

std::optional<Signed> read(const PackFiles &pack, QString *error)
{
    const auto stored = pack.files.constFind(QLatin1String(kFile));
    if (stored == pack.files.cend()) {
        *error = QStringLiteral("the pack is not signed (no %1)").arg(QLatin1String(kFile));
        return std::nullopt;
    }
    const QJsonObject sig = QJsonDocument::fromJson(*stored).object();
    if (sig.value(QStringLiteral("format")).toInt() != 2) {
        *error = QStringLiteral("%1 is not a format 2 signature: build the pack again with this guichet-pack").arg(QLatin1String(kFile));
        return std::nullopt;
    }
    const QJsonObject part = sig.value(QStringLiteral("signed")).toObject();
    Signed s;
    s.id = part.value(QStringLiteral("id")).toString();
    s.version = part.value(QStringLiteral("version")).toString();
    s.created = QDateTime::fromString(part.value(QStringLiteral("created")).toString(), Qt::ISODate);
    s.expires = QDateTime::fromString(part.value(QStringLiteral("expires")).toString(), Qt::ISODate);
    for (const QJsonValue &l : part.value(QStringLiteral("languages")).toArray())
        s.languages << l.toString();
    s.files = part.value(QStringLiteral("files")).toObject();
    s.publicKey = keyFromText(sig.value(QStringLiteral("public_key")).toString().toLatin1(), crypto_sign_PUBLICKEYBYTES).value_or(QByteArray());
    if (s.version.isEmpty() || !s.created.isValid() || !s.expires.isValid() || s.files.isEmpty() || s.publicKey.isEmpty()) {
        *error = QStringLiteral("%1 is not a signature").arg(QLatin1String(kFile));
        return std::nullopt;
    }
    return s;
}

bool filesMatch(const PackFiles &pack, const QJsonObject &signedFiles, QString *error)
{
    for (auto it = pack.files.cbegin(); it != pack.files.cend(); ++it) {
        if (it.key() == QLatin1String(kFile))
            continue;
        if (!signedFiles.contains(it.key())) {
            *error = QStringLiteral("%1 was added after signing").arg(it.key());
            return false;
        }
        if (signedFiles.value(it.key()).toString() != sha256(it.value())) {
            *error = QStringLiteral("%1 was changed after signing").arg(it.key());
            return false;
        }
    }
    for (auto it = signedFiles.constBegin(); it != signedFiles.constEnd(); ++it) {
        if (!pack.files.contains(it.key())) {
            *error = QStringLiteral("%1 is missing").arg(it.key());
            return false;
        }
    }
    return true;
}

std::optional<Signed> verify(const PackFiles &pack, const QList<QByteArray> &trusted, QString *error)
{
    if (!sodiumReady()) {
        *error = QStringLiteral("libsodium did not start");
        return std::nullopt;
    }
    std::optional<Signed> s = read(pack, error);
    if (!s)
        return std::nullopt;
    const QJsonObject sig = QJsonDocument::fromJson(pack.files.value(QLatin1String(kFile))).object();
    const std::optional<QByteArray> signature = keyFromText(sig.value(QStringLiteral("signature")).toString().toLatin1(), crypto_sign_BYTES);
    if (!signature) {
        *error = QStringLiteral("%1 is not a signature").arg(QLatin1String(kFile));
        return std::nullopt;
    }
    if (!trusted.contains(s->publicKey)) {
        *error = QStringLiteral("signed with a key that is not trusted here");
        return std::nullopt;
    }
    const QByteArray payload = payloadOf(sig.value(QStringLiteral("signed")).toObject());
    if (crypto_sign_verify_detached(reinterpret_cast<const unsigned char *>(signature->constData()),
                                    reinterpret_cast<const unsigned char *>(payload.constData()), quint64(payload.size()),
                                    reinterpret_cast<const unsigned char *>(s->publicKey.constData()))
        != 0) {
        *error = QStringLiteral("the signature does not match: the signed manifest was changed after signing");
        return std::nullopt;
    }
    if (!filesMatch(pack, s->files, error))
        return std::nullopt;
    const QJsonObject manifest = manifestOf(pack);
    if (manifest.value(QStringLiteral("version")).toString() != s->version || manifest.value(QStringLiteral("id")).toString() != s->id) {
        *error = QStringLiteral("manifest.json's id or version is not the signed one");
        return std::nullopt;
    }
    return s;
}

} // namespace guichet::packsignature
