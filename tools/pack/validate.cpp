// SPDX-License-Identifier: GPL-3.0-or-later
#include "validate.h"

#include "calendarwarnings.h"
#include "clipwarnings.h"
#include "clock.h"
#include "glossary.h"
#include "packdirectory.h"
#include "packloader.h"

#ifdef GUICHET_HAS_KIOSK
#include "glyphwarnings.h"
#include "installeddata.h"
#include "speechwarnings.h"
#endif
#include "textlocator.h"

#include <QTimeZone>

namespace guichet {

namespace {

/** The office's day: the pack's default office's zone (every office is in Brussels today). */
QDate packToday(const Pack &pack)
{
    const Office *office = pack.office(pack.defaultOffice);
    const QTimeZone zone(office ? office->timeZone.toUtf8() : QByteArrayLiteral("Europe/Brussels"));
    return Clock::today(zone.isValid() ? zone : QTimeZone("Europe/Brussels"));
}

QList<PackProblem> warningsOf(const Pack &pack, const QString &dir, [[maybe_unused]] const PackSource &source, [[maybe_unused]] TextLocator &locator,
                              [[maybe_unused]] QTextStream &err)
{
    QList<PackProblem> warnings = calendarWarnings(pack, packToday(pack));
    warnings += clipWarnings(pack, dir);
#ifdef GUICHET_HAS_KIOSK
    warnings += glyphWarnings(pack, locator);
    const QString voicesFromEnv = qEnvironmentVariable("GUICHET_VOICES");
    warnings += speechWarnings(pack, source, voicesFromEnv.isEmpty() ? installedData(QStringLiteral("voices")) : voicesFromEnv, locator);
#else
    err << "note: missing glyphs and speech were not checked: this guichet-pack is built without the kiosk (GUICHET_KIOSK=OFF)\n";
#endif
    return warnings;
}

} // namespace

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
    // The glossaries are for translators (the kiosk does not read them), but one that cannot be
    // read is refused here, so that a typo in it is not silently a glossary that checks nothing.
    TextLocator locator(source);
    const GlossaryCheck glossary = checkGlossaries(*pack, source, locator);
    for (const PackProblem &p : glossary.errors)
        err << dir << '/' << p.toString() << '\n';
    if (!glossary.errors.isEmpty()) {
        err << glossary.errors.size() << " problem(s); the pack was not accepted\n";
        return 1;
    }
    const QList<PackProblem> warnings = warningsOf(*pack, dir, source, locator, err) + glossary.warnings;
    for (const PackProblem &w : warnings)
        err << "warning: " << dir << '/' << w.toString() << '\n';
    err.flush();
    int drafts = 0;
    for (const LanguageTexts &t : pack->texts)
        drafts += t.review == QLatin1String("draft");
    out << "ok: " << pack->id << ' ' << pack->version << ", " << pack->languages.size() << " languages ("
        << drafts << " drafts awaiting a native speaker's review), " << pack->offices.size() << " offices, "
        << pack->services.size() << " services, " << pack->organisations.size() << " organisations";
    if (!warnings.isEmpty())
        out << "; " << warnings.size() << " warning(s)";
    out << '\n';
    return 0;
}

} // namespace guichet
