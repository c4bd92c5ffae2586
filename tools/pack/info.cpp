// SPDX-License-Identifier: GPL-3.0-or-later
#include "info.h"

#include "clock.h"
#include "packinput.h"
#include "packloader.h"
#include "packsignature.h"

namespace guichet {

namespace {

QString moment(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

/** "EXPIRED", "expires in 12 days" (calendar days, UTC), from the one clock. */
QString expiry(const packsignature::Signed &s)
{
    const QDateTime now = Clock::now();
    if (s.expiredAt(now))
        return QStringLiteral("EXPIRED");
    const qint64 days = now.toUTC().date().daysTo(s.expires.toUTC().date());
    if (days == 0)
        return QStringLiteral("expires today");
    return days == 1 ? QStringLiteral("expires tomorrow") : QStringLiteral("expires in %1 days").arg(days);
}

/** "ar (draft, voice)": a language with what staff need to know of it. */
QString languageLine(const Pack &pack, const Language &language)
{
    QStringList notes;
    const QString review = pack.texts.value(language.code).review;
    if (review == QLatin1String("source") || review == QLatin1String("draft"))
        notes << review;
    notes << (language.hasVoice() ? QStringLiteral("voice") : QStringLiteral("no voice"));
    return QStringLiteral("%1 (%2)").arg(language.code, notes.join(QStringLiteral(", ")));
}

void printLanguages(const std::optional<Pack> &pack, const std::optional<packsignature::Signed> &s, QTextStream &out)
{
    if (pack) {
        QStringList lines;
        for (const Language &l : pack->languages)
            lines << languageLine(*pack, l);
        out << "languages: " << pack->languages.size() << ": " << lines.join(QStringLiteral(", ")) << '\n';
    } else if (s) {
        out << "languages: " << s->languages.size() << ": " << s->languages.join(QStringLiteral(", ")) << '\n';
    }
}

void printSignature(const PackFiles &files, const std::optional<packsignature::Signed> &s, const QString &unsignedReason,
                    QTextStream &out)
{
    if (!s) {
        out << "signature: none (" << unsignedReason << ")\n";
        return;
    }
    out << "created: " << moment(s->created) << '\n'
        << "expires: " << moment(s->expires) << " (" << expiry(*s) << ")\n"
        << "signed by: " << s->publicKey.toBase64() << " (not checked here: guichet-pack verify --key)\n";
    QString mismatch;
    if (packsignature::filesMatch(files, s->files, &mismatch))
        out << "files match their signed hashes: yes\n";
    else
        out << "files match their signed hashes: NO, " << mismatch << '\n';
}

} // namespace

int info(const QString &path, QTextStream &out, QTextStream &err)
{
    QString error;
    const std::optional<PackFiles> files = readPackInput(path, &error);
    if (!files) {
        err << error << '\n';
        return 1;
    }
    PackLoader loader(*files);
    const std::optional<Pack> pack = loader.load();
    QString unsignedReason;
    const std::optional<packsignature::Signed> s = packsignature::read(*files, &unsignedReason);

    out << "id: " << (pack ? pack->id : s ? s->id : QStringLiteral("?")) << '\n'
        << "version: " << (pack ? pack->version : s ? s->version : QStringLiteral("?")) << '\n';
    if (pack)
        out << "format: " << pack->format << '\n';
    printSignature(*files, s, unsignedReason, out);
    printLanguages(pack, s, out);
    qint64 bytes = 0;
    for (const QByteArray &content : files->files)
        bytes += content.size();
    out << "files: " << files->files.size() << ", " << bytes << " bytes\n";
    if (!pack)
        out << "loads: NO, " << loader.problems().size() << " problem(s): run guichet-pack validate\n";
    return 0;
}

} // namespace guichet
