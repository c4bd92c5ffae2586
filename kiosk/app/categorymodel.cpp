// SPDX-License-Identifier: GPL-3.0-or-later
#include "categorymodel.h"

namespace guichet {

CategoryModel::CategoryModel(PackContext *context, QObject *parent)
    : PackListModel(context, parent)
{
}

int CategoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(context().pack().categories.size());
}

QVariant CategoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Category &c = context().pack().categories.at(index.row());
    switch (role) {
    case CategoryIdRole: return c.id;
    case Qt::DisplayRole:
    case TitleRole: return context().text(QStringLiteral("category.") + c.id);
    case PictogramRole: return context().pictogram(c.pictogram);
    default: return {};
    }
}

QHash<int, QByteArray> CategoryModel::roleNames() const
{
    return {{CategoryIdRole, "categoryId"}, {TitleRole, "title"}, {PictogramRole, "pictogramUrl"}};
}

} // namespace guichet
