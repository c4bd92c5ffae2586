// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace guichet {

/** Where a pack's files come from (a directory, later an archive): core itself does no I/O. */
class PackSource
{
public:
    virtual ~PackSource() = default;
    /** A short name for messages, e.g. the directory path. */
    [[nodiscard]] virtual QString name() const = 0;
    /** The bytes of a file given by its path inside the pack, or nothing if it is absent. */
    [[nodiscard]] virtual std::optional<QByteArray> read(const QString &path) const = 0;
    [[nodiscard]] virtual bool exists(const QString &path) const = 0;
};

} // namespace guichet
