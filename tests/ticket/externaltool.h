// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStandardPaths>

namespace guichet::test {

/**
 * Runs a Debian tool (zbarimg, pdftotext, pdftoppm…) and gives its standard output, or sets
 * *failure: a missing tool fails the test rather than skipping it (tools/setup-debian.sh
 * installs them all).
 */
inline QByteArray runTool(const QString &program, const QStringList &arguments, QString *failure)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty()) {
        *failure = program + QStringLiteral(" is not installed (tools/setup-debian.sh)");
        return {};
    }
    QProcess process;
    process.start(path, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *failure = QStringLiteral("%1 %2 failed: %3").arg(program, arguments.join(u' '), QString::fromUtf8(process.readAllStandardError()));
        return {};
    }
    failure->clear();
    return process.readAllStandardOutput();
}

/**
 * What zbarimg decodes in a PNG file, byte for byte: --raw and -Sbinary keep zbar from
 * guessing a character set and converting, and from adding a newline after the symbol.
 */
inline QByteArray decodeQr(const QString &pngPath, QString *failure)
{
    return runTool(QStringLiteral("zbarimg"),
                   {QStringLiteral("--quiet"), QStringLiteral("--nodbus"), QStringLiteral("--raw"), QStringLiteral("-Sbinary"), pngPath}, failure);
}

} // namespace guichet::test
