// SPDX-License-Identifier: GPL-3.0-or-later
// guichet-kiosk: loads the content pack, builds the Kiosk, shows Main.qml fullscreen.
#include "benchprobe.h"
#include "bookingflow.h"
#include "bookingservices.h"
#include "clock.h"
#include "configfile.h"
#include "installeddata.h"
#include "journeydriver.h"
#include "kiosk.h"
#include "kioskoptions.h"
#include "lockedwindow.h"
#include "installcommand.h"
#include "packswitchprobe.h"
#include "packupdates.h"
#include "quitonsignal.h"
#include "screentour.h"
#include "startpack.h"
#include "speechengine.h"
#include "systemdnotify.h"
#include "voice.h"
#include "voicelibrary.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQmlApplicationEngine>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTextStream>

#include <memory>

using namespace guichet;

namespace {

/** The self-test and screenshots need no screen: pick offscreen before Qt starts. */
void chooseOffscreenWhenHeadless(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if ((arg == "--self-test" || arg == "--screenshot-dir" || arg == "--install-pack") && !qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
}

/** The pack named on the command line (or by GUICHET_PACK, as tests do): the only one tried. */
QString explicitPackDir(const QCommandLineParser &parser, const QCommandLineOption &packOption)
{
    return parser.isSet(packOption) ? parser.value(packOption) : qEnvironmentVariable("GUICHET_PACK");
}

QString defaultVoicesDir()
{
    const QString fromEnv = qEnvironmentVariable("GUICHET_VOICES");
    return fromEnv.isEmpty() ? installedData(QStringLiteral("voices")) : fromEnv;
}

} // namespace

int main(int argc, char *argv[])
{
    const auto started = BenchProbe::Clock::now(); // guichet-bench times startup from here
    chooseOffscreenWhenHeadless(argc, argv);
    // A touch kiosk has no keyboard: Qt Virtual Keyboard is the input method (the name field).
    if (!qEnvironmentVariableIsSet("QT_IM_MODULE"))
        qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    // It never predicts words (a name is not in a dictionary): no hunspell dictionaries needed.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.virtualkeyboard.hunspell.warning=false"));
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("guichet-kiosk"));
    QGuiApplication::setOrganizationName(QStringLiteral("Guichet"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Guichet: the self-service counter for newcomers"));
    parser.addHelpOption();
    const QCommandLineOption packOption(QStringLiteral("pack"), QStringLiteral("Run this content pack directory (default: the installed pack, DATA/packs/current)."),
                                        QStringLiteral("dir"));
    const QCommandLineOption packKeyOption(QStringLiteral("pack-key"), QStringLiteral("Public key trusted to sign content packs (repeat for two keys)."),
                                           QStringLiteral("file"));
    const QCommandLineOption installPackOption(QStringLiteral("install-pack"), QStringLiteral("Verify and install a signed pack archive into DATA/packs, then exit."),
                                               QStringLiteral("file"));
    const QCommandLineOption windowedOption(QStringLiteral("windowed"), QStringLiteral("A 1080×1920 window instead of fullscreen."));
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"),
                                            QStringLiteral("Check every screen in every language offscreen, then exit."));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot-dir"),
                                              QStringLiteral("Write one PNG per screen into dir, then exit."), QStringLiteral("dir"));
    const QCommandLineOption langOption(QStringLiteral("lang"), QStringLiteral("Language to start in (BCP 47)."),
                                        QStringLiteral("code"));
    const QCommandLineOption nowOption(QStringLiteral("now"), QStringLiteral("Set the clock to this ISO 8601 moment, from which it runs on (no offset: Brussels time)."),
                                       QStringLiteral("moment"));
    const QCommandLineOption translationsOption(QStringLiteral("translations"),
                                                QStringLiteral("Directory of guichet_<lang>.qm files."), QStringLiteral("dir"),
                                                installedData(QStringLiteral("i18n")));
    const QCommandLineOption voicesOption(QStringLiteral("voices"), QStringLiteral("Voice profiles directory."),
                                          QStringLiteral("dir"), defaultVoicesDir());
    const QCommandLineOption muteOption(QStringLiteral("mute"), QStringLiteral("Speak into the null output (no sound)."));
    const QCommandLineOption voiceModeOption(QStringLiteral("voice-mode"), QStringLiteral("Start in voice mode (screenshots)."));
    const QCommandLineOption largeTextOption(QStringLiteral("large-text"), QStringLiteral("Start with large text (screenshots)."));
    const QCommandLineOption highContrastOption(QStringLiteral("high-contrast"),
                                                QStringLiteral("Start in high contrast (screenshots)."));
    QCommandLineOption benchProbeOption(QStringLiteral("bench-probe"),
                                       QStringLiteral("Time startup and frames for guichet-bench, then exit."));
    benchProbeOption.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption serverOption(QStringLiteral("server"), QStringLiteral("Booking server base URL (none: booking is not offered)."), QStringLiteral("url"));
    const QCommandLineOption kioskIdOption(QStringLiteral("kiosk-id"), QStringLiteral("This kiosk's id on the server."), QStringLiteral("id"));
    const QCommandLineOption tokenFileOption(QStringLiteral("token-file"), QStringLiteral("File with this kiosk's token (mode 600)."), QStringLiteral("file"));
    const QCommandLineOption caFileOption(QStringLiteral("ca-file"), QStringLiteral("PEM certificates to trust for HTTPS."), QStringLiteral("file"));
    const QCommandLineOption dataOption(QStringLiteral("data"), QStringLiteral("Directory for the kiosk's own data (bookings outbox, installed packs)."), QStringLiteral("dir"),
                                        QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QCommandLineOption printerOption(QStringLiteral("printer"), QStringLiteral("Ticket printer: a CUPS name, or pdf:DIR to write PDFs."), QStringLiteral("name"));
    const QCommandLineOption configOption(QStringLiteral("config"), QStringLiteral("Read options from this file (/etc/guichet/kiosk.conf: key = value lines); options given after it win."),
                                          QStringLiteral("file"));
    const QCommandLineOption officeOption(QStringLiteral("office"), QStringLiteral("The office this kiosk stands in (default: the pack's default office)."), QStringLiteral("id"));
    const QCommandLineOption volumeOption(QStringLiteral("volume"), QStringLiteral("The speech volume each visitor starts with, 0-100."), QStringLiteral("n"));
    QCommandLineOption grabOption(QStringLiteral("grab-first-frame"), QStringLiteral("Write the first frame to this PNG file and run on (tests)."), QStringLiteral("file"));
    grabOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption packSwitchOption(QStringLiteral("bench-pack-switch"), QStringLiteral("Time the idle reset onto this pack, for guichet-bench."),
                                        QStringLiteral("dir"));
    packSwitchOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption journeyOption(QStringLiteral("bench-journey"), QStringLiteral("Book in voice mode as a visitor who cannot read, for guichet-bench."),
                                     QStringLiteral("lang"));
    journeyOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption journeyKeysOption(QStringLiteral("bench-journey-keys"), QStringLiteral("The journey with a keypad's keys only."));
    journeyKeysOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({serverOption, kioskIdOption, tokenFileOption, caFileOption, dataOption, printerOption, journeyOption, journeyKeysOption,
                       packKeyOption, installPackOption, packSwitchOption});
    parser.addOptions({configOption, officeOption, volumeOption, grabOption});
    parser.addOptions({packOption, windowedOption, selfTestOption, screenshotOption, langOption, nowOption,
                       translationsOption, voicesOption, muteOption, voiceModeOption, largeTextOption, highContrastOption, benchProbeOption});
    // kiosk.conf's lines stand where --config is; a bad line is said and left out.
    QStringList configProblems;
    parser.process(configfile::expandArguments(QCoreApplication::arguments(), kioskoptions::configKeys(), &configProblems));
    for (const QString &problem : std::as_const(configProblems))
        err << "guichet-kiosk: " << problem << '\n';

    const QString installedPackDir = installedData(QStringLiteral("default-pack"));
    // The child self-test sees the interface translations and voices this kiosk would use.
    const QStringList selfTestArguments{QStringLiteral("--translations"), parser.value(translationsOption),
                                        QStringLiteral("--voices"), parser.value(voicesOption)};
    if (parser.isSet(nowOption) && !Clock::parseMoment(parser.value(nowOption))) {
        err << "guichet-kiosk: --now " << parser.value(nowOption) << " is not an ISO 8601 moment\n";
        return 2;
    }
    if (parser.isSet(nowOption))
        Clock::pin(*Clock::parseMoment(parser.value(nowOption)));
    if (parser.isSet(installPackOption))
        return runInstallCommand({parser.value(installPackOption), parser.values(packKeyOption), parser.value(dataOption),
                                  packVersionIn(installedPackDir), selfTestArguments},
                                 out);

    std::optional<StartPack> start = chooseStartPack(explicitPackDir(parser, packOption), parser.value(dataOption), installedPackDir, err);
    if (!start) {
        err << "guichet-kiosk: no content pack loads; run guichet-pack validate\n";
        return 1;
    }
    if (parser.isSet(officeOption) && !kioskoptions::standIn(start->pack, parser.value(officeOption)))
        err << "guichet-kiosk: office: the pack has no office " << parser.value(officeOption) << "; this kiosk stands in "
            << start->pack.defaultOffice << '\n';
    const QString packDir = start->dir;
    Kiosk *kiosk = Kiosk::createInstance(std::move(start->pack), packDir, &app);
    kiosk->setTranslationsDir(parser.value(translationsOption));
    kiosk->setHomeOffice(parser.value(officeOption));
    kiosk->setLanguage(kiosk->defaultLanguage());
    if (parser.isSet(nowOption))
        kiosk->context()->setNow(*Clock::parseMoment(parser.value(nowOption)));

    const VoiceLibrary voices(parser.value(voicesOption));
    for (const QString &problem : voices.problems())
        err << "guichet-kiosk: voice profile: " << problem << '\n';
    SpeechEngine speech(voices, nullptr, false);
    // Clips follow the pack shown (Kiosk::offerPack); Voice gives the engine each pack's voices.
    speech.setClipProvider([kiosk](const QString &text, const QString &language) { return kiosk->clip(text, language); });
    speech.setForceNullOutput(parser.isSet(muteOption));
    if (parser.isSet(volumeOption)) {
        QString problem;
        if (const std::optional<double> volume = kioskoptions::volume(parser.value(volumeOption), &problem))
            speech.setDefaultVolume(*volume);
        else
            err << "guichet-kiosk: " << problem << "; using " << qRound(SpeechEngine::kDefaultVolume * 100) << '\n';
    }
    // The self-test and screenshots load the voices first, so that the sound system's start-up
    // messages come before their checks. The kiosk loads them after its first frame (below):
    // on two cores, loading eleven voices beside the interface delays the first screen.
    if ((parser.isSet(selfTestOption) || parser.isSet(screenshotOption)) && !speech.waitUntilReady())
        err << "guichet-kiosk: speech is unavailable: eSpeak NG did not start\n";
    Voice *voice = Voice::createInstance(&speech, kiosk, &app);
    BookingServices booking;
    if (parser.isSet(serverOption)) {
        // Without booking the screens still help, and the booking screens give the office's
        // phone: better than a kiosk that exits and is restarted forever on a typo.
        QString error;
        if (!booking.open({parser.value(serverOption), parser.value(kioskIdOption), parser.value(tokenFileOption),
                           parser.value(caFileOption), parser.value(dataOption)},
                          kiosk->context()->pack(), &error))
            err << "guichet-kiosk: booking: " << error << "; booking is off\n";
    }
    BookingFlow *bookingFlow = BookingFlow::createInstance(kiosk, booking.sync(), booking.store(), &app);
    bookingFlow->setPrinter(parser.value(printerOption));
    if (booking.sync())
        booking.sync()->printerOk = bookingFlow->canPrint();
    std::unique_ptr<PackUpdates> packUpdates;
    if (booking.sync()) {
        QList<QByteArray> keys;
        QString error;
        if (!packsignature::readPublicKeys(parser.values(packKeyOption), &keys, &error)) {
            err << "guichet-kiosk: " << error << "; content packs from the server are not installed\n";
            keys.clear();
        } else if (keys.isEmpty())
            err << "guichet-kiosk: no --pack-key: content packs from the server are not installed\n";
        else
            packUpdates = std::make_unique<PackUpdates>(kiosk, booking.sync(), parser.value(dataOption), packVersionIn(installedPackDir),
                                                        keys, PackSelfTest(QCoreApplication::applicationFilePath(), selfTestArguments));
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml")); // not a default before Qt 6.5 (docs/QT64.md)
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Guichet/Main.qml")));
    auto *window = engine.rootObjects().isEmpty() ? nullptr : qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    if (!window) {
        err << "guichet-kiosk: the interface did not load\n";
        return 1;
    }

    kiosk->setLargeText(parser.isSet(largeTextOption));
    kiosk->setHighContrast(parser.isSet(highContrastOption));
    voice->setMode(parser.isSet(voiceModeOption));
    if (parser.isSet(selfTestOption)) {
        ScreenTour tour(window, kiosk);
        tour.setVoices(&voices);
        return tour.selfTest(out);
    }
    if (parser.isSet(screenshotOption)) {
        ScreenTour tour(window, kiosk);
        return tour.screenshots(parser.value(screenshotOption),
                                parser.isSet(langOption) ? parser.value(langOption) : kiosk->defaultLanguage(), out);
    }
    if (parser.isSet(journeyOption)) {
        auto *journey = new JourneyDriver(window, voice, parser.value(journeyOption), out, parser.isSet(journeyKeysOption));
        QObject::connect(window, &QQuickWindow::frameSwapped, journey, &JourneyDriver::start, Qt::SingleShotConnection);
    }
    std::unique_ptr<BenchProbe> probe;
    if (parser.isSet(benchProbeOption))
        probe = std::make_unique<BenchProbe>(window, kiosk, started);
    QObject::connect(window, &QQuickWindow::frameSwapped, &speech, &SpeechEngine::start, Qt::QueuedConnection);
    if (parser.isSet(packSwitchOption))
        probePackSwitch(window, kiosk, parser.value(packSwitchOption), out);
    if (packUpdates)
        QObject::connect(window, &QQuickWindow::frameSwapped, packUpdates.get(), [&packUpdates] { packUpdates->start(); }, Qt::SingleShotConnection);
    if (SyncClient *sync = booking.sync()) {
        QObject::connect(window, &QQuickWindow::frameSwapped, sync, &SyncClient::start, Qt::SingleShotConnection);
        sync->speechOk = voice->available();
        QObject::connect(voice, &Voice::availableChanged, sync, [sync, voice] { sync->speechOk = voice->available(); });
    }
    if (parser.isSet(langOption))
        kiosk->setLanguage(parser.value(langOption));
    if (parser.isSet(grabOption))
        saveFirstFrame(window, parser.value(grabOption));
    const SystemdNotify systemd(window);
    quitOnTerminationSignals();
    if (!parser.isSet(windowedOption)) {
        lockWindow(window);
        window->showFullScreen();
    }
    return QGuiApplication::exec();
}
