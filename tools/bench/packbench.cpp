// SPDX-License-Identifier: GPL-3.0-or-later
#include "packbench.h"

#include "clock.h"
#include "installeddata.h"
#include "packselftest.h"
#include "packstore.h"
#include "probe.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace guichet {

namespace {

QString besideMe(const QString &program)
{
    return QDir(QCoreApplication::applicationDirPath()).filePath(program);
}

/** Runs a program to its end; its wall time in ms, or -1 (said on err) when it failed. */
double timed(const QString &program, const QStringList &args, QTextStream &err)
{
    QProcess process;
    QElapsedTimer timer;
    timer.start();
    process.start(program, args);
    if (!process.waitForFinished(300 * 1000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        err << "guichet-bench pack: " << program << ' ' << args.join(u' ') << " failed:\n" << process.readAllStandardError().right(2000) << '\n';
        return -1;
    }
    return double(timer.nsecsElapsed()) / 1e6;
}

/** A copy of the pack with a greater version, so that the store takes it as new. */
bool copyWithVersion(const QString &from, const QString &to, const QString &version)
{
    QProcess copy;
    copy.start(QStringLiteral("cp"), {QStringLiteral("-rL"), from, to});
    if (!copy.waitForFinished() || copy.exitCode() != 0)
        return false;
    QFile manifest(QDir(to).filePath(QStringLiteral("manifest.json")));
    if (!manifest.open(QIODevice::ReadOnly))
        return false;
    QByteArray text = manifest.readAll();
    manifest.close();
    const qsizetype at = text.indexOf("\"version\"");
    const qsizetype start = text.indexOf('"', text.indexOf(':', at)) + 1;
    text.replace(start, text.indexOf('"', start) - start, version.toUtf8());
    return manifest.open(QIODevice::WriteOnly | QIODevice::Truncate) && manifest.write(text) == text.size();
}

} // namespace

int packBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Installs and switches measured (median)."), QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption packOption(QStringLiteral("pack"), QStringLiteral("Pack directory (default: the installed default pack)."),
                                        QStringLiteral("dir"), installedData(QStringLiteral("default-pack")));
    parser.addOptions({runsOption, packOption});
    if (!parser.parse(QStringList{QStringLiteral("guichet-bench pack")} + args)) {
        err << "guichet-bench pack: " << parser.errorText() << '\n';
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out << "Usage: guichet-bench pack [options]\n" << parser.helpText().section(u'\n', 1);
        return 0;
    }
    const int runs = qMax(1, parser.value(runsOption).toInt());
    QTemporaryDir work;
    const QDir dir(work.path());
    const QString tool = besideMe(QStringLiteral("guichet-pack"));
    const QString kiosk = besideMe(QStringLiteral("guichet-kiosk"));
    const QString secret = dir.filePath(QStringLiteral("bench.key"));
    const QString pub = dir.filePath(QStringLiteral("bench.pub"));
    if (timed(tool, {QStringLiteral("keygen"), QStringLiteral("--secret"), secret, QStringLiteral("--public"), pub}, err) < 0)
        return 1;

    const double validateMs = timed(tool, {QStringLiteral("validate"), parser.value(packOption)}, err);
    QList<double> buildMs, installMs, selfTestMs, switchMs;
    QList<QByteArray> trusted;
    QString error;
    if (validateMs < 0 || !packsignature::readPublicKeys({pub}, &trusted, &error))
        return 1;
    PackStore store(dir.filePath(QStringLiteral("data")));
    const PackSelfTest selfTest(kiosk, {});
    for (int i = 0; i < runs; ++i) {
        const QString version = QStringLiteral("9999.1.%1").arg(i);
        const QString source = dir.filePath(version);
        const QString archive = source + QStringLiteral(".tar.gz");
        if (!copyWithVersion(parser.value(packOption), source, version)) {
            err << "guichet-bench pack: cannot copy the pack\n";
            return 1;
        }
        const double build = timed(tool, {QStringLiteral("build"), source, QStringLiteral("--key"), secret, QStringLiteral("--out"), archive}, err);
        QFile file(archive);
        if (build < 0 || !file.open(QIODevice::ReadOnly))
            return 1;
        buildMs << build;
        // The install as the kiosk does it, timed apart from the self-test it runs in a child.
        QElapsedTimer timer;
        timer.start();
        const std::optional<PackStore::Staged> staged = store.stage(file.readAll(), trusted, Clock::now(), &error);
        const double stageMs = double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        if (!staged || !selfTest.run(staged->dir, &error)) {
            err << "guichet-bench pack: " << error << '\n';
            return 1;
        }
        selfTestMs << double(timer.nsecsElapsed()) / 1e6;
        timer.restart();
        if (!store.activate(staged->version, &error)) {
            err << "guichet-bench pack: " << error << '\n';
            return 1;
        }
        store.tidy();
        installMs << stageMs + double(timer.nsecsElapsed()) / 1e6;
        // The kiosk shows it: from the idle reset to the first frame on the new pack.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), env.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen")));
        const std::optional<ProbeFields> probe =
            runProbe(kiosk, {QStringLiteral("--mute"), QStringLiteral("--pack"), parser.value(packOption), QStringLiteral("--bench-pack-switch"), staged->dir}, env, err);
        if (!probe)
            return 1;
        switchMs << number(*probe, QStringLiteral("switch_ms"));
    }
    out << "pack: " << runs << " runs of the default pack (" << parser.value(packOption) << "); install = verify, write, fsync and switch, "
        << "without the self-test in a child kiosk: selftest_ms=" << num(median(selfTestMs), 0) << '\n'
        << "pack: validate_ms=" << num(validateMs, 0) << " build_ms=" << num(median(buildMs), 0) << " install_ms=" << num(median(installMs), 0)
        << " switch_ms=" << num(median(switchMs), 1) << Qt::endl;
    return 0;
}

} // namespace guichet
