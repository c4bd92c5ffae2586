// SPDX-License-Identifier: GPL-3.0-or-later
#include "probe.h"

#include <QFileInfo>
#include <QProcess>

#include <algorithm>
#include <cmath>

namespace guichet {

namespace {
constexpr int kProcessTimeoutMs = 180000;
} // namespace

double median(QList<double> values)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

QString num(double value, int decimals)
{
    return std::isnan(value) ? QStringLiteral("n/a") : QString::number(value, 'f', decimals);
}

double number(const ProbeFields &fields, const QString &key)
{
    bool ok = false;
    const double value = fields.value(key).toDouble(&ok);
    return ok ? value : std::nan("");
}

QList<double> numbers(const ProbeFields &fields, const QString &key)
{
    QList<double> values;
    for (const QString &part : fields.value(key).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double value = part.toDouble(&ok);
        if (ok)
            values << value;
    }
    return values;
}

std::optional<ProbeFields> runProbe(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                                    QTextStream &err)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    const QString name = QFileInfo(program).fileName();
    if (!process.waitForStarted()) {
        err << "guichet-bench: cannot start " << program << ": " << process.errorString() << Qt::endl;
        return std::nullopt;
    }
    if (!process.waitForFinished(kProcessTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        err << "guichet-bench: " << name << " did not finish within " << kProcessTimeoutMs / 1000 << " s" << Qt::endl;
        return std::nullopt;
    }
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    const QString errors = QString::fromUtf8(process.readAllStandardError()).trimmed();
    QString line;
    for (const QString &l : output.split(QLatin1Char('\n'))) {
        if (l.startsWith(QLatin1String("probe: ")))
            line = l.mid(7).trimmed();
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || line.isEmpty()) {
        err << "guichet-bench: " << name << ' ' << args.join(QLatin1Char(' ')) << " failed (exit " << process.exitCode()
            << ")" << (line.isEmpty() ? ", no probe line" : "") << Qt::endl;
        if (!errors.isEmpty())
            err << errors.right(4000) << Qt::endl;
        return std::nullopt;
    }
    ProbeFields fields;
    for (const QString &pair : line.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq > 0)
            fields.insert(pair.left(eq), pair.mid(eq + 1));
    }
    return fields;
}

} // namespace guichet
