// SPDX-License-Identifier: GPL-3.0-or-later
#include "kiosk.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QQmlEngine>

namespace guichet {

namespace {
Kiosk *s_instance = nullptr;
}

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
{
    connect(m_idle, &IdleMonitor::timedOut, this, &Kiosk::resetSession);
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
    // The source strings are English; French and every other language come from a .qm.
    if (translator->load(QStringLiteral("guichet_%1").arg(code), m_translationsDir)) {
        QCoreApplication::installTranslator(translator.get());
        m_translator = std::move(translator);
    } else if (code != QLatin1String("en")) {
        qWarning("no interface translation for %s in %s", qPrintable(code), qPrintable(m_translationsDir));
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
    Q_EMIT sessionReset();
    m_organisations->setCategory(QString());
    setLargeText(false);
    setHighContrast(false);
    setLanguage(defaultLanguage());
    m_idle->setArmed(false);
}

} // namespace guichet
