// SPDX-License-Identifier: GPL-3.0-or-later
#include "publish.h"

#include "clock.h"
#include "packarchive.h"
#include "packloader.h"
#include "packsignature.h"
#include "packversion.h"
#include "translations.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>
#include <QTimeZone>

namespace guichet {

namespace {
/** How long kiosks accept a pack after it is built, unless --expires says otherwise. */
constexpr int kDefaultValidDays = 365;

bool writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions permissions, QTextStream &err)
{
    QSaveFile file(path); // all or nothing: a half-written key or archive is never left behind
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(permissions) || file.write(bytes) != bytes.size() || !file.commit()) {
        err << "cannot write " << path << ": " << file.errorString() << '\n';
        return false;
    }
    return true;
}
} // namespace

int keygen(const Options &opts, QTextStream &out, QTextStream &err)
{
    const QString secret = opts.value(QStringLiteral("--secret"));
    const QString pub = opts.value(QStringLiteral("--public"));
    if (secret.isEmpty() || pub.isEmpty()) {
        err << "usage: guichet-pack keygen --secret FILE --public FILE\n";
        return 2;
    }
    if (QFile::exists(secret)) {
        err << secret << " exists: a signing key is never overwritten\n";
        return 1;
    }
    const packsignature::KeyPair key = packsignature::generate();
    if (key.secretKey.isEmpty()) {
        err << "libsodium could not make a key\n";
        return 1;
    }
    if (!writeFile(secret, key.secretKey.toBase64() + '\n', QFileDevice::ReadOwner | QFileDevice::WriteOwner, err)
        || !writeFile(pub, key.publicKey.toBase64() + '\n', QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther, err))
        return 1;
    out << "secret key: " << secret << " (keep it private)\npublic key: " << pub << " (give it to servers and kiosks: "
        << key.publicKey.toBase64() << ")\n";
    return 0;
}

int build(const QString &dir, const Options &opts, QTextStream &out, QTextStream &err)
{
    const QString keyPath = opts.value(QStringLiteral("--key"));
    const QString archivePath = opts.value(QStringLiteral("--out"));
    if (keyPath.isEmpty() || archivePath.isEmpty()) {
        err << "usage: guichet-pack build DIR --key SECRET_KEY_FILE --out PACK.tar.gz [--expires YYYY-MM-DD]\n";
        return 2;
    }
    PackFiles pack = PackFiles::fromDirectory(dir);
    pack.files.remove(QLatin1String(packsignature::kFile));
    PackLoader loader(pack);
    const std::optional<Pack> loaded = loader.load();
    if (!loaded) {
        for (const PackProblem &p : loader.problems())
            err << dir << '/' << p.toString() << '\n';
        err << loader.problems().size() << " problem(s): nothing built\n";
        return 1;
    }
    // Kiosks install only a greater version than they run: one that does not compare never would.
    if (!packversion::isValid(loaded->version)) {
        err << dir << "/manifest.json: version \"" << loaded->version
            << "\" is not a version: whole numbers separated by dots, such as 2026.12.4: nothing built\n";
        return 1;
    }
    QFile keyFile(keyPath);
    const std::optional<QByteArray> secret = keyFile.open(QIODevice::ReadOnly) ? packsignature::keyFromText(keyFile.readAll(), 64) : std::nullopt;
    if (!secret) {
        err << keyPath << " is not a secret key made by guichet-pack keygen\n";
        return 1;
    }
    const QDateTime created = Clock::now();
    QDateTime expires = created.addDays(kDefaultValidDays);
    if (opts.contains(QStringLiteral("--expires"))) {
        const QDate day = QDate::fromString(opts.value(QStringLiteral("--expires")), Qt::ISODate);
        if (!day.isValid()) {
            err << "--expires " << opts.value(QStringLiteral("--expires")) << " is not a date (YYYY-MM-DD)\n";
            return 2;
        }
        expires = day.startOfDay(QTimeZone::utc());
    }
    QString error;
    const std::optional<int> compiled = packtranslations::compile(pack, &error);
    if (!compiled) {
        err << dir << '/' << error << "\nnothing built\n";
        return 1;
    }
    if (!packsignature::sign(pack, {secret->right(32), *secret}, created, expires, &error)) {
        err << error << '\n';
        return 1;
    }
    const QByteArray archive = writePackArchive(pack);
    if (!writeFile(archivePath, archive, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther, err))
        return 1;
    out << archivePath << ": " << pack.files.size() << " files, " << archive.size() << " bytes, sha256 "
        << QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex() << '\n';
    if (*compiled > 0)
        out << "interface translations compiled: " << packtranslations::sourceLanguages(pack).join(u' ') << '\n';
    return 0;
}

} // namespace guichet
