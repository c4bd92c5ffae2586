// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packsource.h"

#include <QDirIterator>
#include <QFile>
#include <QHash>

namespace guichet::test {

/** A real pack read from disk into memory, so a test can break one file and load it again. */
class MemoryPackSource : public PackSource
{
public:
    explicit MemoryPackSource(const QString &dir)
    {
        QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                files.insert(QDir(dir).relativeFilePath(path), file.readAll());
        }
    }

    [[nodiscard]] QString name() const override { return QStringLiteral("memory"); }
    [[nodiscard]] std::optional<QByteArray> read(const QString &path) const override
    {
        const auto it = files.constFind(path);
        return it == files.cend() ? std::nullopt : std::optional<QByteArray>(*it);
    }
    [[nodiscard]] bool exists(const QString &path) const override { return files.contains(path); }

    /** Replaces the first occurrence of before in a file; fails loudly if it is not there. */
    bool replace(const QString &path, const QByteArray &before, const QByteArray &after)
    {
        QByteArray &bytes = files[path];
        const qsizetype at = bytes.indexOf(before);
        if (at < 0)
            return false;
        bytes.replace(at, before.size(), after);
        return true;
    }

    QHash<QString, QByteArray> files;
};

} // namespace guichet::test
