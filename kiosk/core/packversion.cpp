// SPDX-License-Identifier: GPL-3.0-or-later
#include "packversion.h"

#include <QRegularExpression>
#include <QStringList>

namespace guichet::packversion {

bool isValid(const QString &version)
{
    // At most 9 digits a part, so that each fits an int and compares as a number.
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{1,9}(\\.[0-9]{1,9}){0,5}$"));
    return pattern.match(version).hasMatch();
}

int compare(const QString &a, const QString &b)
{
    const QStringList left = a.split(u'.');
    const QStringList right = b.split(u'.');
    for (qsizetype i = 0; i < qMin(left.size(), right.size()); ++i) {
        const int l = left.at(i).toInt();
        const int r = right.at(i).toInt();
        if (l != r)
            return l < r ? -1 : 1;
    }
    return left.size() == right.size() ? 0 : (left.size() < right.size() ? -1 : 1);
}

} // namespace guichet::packversion
