// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace guichet {

/** The pages explaining the settlement programme, in the visitor's language. */
class ProgrammeModel : public PackListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Kiosk.programme")

public:
    enum Role { PageIdRole = Qt::UserRole + 1, TitleRole, BodyRole, PictogramRole };
    explicit ProgrammeModel(PackContext *context, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
};

} // namespace guichet
