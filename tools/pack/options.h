// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace guichet {

/**
 * The "--name value" pairs that follow a command's positional arguments, in the order given,
 * so that an option may be repeated (`verify --key A --key B`).
 */
class Options
{
public:
    /** Reads args from index `from`; error() says what was not a "--name value" pair. */
    static Options parse(const QStringList &args, qsizetype from);

    [[nodiscard]] bool contains(const QString &name) const;
    /** The last value given for name, or fallback. */
    [[nodiscard]] QString value(const QString &name, const QString &fallback = {}) const;
    /** Every value given for name, in order. */
    [[nodiscard]] QStringList values(const QString &name) const;
    /** Empty when every argument was a pair. */
    [[nodiscard]] QString error() const { return m_error; }

private:
    QList<QPair<QString, QString>> m_pairs;
    QString m_error;
};

} // namespace guichet
