// SPDX-License-Identifier: GPL-3.0-or-later
#include "verify.h"

#include "clock.h"
#include "packinput.h"
#include "packloader.h"
#include "packsignature.h"

#include <QFile>

namespace guichet {

namespace {

constexpr int kPublicKeyBytes = 32;

/** A --key: the file keygen wrote (--public), or the key itself in base64. */
std::optional<QByteArray> publicKey(const QString &argument)
{
    QFile file(argument);
    if (file.open(QIODevice::ReadOnly))
        return packsignature::keyFromText(file.readAll(), kPublicKeyBytes);
    return packsignature::keyFromText(argument.toLatin1(), kPublicKeyBytes);
}

int refuse(QTextStream &out, const QString &reason)
{
    out << "refused: " << reason << '\n';
    return 1;
}

} // namespace

int verify(const QString &path, const Options &opts, QTextStream &out, QTextStream &err)
{
    const QStringList keyArguments = opts.values(QStringLiteral("--key"));
    if (keyArguments.isEmpty()) {
        err << "usage: guichet-pack verify PACK --key PUBLIC_KEY_FILE [--key PUBLIC_KEY_FILE ...]\n";
        return 2;
    }
    QList<QByteArray> trusted;
    for (const QString &argument : keyArguments) {
        const std::optional<QByteArray> key = publicKey(argument);
        if (!key) {
            err << "--key " << argument << " is neither a public key file made by guichet-pack keygen nor a key\n";
            return 2;
        }
        trusted << *key;
    }
    QString error;
    const std::optional<PackFiles> pack = readPackInput(path, &error);
    if (!pack)
        return refuse(out, error);
    const std::optional<packsignature::Signed> s = packsignature::verify(*pack, trusted, &error);
    if (!s)
        return refuse(out, error);
    if (s->expiredAt(Clock::now()))
        return refuse(out, QStringLiteral("expired on %1").arg(s->expires.toUTC().date().toString(Qt::ISODate)));
    PackLoader loader(*pack);
    if (!loader.load()) {
        const QList<PackProblem> &problems = loader.problems();
        return refuse(out, QStringLiteral("the pack does not load: %1 (%2 problem(s); run guichet-pack validate)")
                               .arg(problems.first().toString())
                               .arg(problems.size()));
    }
    out << "ok: " << s->id << ' ' << s->version << ", signed by " << s->publicKey.toBase64() << ", expires "
        << s->expires.toUTC().date().toString(Qt::ISODate) << '\n';
    return 0;
}

} // namespace guichet
