// SPDX-License-Identifier: GPL-3.0-or-later
#include "packinput.h"

#include "packarchive.h"

#include <QFile>
#include <QFileInfo>

namespace guichet {

bool isPackDirectory(const QString &path)
{
    return QFileInfo(path).isDir();
}

std::optional<PackFiles> readPackInput(const QString &path, QString *error)
{
    if (isPackDirectory(path))
        return PackFiles::fromDirectory(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    QString reason;
    std::optional<PackFiles> pack = readPackArchive(file.readAll(), &reason);
    if (!pack)
        *error = QStringLiteral("%1: %2").arg(path, reason);
    return pack;
}

} // namespace guichet
