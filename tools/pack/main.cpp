// SPDX-License-Identifier: GPL-3.0-or-later
// guichet-pack: the staff's tool for content packs. `validate DIR` names every problem.
#include "clock.h"
#include "diff.h"
#include "info.h"
#include "options.h"
#include "preview.h"
#include "publish.h"
#include "speak.h"
#include "validate.h"
#include "verify.h"

#include <QCoreApplication>
#include <QTextStream>

#ifdef GUICHET_HAS_KIOSK
#include <QGuiApplication>
#endif

#include <functional>
#include <memory>

using namespace guichet;

namespace {

int usage(QTextStream &err)
{
    err << "usage: guichet-pack validate DIR\n"
           "       guichet-pack speak DIR --lang L (--key K | --text T) --wav OUT.wav [--voices DIR]\n"
           "       guichet-pack keygen --secret FILE --public FILE\n"
           "       guichet-pack build DIR --key SECRET_FILE --out PACK.tar.gz [--expires YYYY-MM-DD]\n"
           "       guichet-pack verify PACK --key PUBLIC_FILE [--key PUBLIC_FILE ...]\n"
           "       guichet-pack info PACK\n"
           "       guichet-pack diff PACK_A PACK_B [--lang en|fr|nl]\n"
           "       guichet-pack preview PACK --lang L --out DIR\n"
           "  validate  check a content pack; print every problem as file:line: key: message, then warnings\n"
           "  speak     write exactly the audio the kiosk would play for a text (lexicon applied)\n"
           "  keygen    a new Ed25519 key pair for signing packs\n"
           "  build     validate, compile i18n/*.ts, sign and archive a pack for publishing (POST /api/v1/packs)\n"
           "  verify    check a pack's signature, files and expiry as a kiosk would\n"
           "  info      what a pack is: version, dates, languages, size, signing key\n"
           "  diff      what changed between two packs, one change a line\n"
           "  preview   screenshots of every screen of a pack in one language (the kiosk's own)\n"
           "PACK is a directory or a .tar.gz archive made by build.\n";
    return 2;
}

[[maybe_unused]] int withoutKiosk(QTextStream &err, const QString &command)
{
    err << "guichet-pack: this build has no " << command
        << " (built with GUICHET_KIOSK=OFF, without the kiosk and eSpeak NG)\n";
    return 2;
}

/**
 * Takes the hidden `--now MOMENT` (tests: builds, expiry and calendar warnings on a chosen
 * day) out of the arguments, wherever it is, and sets the one clock to it. False when it is
 * not a moment.
 */
bool takeNow(QStringList &args, QTextStream &err)
{
    const qsizetype at = args.indexOf(QStringLiteral("--now"));
    if (at < 0)
        return true;
    const std::optional<QDateTime> moment = at + 1 < args.size() ? Clock::parseMoment(args.at(at + 1)) : std::nullopt;
    if (!moment) {
        err << "guichet-pack: --now needs an ISO 8601 moment, such as 2026-12-07T09:30:00+01:00\n";
        return false;
    }
    Clock::pin(*moment);
    args.remove(at, 2);
    return true;
}

/** validate checks glyphs with the installed fonts, which needs Qt Gui (offscreen: no screen). */
std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
#ifdef GUICHET_HAS_KIOSK
    int command = 1;
    while (command + 1 < argc && QByteArray(argv[command]) == "--now")
        command += 2;
    if (command < argc && QByteArray(argv[command]) == "validate") {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        return std::make_unique<QGuiApplication>(argc, argv);
    }
#endif
    return std::make_unique<QCoreApplication>(argc, argv);
}

/** A command: its name, how many positional arguments it takes, whether "--name value"
 *  options may follow them, and what it runs. */
struct Command {
    const char *name;
    int positional;
    bool takesOptions;
    std::function<int(const QStringList &positional, const Options &opts, QTextStream &out, QTextStream &err)> run;
};

const QList<Command> &commands()
{
    static const QList<Command> list = {
        {"validate", 1, false, [](const QStringList &p, const Options &, QTextStream &out, QTextStream &err) { return validate(p.at(0), out, err); }},
        {"keygen", 0, true, [](const QStringList &, const Options &o, QTextStream &out, QTextStream &err) { return keygen(o, out, err); }},
        {"build", 1, true, [](const QStringList &p, const Options &o, QTextStream &out, QTextStream &err) { return build(p.at(0), o, out, err); }},
        {"verify", 1, true, [](const QStringList &p, const Options &o, QTextStream &out, QTextStream &err) { return verify(p.at(0), o, out, err); }},
        {"info", 1, false, [](const QStringList &p, const Options &, QTextStream &out, QTextStream &err) { return info(p.at(0), out, err); }},
        {"diff", 2, true, [](const QStringList &p, const Options &o, QTextStream &out, QTextStream &err) { return diff(p.at(0), p.at(1), o, out, err); }},
        {"speak", 1, true, [](const QStringList &p, const Options &o, QTextStream &out, QTextStream &err) {
#ifdef GUICHET_HAS_KIOSK
             return speak(p.at(0), o, out, err);
#else
             Q_UNUSED(p);
             Q_UNUSED(o);
             Q_UNUSED(out);
             return withoutKiosk(err, QStringLiteral("speech"));
#endif
         }},
        {"preview", 1, true, [](const QStringList &p, const Options &o, QTextStream &out, QTextStream &err) {
#ifdef GUICHET_HAS_KIOSK
             return preview(p.at(0), o, out, err);
#else
             Q_UNUSED(p);
             Q_UNUSED(o);
             Q_UNUSED(out);
             return withoutKiosk(err, QStringLiteral("kiosk to take screenshots"));
#endif
         }},
    };
    return list;
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (!takeNow(args, err))
        return 2;
    for (const Command &command : commands()) {
        if (args.isEmpty() || args.first() != QLatin1String(command.name))
            continue;
        const QStringList positional = args.mid(1, command.positional);
        const Options opts = Options::parse(args, 1 + command.positional);
        const bool optionAsPositional = std::any_of(positional.cbegin(), positional.cend(),
                                                    [](const QString &p) { return p.startsWith(QLatin1String("--")); });
        if (positional.size() < command.positional || optionAsPositional
            || !opts.error().isEmpty() || (!command.takesOptions && args.size() > 1 + command.positional)) {
            if (!opts.error().isEmpty())
                err << "guichet-pack " << command.name << ": " << opts.error() << '\n';
            return usage(err);
        }
        return command.run(positional, opts, out, err);
    }
    return usage(err);
}
