// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace guichet {

/** Categories of help organisations (legal aid, housing, health…) with their pictograms. */
class CategoryModel : public PackListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Kiosk.categories")

public:
    enum Role { CategoryIdRole = Qt::UserRole + 1, TitleRole, PictogramRole };
    explicit CategoryModel(PackContext *context, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
};

} // namespace guichet
