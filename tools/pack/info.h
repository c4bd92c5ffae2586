// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextStream>

namespace guichet {

/** `guichet-pack info PACK`: what a pack (archive or directory) is, for staff deciding what to
 *  publish or install: id, version, format, when it was built and expires, its languages
 *  (drafts, voices), its size, the key that signed it (not checked: that is `verify`) and
 *  whether every file still matches its signed hash. */
int info(const QString &pack, QTextStream &out, QTextStream &err);

} // namespace guichet
