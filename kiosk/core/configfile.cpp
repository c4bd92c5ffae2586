// SPDX-License-Identifier: GPL-3.0-or-later
#include "configfile.h"

#include <QFile>
#include <QRegularExpression>

namespace guichet::configfile {

Parsed parse(const QByteArray &text, const QString &fileName, const QStringList &known)
{
    static const QRegularExpression keyShape(QStringLiteral("^[a-z][a-z0-9-]*$"));
    Parsed parsed;
    const QList<QByteArray> lines = text.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int number = i + 1;
        const QString line = QString::fromUtf8(lines.at(i)).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const auto problem = [&](const QString &message) {
            parsed.problems << QStringLiteral("%1:%2: %3").arg(fileName).arg(number).arg(message);
        };
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0) {
            problem(QStringLiteral("expected `key = value`, not \"%1\"").arg(line.left(60)));
            continue;
        }
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (!keyShape.match(key).hasMatch() || !known.contains(key)) {
            problem(QStringLiteral("unknown key \"%1\" (known: %2)").arg(key.left(60), known.join(QStringLiteral(", "))));
            continue;
        }
        if (value.isEmpty()) {
            problem(QStringLiteral("%1 has no value").arg(key));
            continue;
        }
        parsed.entries.append({key, value, number});
    }
    return parsed;
}

QStringList toArguments(const QList<Entry> &entries)
{
    QStringList arguments;
    for (const Entry &e : entries)
        arguments << QStringLiteral("--%1=%2").arg(e.key, e.value);
    return arguments;
}

QStringList expandArguments(const QStringList &arguments, const QStringList &known, QStringList *problems)
{
    QStringList expanded;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        QString file;
        if (i > 0 && arg == QLatin1String("--config") && i + 1 < arguments.size())
            file = arguments.at(++i);
        else if (i > 0 && arg.startsWith(QLatin1String("--config=")))
            file = arg.mid(9);
        else {
            expanded << arg;
            continue;
        }
        QFile in(file);
        if (!in.open(QIODevice::ReadOnly)) {
            problems->append(QStringLiteral("%1: cannot read the configuration: %2").arg(file, in.errorString()));
            continue;
        }
        const Parsed parsed = parse(in.readAll(), file, known);
        problems->append(parsed.problems);
        expanded << toArguments(parsed.entries);
    }
    return expanded;
}

} // namespace guichet::configfile
