// SPDX-License-Identifier: GPL-3.0-or-later
#include "packfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

namespace guichet {

PackFiles PackFiles::fromDirectory(const QString &dir)
{
    const QDir root(QDir(dir).absolutePath());
    PackFiles pack({}, dir);
    QDirIterator it(root.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            pack.files.insert(root.relativeFilePath(file.fileName()), file.readAll());
    }
    return pack;
}

std::optional<QByteArray> PackFiles::read(const QString &path) const
{
    const auto it = files.constFind(path);
    return it == files.cend() ? std::nullopt : std::optional<QByteArray>(*it);
}

} // namespace guichet
