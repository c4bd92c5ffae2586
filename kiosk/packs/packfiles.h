// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packsource.h"

#include <QHash>

namespace guichet {

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

    [[nodiscard]] QString name() const override { return m_name; }
    [[nodiscard]] std::optional<QByteArray> read(const QString &path) const override;
    [[nodiscard]] bool exists(const QString &path) const override { return files.contains(path); }

    QHash<QString, QByteArray> files;

private:
    QString m_name;
};

} // namespace guichet
