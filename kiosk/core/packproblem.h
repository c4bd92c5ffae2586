// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace guichet {

/** One thing wrong in a pack, said so that staff who are not programmers can fix it. */
struct PackProblem {
    QString file; // path inside the pack
    int line = 0; // 1-based, 0 when unknown
    QString key;  // JSON path, e.g. offices[0].hours.mon[1].from
    QString message;

    [[nodiscard]] QString toString() const
    {
        QString where = file;
        if (line > 0)
            where += QLatin1Char(':') + QString::number(line);
        if (!key.isEmpty())
            where += QStringLiteral(": ") + key;
        return where + QStringLiteral(": ") + message;
    }
};

} // namespace guichet
