// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packlistmodel.h"

#include <QtQml/qqmlregistration.h>

namespace guichet {

/** The languages of the pack for the picker, each named in its own script. */
class LanguageModel : public PackListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Kiosk.languages")

public:
    enum Role { CodeRole = Qt::UserRole + 1, NameRole, RtlRole, HasVoiceRole };
    explicit LanguageModel(PackContext *context, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
};

} // namespace guichet
