// SPDX-License-Identifier: GPL-3.0-or-later
#include "clipwarnings.h"

#include <QDir>
#include <QFileInfo>

namespace guichet {

QList<PackProblem> clipWarnings(const Pack &pack, const QString &packDir)
{
    QList<PackProblem> warnings;
    const QDir audio(QDir(packDir).filePath(QStringLiteral("audio")));
    const QStringList recorded{QStringLiteral("wav"), QStringLiteral("ogg"), QStringLiteral("opus")};
    for (const QString &code : audio.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const bool known = std::any_of(pack.languages.cbegin(), pack.languages.cend(), [&](const Language &l) { return l.code == code; });
        for (const QFileInfo &file : QDir(audio.filePath(code)).entryInfoList(QDir::Files, QDir::Name)) {
            const QString path = QStringLiteral("audio/%1/%2").arg(code, file.fileName());
            if (!recorded.contains(file.suffix().toLower())) {
                warnings.append({path, 0, {}, QStringLiteral("not a recording the kiosk plays (.wav, .ogg or .opus)")});
                continue;
            }
            if (!known) {
                warnings.append({path, 0, {}, QStringLiteral("%1 is not a language of this pack (languages.json): never played").arg(code)});
                continue;
            }
            const QString key = file.completeBaseName();
            if (key == QStringLiteral("language.") + code || pack.texts.value(code).texts.contains(key))
                continue;
            warnings.append({path, 0, {},
                             QStringLiteral("no text \"%1\" in texts/%2.json, and not language.%2: never played (a misspelt key?)").arg(key, code)});
        }
    }
    return warnings;
}

} // namespace guichet
