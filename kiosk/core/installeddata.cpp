// SPDX-License-Identifier: GPL-3.0-or-later
#include "installeddata.h"

#include <QCoreApplication>
#include <QDir>

namespace guichet {

QString installedData(const QString &what)
{
    // GUICHET_DATA_FROM_BINDIR: share/guichet relative to bin/, from GNUInstallDirs ("../share/guichet").
    return QDir::cleanPath(QCoreApplication::applicationDirPath() + QStringLiteral("/" GUICHET_DATA_FROM_BINDIR "/") + what);
}

} // namespace guichet
