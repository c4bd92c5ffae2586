// SPDX-License-Identifier: GPL-3.0-or-later
#include "options.h"

namespace guichet {

Options Options::parse(const QStringList &args, qsizetype from)
{
    Options options;
    for (qsizetype i = from; i < args.size(); i += 2) {
        const QString &name = args.at(i);
        if (!name.startsWith(QLatin1String("--"))) {
            options.m_error = QStringLiteral("unexpected argument \"%1\"").arg(name);
            break;
        }
        if (i + 1 >= args.size()) {
            options.m_error = QStringLiteral("%1 needs a value").arg(name);
            break;
        }
        options.m_pairs.append({name, args.at(i + 1)});
    }
    return options;
}

bool Options::contains(const QString &name) const
{
    return std::any_of(m_pairs.cbegin(), m_pairs.cend(), [&](const auto &pair) { return pair.first == name; });
}

QString Options::value(const QString &name, const QString &fallback) const
{
    const QStringList all = values(name);
    return all.isEmpty() ? fallback : all.last();
}

QStringList Options::values(const QString &name) const
{
    QStringList result;
    for (const auto &pair : m_pairs) {
        if (pair.first == name)
            result << pair.second;
    }
    return result;
}

} // namespace guichet
