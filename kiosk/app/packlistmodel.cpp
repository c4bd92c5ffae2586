// SPDX-License-Identifier: GPL-3.0-or-later
#include "packlistmodel.h"

namespace guichet {

PackListModel::PackListModel(PackContext *context, QObject *parent)
    : QAbstractListModel(parent)
    , m_context(context)
{
    connect(context, &PackContext::languageChanged, this, [this] { languageChanged(); });
    // Rows may come and go with a new pack (a new language, an office closed for good): a
    // reset, begun while the old pack is still readable, so views never read between the two.
    connect(context, &PackContext::packAboutToChange, this, [this] {
        beginResetModel();
        forgetPack();
    });
    connect(context, &PackContext::packChanged, this, [this] {
        readPack();
        endResetModel();
    });
}

void PackListModel::refreshAll()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

} // namespace guichet
