// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack.h"
#include "packproblem.h"
#include "packsource.h"
#include "textlocator.h"

#include <QList>

namespace guichet {

/** What checking the pack's glossaries found: a glossary that cannot be used is an error, a
 *  text that uses a word to avoid is a warning. */
struct GlossaryCheck {
    QList<PackProblem> errors;
    QList<PackProblem> warnings;
};

/**
 * One term per concept in each language. A language may have glossary/<code>.json:
 * {"language", "review", "terms": [{"concept", "term", "avoid": [...]}]}, written for
 * translators; the kiosk does not read it. Every text of that language (written and spoken
 * forms) is searched, ignoring case, for each `avoid` entry (a word or a stem: "інтеграц"
 * finds every form of "інтеграція"). content/FORMAT.md, "Glossary".
 */
[[nodiscard]] GlossaryCheck checkGlossaries(const Pack &pack, const PackSource &source, TextLocator &locator);

} // namespace guichet
