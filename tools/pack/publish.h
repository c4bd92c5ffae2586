// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QTextStream>

namespace guichet {

/** guichet-pack keygen --secret FILE --public FILE: a new Ed25519 key pair for publishing. */
int keygen(const QHash<QString, QString> &opts, QTextStream &out, QTextStream &err);
/** guichet-pack build DIR --key SECRET --out ARCHIVE: a signed pack archive (tar.gz), made
 *  only from a pack that validates. */
int build(const QString &dir, const QHash<QString, QString> &opts, QTextStream &out, QTextStream &err);

} // namespace guichet
