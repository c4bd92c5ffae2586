// SPDX-License-Identifier: GPL-3.0-or-later
#include "voice.h"

#include "kiosk.h"
#include "packcontext.h"
#include "chime.h"
#include "speechengine.h"

#include <QAccessible>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QTimer>

namespace guichet {

namespace {

Voice *s_instance = nullptr;

/** What a screen says, in reading order: visible texts, and each control by its accessible
 *  name (not its inner labels, which the name already covers). `again` gets the same, with
 *  an item's `againReading` (its longer form, for "again") where it has one. */
void collect(QQuickItem *item, const QRectF &window, QStringList &parts, QStringList &again)
{
    if (!item->isVisible() || item->opacity() <= 0)
        return;
    const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    // What an item says when the whole screen is read, when it says less than when touched:
    // a big button its title without its details, a key of the keypad nothing (each key is
    // said as it is typed). The screen then takes seconds, not minutes, to hear.
    const QVariant screenReading = item->property("screenReading");
    if (screenReading.isValid()) {
        if (!scene.intersects(window))
            return;
        const QString text = screenReading.toString().trimmed();
        const QVariant againReading = item->property("againReading");
        const QString longer = againReading.isValid() ? againReading.toString().trimmed() : text;
        if (!text.isEmpty())
            parts << text;
        if (!longer.isEmpty())
            again << longer;
        return;
    }
    if (item->inherits("QQuickAbstractButton")) {
        if (!scene.intersects(window))
            return;
        if (QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item)) {
            const QString name = iface->text(QAccessible::Name).trimmed();
            if (!name.isEmpty()) {
                parts << name;
                again << name;
            }
        }
        return;
    }
    if (item->inherits("QQuickText") && scene.intersects(window)) {
        const QString text = Voice::spokenText(item);
        if (!text.isEmpty()) {
            parts << text;
            again << text;
        }
    }
    QList<QQuickItem *> children = item->childItems();
    // Reading order: top to bottom, then along the line (the layout already mirrors for RTL).
    std::stable_sort(children.begin(), children.end(), [](QQuickItem *a, QQuickItem *b) {
        const QPointF pa = a->mapToScene(QPointF());
        const QPointF pb = b->mapToScene(QPointF());
        return qRound(pa.y()) < qRound(pb.y());
    });
    for (QQuickItem *child : std::as_const(children))
        collect(child, window, parts, again);
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
    // Once the idle reset is done (Kiosk resets on the same signal): the next visitor hears
    // where voice mode is.
    connect(kiosk->idle(), &IdleMonitor::timedOut, this, [this] { QTimer::singleShot(0, this, &Voice::announceVoiceMode); });
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
    // The switch says what it did, so a visitor who cannot read knows; how to use it, once a visit.
    if (!on)
        read(tr("Voice mode is off."));
    else if (m_instructed)
        read(tr("Voice mode is on."));
    else
        read(tr("Voice mode is on. Touch once to hear, touch again to choose."));
    m_instructed = m_instructed || on;
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
    m_again.clear(); // readScreen() sets it after, for a screen's longer form
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

void Voice::introduce(const QString &name, const QString &language)
{
    if (!m_mode)
        return;
    setLast(name, language);
    m_engine->say(name, language);
    // The pack's greeting in that language, where it has one: for a text-only language the
    // first clip a pack may carry (audio/<code>/home.greeting.wav).
    const QString greeting = m_kiosk->context()->pack().texts.value(language).texts.value(QStringLiteral("home.greeting")).written;
    if (!greeting.isEmpty())
        m_engine->enqueue(greeting, language);
    m_keepForScreen = true;
}

QString Voice::withState(const QString &name, bool on) const
{
    //: Voice mode: a toggle's name and its new state, e.g. "Large text: on"
    return on ? tr("%1: on").arg(name)
              //: Voice mode: a toggle's name and its new state, e.g. "Large text: off"
              : tr("%1: off").arg(name);
}

void Voice::sayStateAfterClick(QObject *toggle)
{
    // After the consumer's onClicked has changed `active`, which the name's state follows.
    QTimer::singleShot(0, this, [this, guarded = QPointer<QObject>(toggle)] {
        if (guarded)
            read(guarded->property("spokenName").toString());
    });
}

void Voice::chime()
{
    static const Pcm16 sound = guichet::chime(); // made once: the same few kilobytes every time
    m_engine->playSound(sound);
}

void Voice::readScreen(QQuickItem *screen)
{
    if (!screen || !screen->window())
        return;
    QStringList parts;
    QStringList again;
    const QString title = screen->property("title").toString();
    if (!title.isEmpty()) {
        parts << title;
        again << title;
    }
    collect(screen, QRectF(QPointF(), screen->window()->size()), parts, again);
    // One utterance per part, so each can be a recorded clip of its own where the pack has one.
    setLast(joinSentences(parts), m_kiosk->language());
    if (again != parts)
        m_again = joinSentences(again);
    // After a language's name said in its own voice, not over it.
    if (!m_keepForScreen)
        m_engine->stop();
    m_keepForScreen = false;
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

QString Voice::again() const
{
    // A screen's longer form when it has one: the booked screen then adds the address.
    return m_again.isEmpty() ? m_last : m_again;
}

void Voice::repeat()
{
    const QString text = again();
    if (!text.isEmpty())
        m_engine->say(text, m_lastLanguage);
}

void Voice::sayStateThenRepeat(const QString &state)
{
    m_engine->say(state, m_kiosk->language());
    const QString text = again();
    if (!text.isEmpty() && text != state)
        m_engine->enqueue(text, m_lastLanguage);
}

void Voice::slower()
{
    const int before = m_engine->rateStep();
    m_engine->setRateStep(before - 1);
    // From "faster" a step slower is the normal speed: "faster: off"; else "slower: on".
    sayStateThenRepeat(before > 0 ? withState(tr("Faster"), false) : withState(tr("Slower"), true));
}

void Voice::faster()
{
    const int before = m_engine->rateStep();
    m_engine->setRateStep(before + 1);
    sayStateThenRepeat(before < 0 ? withState(tr("Slower"), false) : withState(tr("Faster"), true));
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

// Each step is heard: in the voice, at once, while it speaks; else as a chime at the new volume.
void Voice::louder()
{
    m_engine->stepVolume(1);
    if (!m_engine->speaking())
        chime();
}

void Voice::quieter()
{
    m_engine->stepVolume(-1);
    if (!m_engine->speaking())
        chime();
}

void Voice::alsoInFrench(const QString &frenchText)
{
    m_engine->say(frenchText, QStringLiteral("fr"));
}

void Voice::endVisit()
{
    m_engine->stop();
    m_engine->setRateStep(0);
    m_engine->setVolume(m_engine->defaultVolume());
    m_engine->forgetNotices();
    setArmed(nullptr);
    setLast(QString(), QString());
    m_instructed = false;
    m_keepForScreen = false;
    if (m_mode) {
        m_mode = false;
        Q_EMIT modeChanged();
    }
}

void Voice::reset()
{
    endVisit();
}

void Voice::announceVoiceMode()
{
    // Not translated: said before anyone chose a language, as the home screen's button is written.
    m_engine->stop();
    m_engine->enqueue(QStringLiteral("Pour la lecture à voix haute, touchez le grand bouton avec le haut-parleur, en haut de l'écran."),
                      QStringLiteral("fr"));
    m_engine->enqueue(QStringLiteral("For read aloud, touch the large button with the loudspeaker, at the top of the screen."),
                      QStringLiteral("en"));
}

} // namespace guichet
