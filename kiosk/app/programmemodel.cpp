// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmemodel.h"

namespace guichet {

ProgrammeModel::ProgrammeModel(PackContext *context, QObject *parent)
    : PackListModel(context, parent)
{
}

int ProgrammeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(context().pack().programme.size());
}

QVariant ProgrammeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const ProgrammePage &page = context().pack().programme.at(index.row());
    switch (role) {
    case PageIdRole: return page.id;
    case Qt::DisplayRole:
    case TitleRole: return context().text(QStringLiteral("programme.%1.title").arg(page.id));
    case BodyRole: return context().text(QStringLiteral("programme.%1.body").arg(page.id));
    case PictogramRole: return context().pictogram(page.pictogram);
    default: return {};
    }
}

QHash<int, QByteArray> ProgrammeModel::roleNames() const
{
    return {{PageIdRole, "pageId"}, {TitleRole, "title"}, {BodyRole, "body"}, {PictogramRole, "pictogramUrl"}};
}

} // namespace guichet
