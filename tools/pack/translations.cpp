// SPDX-License-Identifier: GPL-3.0-or-later
#include "translations.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace guichet::packtranslations {

namespace {

QString tsPath(const QString &code)
{
    return QStringLiteral("i18n/guichet_%1.ts").arg(code);
}

QString qmPath(const QString &code)
{
    return QStringLiteral("i18n/guichet_%1.qm").arg(code);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

/** lrelease one .ts: the .qm bytes, or nothing with lrelease's own words. */
std::optional<QByteArray> release(const QString &lrelease, const QString &code, const QByteArray &ts, QString *error)
{
    QTemporaryDir work;
    const QString in = work.filePath(QStringLiteral("guichet_%1.ts").arg(code));
    const QString out = work.filePath(QStringLiteral("guichet_%1.qm").arg(code));
    if (!work.isValid() || !writeFile(in, ts)) {
        *error = QStringLiteral("cannot write a temporary file for %1").arg(tsPath(code));
        return std::nullopt;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    // No -nounfinished, as qml/CMakeLists.txt (qt_add_translations): a draft translation is
    // shown rather than the English source text.
    process.start(lrelease, {in, QStringLiteral("-qm"), out});
    const bool finished = process.waitForFinished(60000);
    QString said = QString::fromLocal8Bit(process.readAll()).trimmed();
    QFile qm(out);
    if (!finished || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0 || !qm.open(QIODevice::ReadOnly)
        || qm.size() == 0) {
        *error = QStringLiteral("%1: lrelease (%2) failed: %3")
                     .arg(tsPath(code), lrelease, said.isEmpty() ? process.errorString() : said.replace(work.path() + u'/', QString()));
        return std::nullopt;
    }
    return qm.readAll();
}

} // namespace

QStringList sourceLanguages(const PackFiles &pack)
{
    static const QRegularExpression ts(QStringLiteral("^i18n/guichet_([A-Za-z0-9_-]+)\\.ts$"));
    QStringList codes;
    for (auto it = pack.files.cbegin(); it != pack.files.cend(); ++it) {
        const QRegularExpressionMatch m = ts.match(it.key());
        if (m.hasMatch())
            codes << m.captured(1);
    }
    codes.sort();
    return codes;
}

QString findLrelease()
{
    const QString fromEnv = qEnvironmentVariable("GUICHET_LRELEASE");
    if (!fromEnv.isEmpty())
        return fromEnv;
    const QString qt6 = QStringLiteral("/usr/lib/qt6/bin/lrelease"); // Debian's qt6-l10n-tools
    if (QFileInfo(qt6).isExecutable())
        return qt6;
    for (const QString &name : {QStringLiteral("lrelease6"), QStringLiteral("lrelease")}) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

std::optional<int> compile(PackFiles &pack, QString *error, const QString &language)
{
    QStringList codes = sourceLanguages(pack);
    if (!language.isEmpty())
        codes = codes.contains(language) ? QStringList{language} : QStringList();
    if (codes.isEmpty())
        return 0;
    const QString lrelease = findLrelease();
    if (lrelease.isEmpty()) {
        *error = QStringLiteral("%1: cannot compile the interface translations: lrelease (Qt 6) is not installed "
                                "(Debian: apt install qt6-l10n-tools), or set GUICHET_LRELEASE")
                     .arg(tsPath(codes.first()));
        return std::nullopt;
    }
    for (const QString &code : std::as_const(codes)) {
        const std::optional<QByteArray> qm = release(lrelease, code, pack.files.value(tsPath(code)), error);
        if (!qm)
            return std::nullopt;
        pack.files.insert(qmPath(code), *qm);
    }
    return int(codes.size());
}

} // namespace guichet::packtranslations
