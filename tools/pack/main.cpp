// SPDX-License-Identifier: GPL-3.0-or-later
// guichet-pack: the staff's tool for content packs. `validate DIR` names every problem.
#include "packdirectory.h"
#include "packloader.h"
#include "publish.h"
#include "speak.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QTextStream>

using namespace guichet;

namespace {

int usage(QTextStream &err)
{
    err << "usage: guichet-pack validate DIR\n"
           "       guichet-pack speak DIR --lang L (--key K | --text T) --wav OUT.wav [--voices DIR]\n"
           "       guichet-pack keygen --secret FILE --public FILE\n"
           "       guichet-pack build DIR --key SECRET_FILE --out PACK.tar.gz\n"
           "  validate  check a content pack; print every problem as file:line: key: message\n"
           "  speak     write exactly the audio the kiosk would play for a text (lexicon applied)\n"
           "  keygen    a new Ed25519 key pair for signing packs\n"
           "  build     validate, sign and archive a pack for publishing (POST /api/v1/packs)\n";
    return 2;
}

int validate(const QString &dir, QTextStream &out, QTextStream &err)
{
    const PackDirectory source(dir);
    PackLoader loader(source);
    const std::optional<Pack> pack = loader.load();
    for (const PackProblem &p : loader.problems())
        err << dir << '/' << p.toString() << '\n';
    if (!pack) {
        err << loader.problems().size() << " problem(s); the pack was not accepted\n";
        return 1;
    }
    int drafts = 0;
    for (const LanguageTexts &t : pack->texts)
        drafts += t.review == QLatin1String("draft");
    out << "ok: " << pack->id << ' ' << pack->version << ", " << pack->languages.size() << " languages ("
        << drafts << " drafts awaiting a native speaker's review), " << pack->offices.size() << " offices, "
        << pack->services.size() << " services, " << pack->organisations.size() << " organisations\n";
    return 0;
}

/** Reads "--name value" pairs after the positional arguments. */
QHash<QString, QString> options(const QStringList &args, int from)
{
    QHash<QString, QString> result;
    for (int i = from; i + 1 < args.size(); i += 2)
        result.insert(args.at(i), args.at(i + 1));
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 2 && args.at(0) == QLatin1String("validate"))
        return validate(args.at(1), out, err);
    if (args.size() >= 1 && args.at(0) == QLatin1String("keygen"))
        return keygen(options(args, 1), out, err);
    if (args.size() >= 2 && args.at(0) == QLatin1String("build"))
        return build(args.at(1), options(args, 2), out, err);
    if (args.size() >= 2 && args.at(0) == QLatin1String("speak")) {
#ifdef GUICHET_HAS_SPEECH
        return speak(args.at(1), options(args, 2), out, err);
#else
        err << "guichet-pack: this build has no speech (built with GUICHET_KIOSK=OFF, without eSpeak NG)\n";
        return 2;
#endif
    }
    return usage(err);
}
