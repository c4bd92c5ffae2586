// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskoptions.h"

#include "pack.h"

namespace guichet::kioskoptions {

QStringList configKeys()
{
    return {QStringLiteral("server"), QStringLiteral("kiosk-id"), QStringLiteral("token-file"), QStringLiteral("ca-file"),
            QStringLiteral("data"),   QStringLiteral("pack-key"), QStringLiteral("office"),     QStringLiteral("printer"),
            QStringLiteral("volume")};
}

std::optional<double> volume(const QString &value, QString *problem)
{
    bool ok = false;
    const int percent = value.toInt(&ok);
    if (!ok || percent < 0 || percent > 100) {
        *problem = QStringLiteral("volume %1 is not a whole number from 0 to 100").arg(value);
        return std::nullopt;
    }
    return percent / 100.0;
}

bool standIn(Pack &pack, const QString &officeId)
{
    if (!pack.office(officeId))
        return false;
    pack.defaultOffice = officeId;
    return true;
}

} // namespace guichet::kioskoptions
