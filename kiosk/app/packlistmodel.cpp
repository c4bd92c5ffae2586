// SPDX-License-Identifier: GPL-3.0-or-later
#include "packlistmodel.h"

namespace guichet {

PackListModel::PackListModel(PackContext *context, QObject *parent)
    : QAbstractListModel(parent)
    , m_context(context)
{
    connect(context, &PackContext::languageChanged, this, [this] { languageChanged(); });
}

void PackListModel::refreshAll()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

} // namespace guichet
