// SPDX-License-Identifier: GPL-3.0-or-later
// guichet-bench: measurements of the kiosk and the server, one subcommand each. Numbers are
// reported, never asserted: the exit status says only whether everything ran.
#include "probe.h"
#include "drainbench.h"
#include "journeybench.h"
#include "killsyncbench.h"
#include "packbench.h"
#include "serverbench.h"
#include "speechbench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>
#include <optional>

namespace guichet {

namespace {

using Command = std::function<int(const QStringList &args, QTextStream &out, QTextStream &err)>;

/** The kiosk as it stands in the office: a 1080×1920 portrait screen (offscreen is 800×600). */
constexpr char kScreenConfig[] = R"({"screens": [{"name": "bench", "x": 0, "y": 0, "width": 1080,
    "height": 1920, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]})";

/**
 * The kiosk with its pack against a Qt Quick app with one Text, alternately, each from main()
 * to its first frame; the kiosk's probe also times screen changes and language switches.
 */
int startup(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kiosk startup against a minimal Qt Quick app, peak RSS, and "
                                                    "the frame after a screen change or a language switch."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("This help."));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs of each program."),
                                        QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption warmupOption(QStringLiteral("warmup"),
                                          QStringLiteral("Untimed runs of each first (disk cache, font cache)."),
                                          QStringLiteral("n"), QStringLiteral("1"));
    const QCommandLineOption packOption(QStringLiteral("pack"),
                                        QStringLiteral("Content pack for the kiosk (default: the kiosk's own)."),
                                        QStringLiteral("dir"));
    const QCommandLineOption idleOption(QStringLiteral("idle-time"),
                                        QStringLiteral("QT_QPA_UPDATE_IDLE_TIME: ms from a frame request to the frame; "
                                                       "16 emulates 60 Hz."),
                                        QStringLiteral("ms"), QStringLiteral("16"));
    parser.addOptions({helpOption, runsOption, warmupOption, packOption, idleOption});
    if (!parser.parse(QStringList{QStringLiteral("guichet-bench startup")} + args)) {
        err << "guichet-bench startup: " << parser.errorText() << '\n' << parser.helpText();
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << "Usage: guichet-bench startup [options]\n" << parser.helpText().section(QLatin1Char('\n'), 1);
        return 0;
    }
    bool runsOk = false, warmupOk = false, idleOk = false;
    const int runs = parser.value(runsOption).toInt(&runsOk);
    const int warmup = parser.value(warmupOption).toInt(&warmupOk);
    const int idleMs = parser.value(idleOption).toInt(&idleOk);
    if (!runsOk || runs < 1 || !warmupOk || warmup < 0 || !idleOk || idleMs < 0) {
        err << "guichet-bench startup: --runs must be at least 1, --warmup and --idle-time at least 0\n";
        return 2;
    }

    const QDir binDir(QCoreApplication::applicationDirPath());
    const QString kiosk = binDir.filePath(QStringLiteral("guichet-kiosk"));
    const QString minimal = binDir.filePath(QStringLiteral("guichet-bench-minimal"));
    for (const QString &program : {kiosk, minimal}) {
        if (!QFileInfo(program).isExecutable()) {
            err << "guichet-bench: " << program << " is missing; build it first\n";
            return 1;
        }
    }
    QStringList kioskArgs{QStringLiteral("--bench-probe")};
    if (parser.isSet(packOption))
        kioskArgs << QStringLiteral("--pack") << QFileInfo(parser.value(packOption)).absoluteFilePath();

    QTemporaryDir runtime(QDir::tempPath() + QStringLiteral("/guichet-bench-XXXXXX"));
    QFile config(runtime.filePath(QStringLiteral("screen.json")));
    if (!runtime.isValid() || !config.open(QIODevice::WriteOnly) || config.write(kScreenConfig) < 0) {
        err << "guichet-bench: cannot prepare a private runtime directory\n";
        return 1;
    }
    config.close();
    QFile::setPermissions(runtime.path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen:configfile=") + config.fileName());
    env.insert(QStringLiteral("QT_QPA_UPDATE_IDLE_TIME"), QString::number(idleMs));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime.path());

    out << "guichet-bench startup: kiosk " << kiosk << ' ' << kioskArgs.join(QLatin1Char(' ')) << "; minimal " << minimal << '\n'
        << "pacing: offscreen platform (no vsync), 1080x1920 screen, QT_QPA_UPDATE_IDLE_TIME=" << idleMs
        << " ms from a frame request to the frame" << (idleMs == 16 ? " (emulated 60 Hz)" : "") << '\n';
    out.flush();

    QList<double> kioskMs, minimalMs, kioskRss, minimalRss, screenMs, languageMs, screenCallP95, languageCallP95;
    double screenCold = std::nan(""), languageCold = std::nan("");
    for (int i = 0; i < warmup + runs; ++i) {
        const bool timed = i >= warmup;
        const QString label = timed ? QStringLiteral("run %1/%2").arg(i - warmup + 1).arg(runs) : QStringLiteral("warm-up");
        // Alternate which goes first, so a drifting machine favours neither.
        for (const bool isKiosk : {i % 2 == 0, i % 2 != 0}) {
            const std::optional<ProbeFields> probe = isKiosk ? runProbe(kiosk, kioskArgs, env, err)
                                                        : runProbe(minimal, {}, env, err);
            if (!probe)
                return 1;
            const ProbeFields &f = *probe;
            out << label << (isKiosk ? " kiosk: " : " minimal: ") << "first_frame_ms=" << f.value("first_frame_ms")
                << " peak_rss_mb=" << f.value("peak_rss_mb");
            if (isKiosk) {
                out << " screen_change_p95_ms=" << f.value("screen_change_p95_ms") << " language_switch_p95_ms="
                    << f.value("language_switch_p95_ms") << " screens=" << f.value("screens") << " languages="
                    << f.value("languages") << " renderer=" << f.value("renderer");
            }
            out << '\n';
            out.flush();
            if (!timed)
                continue;
            (isKiosk ? kioskMs : minimalMs) << number(f, "first_frame_ms");
            (isKiosk ? kioskRss : minimalRss) << number(f, "peak_rss_mb");
            if (isKiosk) {
                screenMs << numbers(f, "screen_change_ms");
                languageMs << numbers(f, "language_switch_ms");
                screenCallP95 << number(f, "screen_change_call_p95_ms");
                languageCallP95 << number(f, "language_switch_call_p95_ms");
                screenCold = std::fmax(screenCold, number(f, "screen_change_cold_max_ms"));
                languageCold = std::fmax(languageCold, number(f, "language_switch_cold_max_ms"));
            }
        }
    }

    const double a = median(kioskMs);
    const double b = median(minimalMs);
    out << "minimal: peak_rss_mb=" << num(*std::max_element(minimalRss.cbegin(), minimalRss.cend())) << '\n'
        << "frames-detail: screen_change_call_p95_ms=" << num(median(screenCallP95), 2)
        << " language_switch_call_p95_ms=" << num(median(languageCallP95), 2)
        << " screen_change_cold_max_ms=" << num(screenCold, 2) << " language_switch_cold_max_ms=" << num(languageCold, 2)
        << '\n'
        << "frames: screen_change_p95_ms=" << num(percentile(screenMs, 95), 2)
        << " language_switch_p95_ms=" << num(percentile(languageMs, 95), 2)
        << " samples=" << std::min(screenMs.size(), languageMs.isEmpty() ? screenMs.size() : languageMs.size()) << '\n'
        << "startup: kiosk_ms=" << num(a) << " minimal_ms=" << num(b) << " ratio=" << num(a / b, 2)
        << " rss_mb=" << num(*std::max_element(kioskRss.cbegin(), kioskRss.cend())) << Qt::endl;
    return 0;
}

