// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packsource.h"

#include <QDir>

namespace guichet {

/** A pack read from a directory on disk (the pack sources, or an installed pack). */
class PackDirectory : public PackSource
{
public:
    explicit PackDirectory(const QString &path);

    [[nodiscard]] QString name() const override;
    [[nodiscard]] std::optional<QByteArray> read(const QString &path) const override;
    [[nodiscard]] bool exists(const QString &path) const override;

private:
    QDir m_dir;
};

} // namespace guichet
