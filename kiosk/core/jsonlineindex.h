// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace guichet {

/**
 * Which line each value of a JSON document starts on, by path ("offices[1].hours.mon[0]"),
 * because QJsonDocument forgets positions and staff need a line to look at.
 * Only for documents QJsonDocument has already accepted.
 */
class JsonLineIndex
{
public:
    explicit JsonLineIndex(const QByteArray &json);
    /** The line of path, or of its nearest enclosing value; 0 when unknown. */
    [[nodiscard]] int lineOf(QString path) const;
    /** 1-based line of a byte offset, for parse errors. */
    [[nodiscard]] static int lineAtOffset(const QByteArray &json, qsizetype offset);

private:
    void value(const QString &path);
    void skipSpace();
    QString string();

    const QByteArray &m_json;
    qsizetype m_pos = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
};

} // namespace guichet
