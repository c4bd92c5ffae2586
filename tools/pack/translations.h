// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packfiles.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace guichet {

/**
 * A pack may bring its own interface translations: i18n/guichet_<code>.ts, as Qt Linguist
 * writes them. Kiosks load the compiled form, i18n/guichet_<code>.qm, which `build` makes with
 * Qt 6's lrelease and signs with the rest.
 */
namespace packtranslations {

/** The language codes of the pack's i18n/guichet_<code>.ts files, sorted. */
[[nodiscard]] QStringList sourceLanguages(const PackFiles &pack);
/** The path of lrelease: $GUICHET_LRELEASE, else Qt 6's /usr/lib/qt6/bin/lrelease, else
 *  lrelease6 or lrelease on PATH; empty when there is none. */
[[nodiscard]] QString findLrelease();
/** Compiles every .ts of the pack (or only `language`'s, when given) into the .qm beside it,
 *  in memory. The number compiled, or nothing with the reason. */
[[nodiscard]] std::optional<int> compile(PackFiles &pack, QString *error, const QString &language = {});

} // namespace packtranslations

} // namespace guichet
