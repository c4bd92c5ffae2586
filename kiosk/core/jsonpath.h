// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace guichet::jsonpath {

/** "offices[0]" + "hours" → "offices[0].hours": the paths JsonLineIndex and PackProblem use. */
inline QString join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

/** "offices" + 2 → "offices[2]". */
inline QString at(const QString &path, qsizetype index)
{
    return path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

} // namespace guichet::jsonpath
