// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack.h"
#include "packproblem.h"
#include "textlocator.h"

#include <QList>

namespace guichet {

/** The font family the kiosk shows a language in: qml/Theme.qml's fontFor(), which must be
 *  kept the same. */
[[nodiscard]] QString kioskFontFamily(const QString &language);

/** Every text (written form) of every language that would show an empty box with the fonts
 *  installed here (the kiosk's check, kiosk/app/glyphcheck.h). Needs a QGuiApplication. */
[[nodiscard]] QList<PackProblem> glyphWarnings(const Pack &pack, TextLocator &locator);

} // namespace guichet
