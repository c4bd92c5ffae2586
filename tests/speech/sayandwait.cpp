// SPDX-License-Identifier: GPL-3.0-or-later
// A test helper: says one text through the kiosk's SpeechEngine and real audio output, waits
// for its end, and reports what happened, for the PulseAudio playback tests (pulse_playback.sh).
// usage: guichet-test-say VOICES_DIR LANG TEXT
#include "speechengine.h"

#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

using namespace guichet;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() != 4) {
        out << "usage: guichet-test-say VOICES_DIR LANG TEXT\n";
        return 2;
    }
    const VoiceLibrary voices(args.at(1));
    SpeechEngine engine(voices);
    if (!engine.waitUntilReady())
        return 1;
    bool heard = false;
    QObject::connect(&engine, &SpeechEngine::utteranceFinished, &app, [&](const QString &, bool wasHeard) {
        heard = wasHeard;
        // Let the sound server play out what it still holds before we go.
        QTimer::singleShot(500, &app, &QCoreApplication::quit);
    });
    QTimer::singleShot(60000, &app, [&] {
        out << "timeout\n";
        app.exit(1);
    });
    engine.say(args.at(3), args.at(2));
    const int status = QCoreApplication::exec();
    out << "heard=" << int(heard) << " available=" << int(engine.available()) << '\n';
    return status;
}
