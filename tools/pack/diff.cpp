// SPDX-License-Identifier: GPL-3.0-or-later
#include "diff.h"

#include "packdiff.h"
#include "packinput.h"

namespace guichet {

int diff(const QString &before, const QString &after, const Options &opts, QTextStream &out, QTextStream &err)
{
    const QString language = opts.value(QStringLiteral("--lang"), QStringLiteral("en"));
    if (!QStringList{QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("nl")}.contains(language)) {
        err << "usage: guichet-pack diff A B [--lang en|fr|nl]\n";
        return 2;
    }
    QString error;
    const std::optional<PackFiles> a = readPackInput(before, &error);
    const std::optional<PackFiles> b = a ? readPackInput(after, &error) : std::nullopt;
    const std::optional<QList<packdiff::Change>> changes = b ? packdiff::compare(*a, *b, &error) : std::nullopt;
    if (!changes) {
        err << error << '\n';
        return 1;
    }
    for (const packdiff::Change &change : *changes)
        out << packdiff::describe(change, language) << '\n';
    if (changes->isEmpty())
        out << packdiff::describeAll({}, language) << '\n';
    return 0;
}

} // namespace guichet
