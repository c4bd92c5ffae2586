// SPDX-License-Identifier: GPL-3.0-or-later
#include "packfiles.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

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

bool syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool PackFiles::writeTo(const QString &dir, Durability durability, QString *error) const
{
    const bool durable = durability == Durability::Durable;
    QSet<QString> dirs{QDir(dir).absolutePath()};
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create %1").arg(dir);
        return false;
    }
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = QDir(dir).absoluteFilePath(it.key());
        const QString parent = QFileInfo(path).absolutePath();
        if (!dirs.contains(parent) && !QDir().mkpath(parent)) {
            *error = QStringLiteral("cannot create %1").arg(parent);
            return false;
        }
        dirs.insert(parent);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size()
            || (durable && (!file.flush() || ::fsync(file.handle()) != 0))) {
            *error = QStringLiteral("cannot write %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    if (!durable)
        return true;
    for (const QString &written : std::as_const(dirs)) {
        if (!syncPath(written)) {
            *error = QStringLiteral("cannot sync %1: %2").arg(written, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
    }
    return true;
}

std::optional<QByteArray> PackFiles::read(const QString &path) const
{
    const auto it = files.constFind(path);
    return it == files.cend() ? std::nullopt : std::optional<QByteArray>(*it);
}

} // namespace guichet