/** Each measurement by name. */
const std::map<QString, std::pair<Command, const char *>> &commands()
{
    static const std::map<QString, std::pair<Command, const char *>> table{
        {QStringLiteral("startup"), {startup, "kiosk vs minimal Qt Quick app to first frame, peak RSS, frame times"}},
        {QStringLiteral("speech"), {speechBench, "say() to first samples at the audio output; synthesis vs raw espeak_Synth"}},
        {QStringLiteral("server"), {serverBench, "bookings/s and p99 through guichet-server vs its database alone"}},
        {QStringLiteral("drain"), {drainBench, "a kiosk's outbox of 5000 bookings drained to guichet-server over loopback"}},
        {QStringLiteral("journey"), {journeyBench, "booking in voice mode as a visitor who cannot read, fr and ar: taps and seconds of speech"}},
        {QStringLiteral("kill-sync"), {killSyncBench, "a booking kiosk killed -9 N times, then kiosk and server compared"}},
        {QStringLiteral("kill-sync-worker"), {killSyncWorker, "(run by kill-sync)"}},
        {QStringLiteral("pack"), {packBench, "validate, build and install the default pack; idle reset to the first frame on a new pack"}},
    };
    return table;
}

int usage(QTextStream &err)
{
    err << "usage: guichet-bench COMMAND [options]   (COMMAND --help for its options)\n";
    for (const auto &[name, command] : commands())
        err << "  " << name << "  " << command.second << '\n';
    return 2;
}

} // namespace

} // namespace guichet

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = QCoreApplication::arguments().mid(1);
    const auto &table = guichet::commands();
    const auto command = args.isEmpty() ? table.end() : table.find(args.constFirst());
    if (command == table.end())
        return guichet::usage(err);
    return command->second.first(args.mid(1), out, err);
}
