// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonlineindex.h"

namespace guichet {

JsonLineIndex::JsonLineIndex(const QByteArray &json)
    : m_json(json)
{
    value(QString());
}

int JsonLineIndex::lineOf(QString path) const
{
    for (;;) {
        const auto it = m_lines.constFind(path);
        if (it != m_lines.cend())
            return it.value();
        if (path.isEmpty())
            return 0;
        const qsizetype cut = std::max(path.lastIndexOf(QLatin1Char('.')), path.lastIndexOf(QLatin1Char('[')));
        path.truncate(std::max<qsizetype>(cut, 0));
    }
}

int JsonLineIndex::lineAtOffset(const QByteArray &json, qsizetype offset)
{
    return 1 + int(json.left(offset).count('\n'));
}

void JsonLineIndex::skipSpace()
{
    while (m_pos < m_json.size()) {
        const char c = m_json.at(m_pos);
        if (c == '\n')
            ++m_line;
        else if (c != ' ' && c != '\t' && c != '\r')
            return;
        ++m_pos;
    }
}

QString JsonLineIndex::string()
{
    // m_pos is on the opening quote; JSON strings hold no raw newline.
    const qsizetype start = ++m_pos;
    while (m_pos < m_json.size() && m_json.at(m_pos) != '"')
        m_pos += m_json.at(m_pos) == '\\' ? 2 : 1;
    const QString s = QString::fromUtf8(m_json.mid(start, m_pos - start));
    ++m_pos;
    return s;
}

void JsonLineIndex::value(const QString &path)
{
    skipSpace();
    if (m_pos >= m_json.size())
        return;
    m_lines.insert(path, m_line);
    const char c = m_json.at(m_pos);
    if (c == '{' || c == '[') {
        ++m_pos;
        for (int index = 0;; ++index) {
            skipSpace();
            if (m_pos >= m_json.size())
                return;
            if (m_json.at(m_pos) == '}' || m_json.at(m_pos) == ']') {
                ++m_pos;
                return;
            }
            if (m_json.at(m_pos) == ',') {
                ++m_pos;
                skipSpace();
            }
            if (c == '{') {
                const QString key = string();
                skipSpace();
                ++m_pos; // ':'
                value(path.isEmpty() ? key : path + QLatin1Char('.') + key);
            } else {
                value(path + QLatin1Char('[') + QString::number(index) + QLatin1Char(']'));
            }
        }
    }
    if (c == '"') {
        string();
        return;
    }
    while (m_pos < m_json.size() && !QByteArrayView(",}] \t\r\n").contains(m_json.at(m_pos)))
        ++m_pos;
}

} // namespace guichet
