// SPDX-License-Identifier: GPL-3.0-or-later
#include "glyphwarnings.h"

#include "glyphcheck.h"

#include <QFont>

namespace guichet {

QString kioskFontFamily(const QString &language)
{
    // "Noto Sans" has no Arabic or Ethiopic: the kiosk names the script's face (Theme.qml).
    if (language == QLatin1String("ar") || language == QLatin1String("fa") || language == QLatin1String("ps"))
        return QStringLiteral("Noto Naskh Arabic");
    if (language == QLatin1String("ti"))
        return QStringLiteral("Noto Sans Ethiopic");
    return QStringLiteral("Noto Sans");
}

QList<PackProblem> glyphWarnings(const Pack &pack, TextLocator &locator)
{
    QList<PackProblem> warnings;
    for (const Language &language : pack.languages) {
        const QFont font(kioskFontFamily(language.code));
        const QHash<QString, PackText> &texts = pack.texts.value(language.code).texts;
        QStringList keys = texts.keys();
        keys.sort();
        for (const QString &key : std::as_const(keys)) {
            const QList<char32_t> missing = missingGlyphs(texts.value(key).written, font);
            if (!missing.isEmpty())
                warnings << locator.at(language.code, key,
                                       QStringLiteral("%1 cannot be drawn with font %2 or its fallbacks: a visitor sees an empty box")
                                           .arg(describeCodePoints(missing), font.family()));
        }
    }
    return warnings;
}

} // namespace guichet
