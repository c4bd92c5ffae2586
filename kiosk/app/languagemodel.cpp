// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemodel.h"

namespace guichet {

LanguageModel::LanguageModel(PackContext *context, QObject *parent)
    : PackListModel(context, parent)
{
}

int LanguageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(context().pack().languages.size());
}

QVariant LanguageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Language &l = context().pack().languages.at(index.row());
    switch (role) {
    case CodeRole: return l.code;
    case Qt::DisplayRole:
    case NameRole: return l.name;
    case RtlRole: return l.direction == Qt::RightToLeft;
    case HasVoiceRole: return l.hasVoice();
    default: return {};
    }
}

QHash<int, QByteArray> LanguageModel::roleNames() const
{
    return {{CodeRole, "code"}, {NameRole, "name"}, {RtlRole, "rtl"}, {HasVoiceRole, "hasVoice"}};
}

} // namespace guichet
