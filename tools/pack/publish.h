// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "options.h"

#include <QString>
#include <QTextStream>

namespace guichet {

/** guichet-pack keygen --secret FILE --public FILE: a new Ed25519 key pair for publishing. */
int keygen(const Options &opts, QTextStream &out, QTextStream &err);
/** guichet-pack build DIR --key SECRET --out ARCHIVE: a signed pack archive (tar.gz), made
 *  only from a pack that validates, with its interface translations (i18n/guichet_<code>.ts) compiled. */
int build(const QString &dir, const Options &opts, QTextStream &out, QTextStream &err);

} // namespace guichet
