// SPDX-License-Identifier: GPL-3.0-or-later
#include "packdirectory.h"

#include <QFile>
#include <QFileInfo>

namespace guichet {

PackDirectory::PackDirectory(const QString &path)
    : m_dir(path)
{
}

QString PackDirectory::name() const
{
    return m_dir.path();
}

std::optional<QByteArray> PackDirectory::read(const QString &path) const
{
    QFile file(m_dir.filePath(path));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    return file.readAll();
}

bool PackDirectory::exists(const QString &path) const
{
    return QFileInfo(m_dir.filePath(path)).isFile();
}

} // namespace guichet
