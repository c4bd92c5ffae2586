// SPDX-License-Identifier: GPL-3.0-or-later
#include "preview.h"

#include "clock.h"
#include "packinput.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

namespace guichet {

namespace {

/** A whole screen tour takes seconds; this is for a kiosk that hangs. */
constexpr int kKioskTimeoutMs = 5 * 60 * 1000;

QString kioskProgram()
{
    const QString fromEnv = qEnvironmentVariable("GUICHET_KIOSK_BIN");
    return fromEnv.isEmpty() ? QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("guichet-kiosk")) : fromEnv;
}

/**
 * The directory the kiosk runs: an archive unpacked; a directory in place, unless it holds the
 * language's i18n/guichet_L.ts, which is then compiled as `build` would (the kiosk reads only
 * .qm files, and a .qm lying in the directory may be older than its .ts).
 */
std::optional<QString> packDirToRun(const QString &path, const QString &language, const QTemporaryDir &work, QString *error)
{
    std::optional<PackFiles> pack = readPackInput(path, error);
    if (!pack)
        return std::nullopt;
    const bool hasSource = packtranslations::sourceLanguages(*pack).contains(language);
    if (isPackDirectory(path) && !hasSource)
        return path;
    if (hasSource && !packtranslations::compile(*pack, error, language))
        return std::nullopt;
    const QString dir = work.filePath(QStringLiteral("pack"));
    if (!pack->writeTo(dir, PackFiles::Durability::Ordinary, error))
        return std::nullopt;
    return dir;
}

QStringList kioskArguments(const QString &packDir, const QString &language, const QString &outDir)
{
    QStringList args{QStringLiteral("--pack"), packDir, QStringLiteral("--screenshot-dir"), outDir,
                     QStringLiteral("--lang"), language, QStringLiteral("--mute")};
    // The kiosk reads a pack's own i18n/ before its installed translations; naming it as well
    // keeps a kiosk that predates packs with translations showing the pack's.
    const QString i18n = QDir(packDir).filePath(QStringLiteral("i18n"));
    if (QFile::exists(QDir(i18n).filePath(QStringLiteral("guichet_%1.qm").arg(language))))
        args << QStringLiteral("--translations") << i18n;
    // The pack's voices/ needs no option: the kiosk reads it beside its installed profiles.
    if (Clock::isPinned()) // guichet-pack --now: the screens show that day too
        args << QStringLiteral("--now") << Clock::now().toString(Qt::ISODate);
    return args;
}

} // namespace

int preview(const QString &path, const Options &opts, QTextStream &out, QTextStream &err)
{
    const QString language = opts.value(QStringLiteral("--lang"));
    const QString outDir = opts.value(QStringLiteral("--out"));
    if (language.isEmpty() || outDir.isEmpty()) {
        err << "usage: guichet-pack preview PACK --lang L --out DIR\n";
        return 2;
    }
    const QString program = kioskProgram();
    if (!QFileInfo(program).isExecutable()) {
        err << "no kiosk at " << program << " (set GUICHET_KIOSK_BIN)\n";
        return 1;
    }
    QTemporaryDir work;
    QString error;
    const std::optional<QString> packDir = work.isValid() ? packDirToRun(path, language, work, &error) : std::nullopt;
    if (!packDir) {
        err << (work.isValid() ? error : QStringLiteral("cannot make a temporary directory")) << '\n';
        return 1;
    }
    if (!QDir().mkpath(outDir)) {
        err << "cannot make " << outDir << '\n';
        return 1;
    }
    QProcess kiosk;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    kiosk.setProcessEnvironment(env);
    kiosk.start(program, kioskArguments(QDir(*packDir).absolutePath(), language, QDir(outDir).absolutePath()));
    const bool finished = kiosk.waitForFinished(kKioskTimeoutMs);
    if (!finished)
        kiosk.kill();
    const QString said = QString::fromLocal8Bit(kiosk.readAllStandardOutput());
    int written = 0;
    for (const QString &line : said.split(u'\n', Qt::SkipEmptyParts)) {
        const bool png = line.endsWith(QLatin1String(".png")) && QFileInfo(line).size() > 0;
        (png ? out : err) << line << '\n';
        written += png;
    }
    if (!finished || kiosk.exitStatus() != QProcess::NormalExit || kiosk.exitCode() != 0 || written == 0) {
        err << QString::fromLocal8Bit(kiosk.readAllStandardError());
        const QString why = !finished ? QStringLiteral("it timed out")
            : kiosk.exitStatus() != QProcess::NormalExit ? QStringLiteral("it crashed")
                                                         : QStringLiteral("exit code %1").arg(kiosk.exitCode());
        err << program << " did not photograph every screen (" << why << ")\n";
        return 1;
    }
    return 0;
}

} // namespace guichet
