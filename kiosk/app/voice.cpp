// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice.h"

#include "kiosk.h"
#include "speechengine.h"

#include <QAccessible>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>

namespace guichet {

namespace {

Voice *s_instance = nullptr;

/** What a screen says, in reading order: visible texts, and each control by its accessible
 *  name (not its inner labels, which the name already covers). */
void collect(QQuickItem *item, const QRectF &window, QStringList &parts)
{
    if (!item->isVisible() || item->opacity() <= 0)
        return;
    const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    // What an item says when the whole screen is read, when it says less than when touched:
    // a big button its title without its details, a key of the keypad nothing (each key is
    // said as it is typed). The screen then takes seconds, not minutes, to hear.
    const QVariant screenReading = item->property("screenReading");
    if (screenReading.isValid()) {
        const QString text = screenReading.toString().trimmed();
        if (!text.isEmpty() && scene.intersects(window))
            parts << text;
        return;
    }
    if (item->inherits("QQuickAbstractButton")) {
        if (!scene.intersects(window))
            return;
        if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item)) {
            const QString name = iface->text(QAccessible::Name).trimmed();
            if (!name.isEmpty())
                parts << name;
        }
        return;
    }
    if (item->inherits("QQuickText") && scene.intersects(window)) {
        const QString text = Voice::spokenText(item);
        if (!text.isEmpty())
            parts << text;
    }
    QList<QQuickItem *> children = item->childItems();
    // Reading order: top to bottom, then along the line (the layout already mirrors for RTL).
    std::stable_sort(children.begin(), children.end(), [](QQuickItem *a, QQuickItem *b) {
        const QPointF pa = a->mapToScene(QPointF());
        const QPointF pb = b->mapToScene(QPointF());
        return qRound(pa.y()) < qRound(pb.y());
    });
    for (QQuickItem *child : std::as_const(children))
        collect(child, window, parts);
}

QString joinSentences(const QStringList &parts)
{
    QString out;
    for (const QString &part : parts) {
        if (!out.isEmpty()) {
            const QChar last = out.at(out.size() - 1);
            out += QStringLiteral(".?!؟։።፧").contains(last) ? QStringLiteral(" ") : QStringLiteral(". ");
        }
        out += part;
    }
    return out;
}

} // namespace

QString Voice::spokenText(QQuickItem *text)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(text);
    QString spoken = iface ? iface->text(QAccessible::Name) : text->property("text").toString();
    if (text->property("textFormat").toInt() != Qt::PlainText)
        spoken.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return spoken.trimmed();
}

Voice *Voice::createInstance(SpeechEngine *engine, Kiosk *kiosk, QObject *parent)
{
    Q_ASSERT(!s_instance);
    s_instance = new Voice(engine, kiosk, parent);
    return s_instance;
}

Voice *Voice::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "Voice::create", "main() must build the Voice before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

Voice *Voice::instance()
{
    Q_ASSERT(s_instance);
    return s_instance;
}

