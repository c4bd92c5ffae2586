// SPDX-License-Identifier: GPL-3.0-or-later
#include "belgianregion.h"

namespace guichet {

BelgianRegion regionOfPostcode(const QString &postcode)
{
    bool ok = false;
    const int code = postcode.trimmed().toInt(&ok);
    if (!ok || postcode.trimmed().size() != 4 || code < 1000)
        return BelgianRegion::Unknown;
    if (code < 1300)
        return BelgianRegion::Brussels;
    if (code < 1500 || (code >= 4000 && code < 8000))
        return BelgianRegion::Wallonia;
    return BelgianRegion::Flanders;
}

BelgianRegion regionOf(const QString &packRegion, const QString &postcode)
{
    if (packRegion == QLatin1String("brussels"))
        return BelgianRegion::Brussels;
    if (packRegion == QLatin1String("wallonia"))
        return BelgianRegion::Wallonia;
    if (packRegion == QLatin1String("flanders"))
        return BelgianRegion::Flanders;
    return regionOfPostcode(postcode);
}

} // namespace guichet
