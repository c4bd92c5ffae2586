// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk.h"

#include "bidi.h"
#include "kioskoptions.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QQmlEngine>

namespace guichet {

namespace {

Kiosk *s_instance = nullptr;

/** The voice profiles a pack brings in voices/; most packs bring none (no directory). */
VoiceLibrary packVoicesIn(const QString &packDir)
{
    const QString dir = QDir(packDir).filePath(QStringLiteral("voices"));
    if (!QFileInfo(dir).isDir())
        return {};
    VoiceLibrary voices(dir);
    // A profile that does not read leaves its language to the installed voice, or text only.
    for (const QString &problem : voices.problems())
        qWarning("pack voice profile: %s", qPrintable(problem));
    return voices;
}

} // namespace

Kiosk *Kiosk::createInstance(Pack pack, const QString &packDir, QObject *parent)
{
    Q_ASSERT(!s_instance);
    s_instance = new Kiosk(std::move(pack), packDir, parent);
    return s_instance;
}

Kiosk *Kiosk::instance()
{
    return s_instance;
}

Kiosk *Kiosk::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Kiosk::create", "main() must build the Kiosk before loading QML");
    // Without this, destroying the engine would delete our object (docs/QT64.md).
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    s_instance->m_engine = engine;
    return s_instance;
}

Kiosk::Kiosk(Pack pack, const QString &packDir, QObject *parent)
    : QObject(parent)
    , m_context(new PackContext(std::move(pack), packDir, this))
    , m_languages(new LanguageModel(m_context, this))
    , m_programme(new ProgrammeModel(m_context, this))
    , m_offices(new OfficeModel(m_context, this))
    , m_categories(new CategoryModel(m_context, this))
    , m_organisations(new OrganisationModel(m_context, this))
    , m_idle(new IdleMonitor(this))
    , m_clips(std::make_unique<PackClips>(m_context->pack(), packDir))
    , m_packVoices(packVoicesIn(packDir))
{
    connect(m_idle, &IdleMonitor::timedOut, this, &Kiosk::resetSession);
}

void Kiosk::offerPack(Pack pack, const QString &packDir)
{
    // Read from disk now, while the visitor carries on: the reset then only swaps pointers.
    if (!m_homeOffice.isEmpty())
        kioskoptions::standIn(pack, m_homeOffice);
    auto offered = std::make_unique<OfferedPack>();
    offered->clips = std::make_unique<PackClips>(pack, packDir);
    offered->voices = packVoicesIn(packDir);
    offered->pack = std::move(pack);
    offered->dir = packDir;
    m_offered = std::move(offered);
}

QString Kiosk::offeredVersion() const
{
    return m_offered ? m_offered->pack.version : QString();
}

std::optional<Pcm16> Kiosk::clip(const QString &text, const QString &language) const
{
    return m_clips->find(text, language);
}

bool Kiosk::adoptOfferedPack()
{
    if (!m_offered)
        return false;
    const std::unique_ptr<OfferedPack> offered = std::move(m_offered);
    m_clips = std::move(offered->clips);
    m_packVoices = std::move(offered->voices);
    // Every model resets here (the picker lists the new languages) and pictograms resolve in
    // the new directory.
    m_context->setPack(std::move(offered->pack), offered->dir);
    Q_EMIT packChanged();
    return true;
}

bool Kiosk::rtl() const
{
    const Language *l = m_context->pack().language(language());
    return l && l->direction == Qt::RightToLeft;
}

void Kiosk::setLargeText(bool on)
{
    if (on == m_largeText)
        return;
    m_largeText = on;
    Q_EMIT largeTextChanged();
}

void Kiosk::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    Q_EMIT highContrastChanged();
}

QString Kiosk::helpPhone() const
{
    const Office *office = m_context->pack().office(m_context->pack().defaultOffice);
    return office ? isolateLtr(LocaleFormat::phone(office->phone)) : QString();
}

QString Kiosk::helpOffice() const
{
    const Office *office = m_context->pack().office(m_context->pack().defaultOffice);
    return office ? office->name : QString();
}

void Kiosk::installTranslator(const QString &code)
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
        m_translator.reset();
    }
    auto translator = std::make_unique<QTranslator>();
    // The source strings are English; French and every other language come from a .qm: the
    // pack's own first (a language it adds, or a corrected translation), then the installed one.
    const QString name = QStringLiteral("guichet_%1").arg(code);
    const QString packI18n = QDir(m_context->packDir()).filePath(QStringLiteral("i18n"));
    if (translator->load(name, packI18n) || translator->load(name, m_translationsDir)) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    } else if (code != QLatin1String("en")) {
        qWarning("no interface translation for %s in %s or %s", qPrintable(code), qPrintable(packI18n),
                 qPrintable(m_translationsDir));
    }
}

void Kiosk::setLanguage(const QString &code)
{
    if (!m_context->pack().language(code)) {
        qWarning("language %s is not in the pack", qPrintable(code));
        return;
    }
    installTranslator(code);
    m_context->setLanguage(code);
    QGuiApplication::setLayoutDirection(rtl() ? Qt::RightToLeft : Qt::LeftToRight);
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
}

void Kiosk::resetSession()
{
    // In this order: screens drop the visitor's state (sessionReset), then what the Kiosk
    // keeps of it, and only then the pack changes, so nothing of a visit reads the new pack
    // or keeps pointers into the old one. The language comes last: the new pack's default,
    // with its translation.
    Q_EMIT sessionReset();
    m_organisations->setCategory(QString());
    setLargeText(false);
    setHighContrast(false);
    const bool adopted = adoptOfferedPack();
    setLanguage(defaultLanguage());
    m_idle->setArmed(false);
    if (adopted)
        Q_EMIT packAdopted(packVersion());
}

} // namespace guichet
