// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncconfig.h"

#include <QFile>

namespace guichet {

std::optional<QString> readTokenFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.exists()) {
        *error = QStringLiteral("no token file %1").arg(path);
        return std::nullopt;
    }
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther;
    if (file.permissions() & others) {
        *error = QStringLiteral("%1 can be read by others than its owner: chmod 600 it").arg(path);
        return std::nullopt;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QString token = QString::fromLatin1(file.readAll()).trimmed();
    if (token.isEmpty() || token.contains(u' ')) {
        *error = QStringLiteral("%1 does not hold a token").arg(path);
        return std::nullopt;
    }
    return token;
}

} // namespace guichet
