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
    };
    explicit OfficeModel(PackContext *context, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    /** "Open now, closes at 12:00" or "Closed, opens Monday 09:00", in the visitor's language. */
    [[nodiscard]] static QString statusText(const PackContext &context, const Office &office);
    /** One row a weekday: {day, hours}, hours already formatted with their qualifiers. */
    [[nodiscard]] static QVariantList week(const PackContext &context, const OpeningHours &hours);
    /** Holidays and closures of the coming weeks, one per line: "mercredi 11 novembre 2026: Armistice". */
    [[nodiscard]] static QString upcomingClosures(const PackContext &context, const Office &office);
};

} // namespace guichet
