// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <optional>

namespace guichet {

/**
 * What every guichet-bench measurement shares: a child program (the kiosk, a yardstick, or
 * guichet-bench itself in a hidden mode) ends by printing `probe: key=value ...`, and the
 * driver reduces the values to medians and percentiles.
 */
using ProbeFields = QHash<QString, QString>;

[[nodiscard]] double median(QList<double> values);
/** Nearest-rank percentile, as the probes compute it. */
[[nodiscard]] double percentile(QList<double> values, double p);
/** A number for an output line: "n/a" for NaN. */
[[nodiscard]] QString num(double value, int decimals = 1);
/** A probe field as a number; NaN when absent or "n/a". */
[[nodiscard]] double number(const ProbeFields &fields, const QString &key);
/** A probe field holding comma-separated numbers. */
[[nodiscard]] QList<double> numbers(const ProbeFields &fields, const QString &key);
/** Runs a program that ends by printing `probe: key=value ...`; its fields, or nothing (said on err). */
std::optional<ProbeFields> runProbe(const QString &program, const QStringList &args, const QProcessEnvironment &env,
                                    QTextStream &err);

} // namespace guichet
