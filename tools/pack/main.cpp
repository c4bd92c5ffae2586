// SPDX-License-Identifier: GPL-3.0-or-later
// guichet-pack: the staff's tool for content packs. `validate DIR` names every problem.
#include "packdirectory.h"
#include "packloader.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace guichet;

namespace {

int usage(QTextStream &err)
{
    err << "usage: guichet-pack validate DIR\n"
           "  validate  check a content pack; print every problem as file:line: key: message\n";
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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList args = app.arguments().mid(1);
    if (args.size() == 2 && args.at(0) == QLatin1String("validate"))
        return validate(args.at(1), out, err);
    return usage(err);
}
