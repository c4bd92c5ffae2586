// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packsource.h"

#include <QHash>

namespace guichet {

/** Makes what was written to path (a file or a directory) survive a power cut: fsync. */
bool syncPath(const QString &path);

/** A pack held in memory, path → bytes: read from an archive, a database or a directory. */
class PackFiles : public PackSource
{
public:
    PackFiles() = default;
    explicit PackFiles(QHash<QString, QByteArray> files, QString name = QStringLiteral("memory"))
        : files(std::move(files))
        , m_name(std::move(name))
    {
    }
    /** Every file under a directory (relative paths with '/'). */
    static PackFiles fromDirectory(const QString &dir);
    /** Writes every file under dir (made as needed). Durable: each file and each directory it
     *  wrote into is fsynced, so that they survive a power cut. False with the reason. */
    enum class Durability { Ordinary, Durable };
    bool writeTo(const QString &dir, Durability durability, QString *error) const;

    [[nodiscard]] QString name() const override { return m_name; }
    [[nodiscard]] std::optional<QByteArray> read(const QString &path) const override;
    [[nodiscard]] bool exists(const QString &path) const override { return files.contains(path); }

    QHash<QString, QByteArray> files;

private:
    QString m_name;
};

} // namespace guichet