Voice::Voice(SpeechEngine *engine, Kiosk *kiosk, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_kiosk(kiosk)
{
    connect(engine, &SpeechEngine::availableChanged, this, &Voice::availableChanged);
    connect(engine, &SpeechEngine::speakingChanged, this, &Voice::speakingChanged);
    connect(engine, &SpeechEngine::pausedChanged, this, &Voice::pausedChanged);
    connect(engine, &SpeechEngine::utteranceChanged, this, &Voice::textChanged);
    connect(engine, &SpeechEngine::wordChanged, this, &Voice::wordChanged);
    connect(engine, &SpeechEngine::rateStepChanged, this, &Voice::rateStepChanged);
    connect(engine, &SpeechEngine::volumeChanged, this, &Voice::volumeChanged);
    connect(engine, &SpeechEngine::voicesChanged, this, &Voice::voicesChanged);
    connect(kiosk, &Kiosk::sessionReset, this, &Voice::reset);
    // The pack's own voice profiles (voices/ in the pack), now and whenever a new pack is
    // shown: before the reset sets the language, so the picker and the first words use them.
    if (!kiosk->packVoices().isEmpty())
        engine->setPackVoices(kiosk->packVoices());
    connect(kiosk, &Kiosk::packChanged, this, [this] { m_engine->setPackVoices(m_kiosk->packVoices()); });
    // Outside voice mode, speech (a touch held on a control) stops as soon as the visitor acts.
    connect(kiosk->idle(), &IdleMonitor::activity, this, [this] {
        if (!m_mode)
            m_engine->stop();
    });
    // A new language: whatever was armed or said belongs to the old one.
    connect(kiosk, &Kiosk::languageChanged, this, [this] { setArmed(nullptr); });
}

bool Voice::available() const { return m_engine->available(); }
bool Voice::speaking() const { return m_engine->speaking(); }
bool Voice::paused() const { return m_engine->paused(); }
QString Voice::text() const { return m_engine->text(); }
int Voice::wordStart() const { return m_engine->wordStart(); }
int Voice::wordLength() const { return m_engine->wordLength(); }
int Voice::rateStep() const { return m_engine->rateStep(); }
double Voice::volume() const { return m_engine->volume(); }

void Voice::setMode(bool on)
{
    if (on == m_mode)
        return;
    m_mode = on;
    setArmed(nullptr);
    Q_EMIT modeChanged();
    // The switch says what it did, so a visitor who cannot read knows.
    read(on ? tr("Voice mode is on. Touch once to hear, touch again to choose.") : tr("Voice mode is off."));
}

bool Voice::hasVoice(const QString &language) const
{
    return m_engine->hasVoice(language);
}

QStringList Voice::voicedLanguages() const
{
    return m_engine->voicedLanguages();
}

void Voice::setLast(const QString &text, const QString &language)
{
    m_lastLanguage = language;
    if (text == m_last)
        return;
    m_last = text;
    Q_EMIT lastReadChanged();
}

void Voice::read(const QString &text)
{
    setLast(text, m_kiosk->language());
    m_engine->say(text, m_lastLanguage);
}

void Voice::readScreen(QQuickItem *screen)
{
    if (!screen || !screen->window())
        return;
    QStringList parts;
    const QString title = screen->property("title").toString();
    if (!title.isEmpty())
        parts << title;
    collect(screen, QRectF(QPointF(), screen->window()->size()), parts);
    // One utterance per part, so each can be a recorded clip of its own where the pack has one.
    setLast(joinSentences(parts), m_kiosk->language());
    m_engine->stop();
    for (const QString &part : std::as_const(parts))
        m_engine->enqueue(part, m_lastLanguage);
}

void Voice::arm(QObject *control, const QString &name)
{
    setArmed(control);
    read(name);
}

void Voice::armIn(QObject *control, const QString &name, const QString &language)
{
    setArmed(control);
    setLast(name, language);
    m_engine->say(name, language);
}

void Voice::setArmed(QObject *control)
{
    if (control == m_armed)
        return;
    m_armed = control;
    Q_EMIT armedChanged();
}

void Voice::repeat()
{
    if (!m_last.isEmpty())
        m_engine->say(m_last, m_lastLanguage);
}

void Voice::slower()
{
    m_engine->setRateStep(m_engine->rateStep() - 1);
    repeat();
}

void Voice::faster()
{
    m_engine->setRateStep(m_engine->rateStep() + 1);
    repeat();
}

void Voice::stop()
{
    m_engine->stop();
}

void Voice::pause()
{
    m_engine->pause();
}

void Voice::resume()
{
    m_engine->resume();
}

void Voice::louder()
{
    m_engine->setVolume(m_engine->volume() + 0.1);
}

void Voice::quieter()
{
    m_engine->setVolume(m_engine->volume() - 0.1);
}

void Voice::alsoInFrench(const QString &frenchText)
{
    m_engine->say(frenchText, QStringLiteral("fr"));
}

void Voice::reset()
{
    m_engine->stop();
    m_engine->setRateStep(0);
    m_engine->setVolume(m_engine->defaultVolume());
    setArmed(nullptr);
    setLast(QString(), QString());
    if (m_mode) {
        m_mode = false;
        Q_EMIT modeChanged();
    }
}

} // namespace guichet
