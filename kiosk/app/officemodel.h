// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace guichet {

/** The offices with their address, phone, weekly hours and whether they are open now. */
class OfficeModel : public PackListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Kiosk.offices")

public:
    enum Role {
        OfficeIdRole = Qt::UserRole + 1,
        NameRole,
        AddressRole,
        PhoneRole,
        AccessRole,
        OpenRole,
        StatusRole,
        WeekRole,
        ClosuresRole,
        TodayRole,
    };
    explicit OfficeModel(PackContext *context, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /** "Open now, closes at 12:00, reopens at 14:00" or "Closed, opens Monday 09:00", in the
     *  visitor's language. */
    [[nodiscard]] static QString statusText(const PackContext &context, const Office &office);
    /** The week with equal days grouped, in the order of their first day: [{days ("lundi –
     *  mercredi, vendredi"), hours ("09:00 – 12:00, 14:00 – 17:00", with qualifiers, or
     *  "Closed"), open, today (the group holds todayIso, 1 = Monday; 0 for none)}]. */
    [[nodiscard]] static QVariantList week(const PackContext &context, const OpeningHours &hours, int todayIso = 0);
    /** Today's hours once holidays, closures and periods are applied, or "Closed (reason)". */
    [[nodiscard]] static QString todayHours(const PackContext &context, const Office &office);
    /** Holidays and closures of the coming weeks, one per line, a closure of several days as one
     *  range: "lundi 16 novembre — Armistice", "24 décembre – 1 janvier — Vacances d'hiver". */
    [[nodiscard]] static QString upcomingClosures(const PackContext &context, const Office &office);
};

} // namespace guichet
