// SPDX-License-Identifier: GPL-3.0-or-later
#include "screentour.h"

#include "bookingflow.h"
#include "bookingtour.h"
#include "glyphcheck.h"
#include "kiosk.h"
#include "voicelibrary.h"

#include <QAccessible>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QImage>
#include <QMutex>
#include <QQuickItem>
#include <QQuickWindow>

namespace guichet {

namespace {

// QML reports a screen that failed to load, a binding error or a missing image as warnings:
// during a tour, any warning is a failure of the screen shown.
QStringList s_warnings;
QtMessageHandler s_previousHandler = nullptr;

void recordWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg || type == QtCriticalMsg || type == QtFatalMsg)
        s_warnings << message;
    if (s_previousHandler)
        s_previousHandler(type, context, message);
}

constexpr qreal kMinimumTarget = 80;

bool isInteractive(const QQuickItem *item)
{
    // A MouseArea inside a button (VoiceGuard) belongs to it: the button is what is checked.
    if (item->inherits("QQuickMouseArea"))
        return !(item->parentItem() && item->parentItem()->inherits("QQuickAbstractButton"));
    return item->inherits("QQuickAbstractButton") || item->inherits("QQuickTextInput") || item->inherits("QQuickTextEdit");
}

} // namespace

ScreenTour::ScreenTour(QQuickWindow *window, Kiosk *kiosk)
    : m_window(window)
    , m_kiosk(kiosk)
{
    s_previousHandler = qInstallMessageHandler(recordWarnings);
}

QStringList ScreenTour::screenNames() const
{
    return m_window->property("screenNames").toStringList();
}

void ScreenTour::settle()
{
    // Let bindings, layouts, image loading and one frame complete.
    for (int i = 0; i < 10; ++i) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        m_window->grabWindow();
    }
}

bool ScreenTour::show(const QString &screen)
{
    bool ok = false;
    const bool invoked = QMetaObject::invokeMethod(m_window, "showScreen", Q_RETURN_ARG(bool, ok),
                                                   Q_ARG(QString, screen));
    settle();
    return invoked && ok;
}

void ScreenTour::inspectItem(QQuickItem *item, QStringList &problems) const
{
    if (!item->isVisible() || item->opacity() <= 0)
        return;
    const QRectF scene = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    const QRectF windowRect(0, 0, m_window->width(), m_window->height());
    const bool onScreen = scene.intersects(windowRect);
    if (onScreen && isInteractive(item)) {
        ++m_controlsChecked;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
        const QString name = iface ? iface->text(QAccessible::Name) : QString();
        const QString where = QStringLiteral("%1 at %2,%3").arg(QString::fromLatin1(item->metaObject()->className()))
                                  .arg(scene.x()).arg(scene.y());
        if (name.trimmed().isEmpty())
            problems << QStringLiteral("%1 has no accessible name").arg(where);
        // What voice mode says for it is its name, in the language's voice (one source of truth):
        // the pack's own profile first, as the speech engine takes it.
        const VoiceProfile *voice = m_voices ? m_kiosk->packVoices().profile(m_kiosk->language()) : nullptr;
        if (!voice && m_voices)
            voice = m_voices->profile(m_kiosk->language());
        if (voice && !name.trimmed().isEmpty() && voice->spokenForm(name).text.trimmed().isEmpty())
            problems << QStringLiteral("\"%1\" has no spoken form in %2").arg(name, m_kiosk->language());
        if (!iface || iface->role() == QAccessible::NoRole || iface->role() == QAccessible::Client)
            problems << QStringLiteral("%1 (\"%2\") has no accessible role").arg(where, name);
        if (item->isEnabled() && (item->width() < kMinimumTarget || item->height() < kMinimumTarget))
            problems << QStringLiteral("\"%1\" is %2×%3 px, smaller than 80×80").arg(name).arg(item->width()).arg(item->height());
    }
    if (onScreen && item->inherits("QQuickText")) {
        ++m_textsChecked;
        const QString text = item->property("text").toString();
        const QFont font = item->property("font").value<QFont>();
        const QList<char32_t> missing = missingGlyphs(text, font);
        if (!missing.isEmpty())
            problems << QStringLiteral("\"%1\" shows missing glyphs %2 with font %3")
                            .arg(text.left(40), describeCodePoints(missing), font.family());
    }
    for (QQuickItem *child : item->childItems())
        inspectItem(child, problems);
}

QStringList ScreenTour::inspect() const
{
    QStringList problems;
    inspectItem(m_window->contentItem(), problems);
    // Popups live in the overlay, which is a child of the content item's parent.
    if (QQuickItem *root = m_window->contentItem()->parentItem()) {
        for (QQuickItem *child : root->childItems()) {
            if (child != m_window->contentItem())
                inspectItem(child, problems);
        }
    }
    return problems;
}

QStringList ScreenTour::inspectPackTexts(const QString &language) const
{
    QStringList problems;
    const QFont font(QStringLiteral("Noto Sans"));
    const Pack &pack = m_kiosk->context()->pack();
    const LanguageTexts texts = pack.texts.value(language);
    for (auto it = texts.texts.cbegin(); it != texts.texts.cend(); ++it) {
        const QList<char32_t> missing = missingGlyphs(it->written, font);
        if (!missing.isEmpty())
            problems << QStringLiteral("pack text %1 has missing glyphs %2").arg(it.key(), describeCodePoints(missing));
    }
    return problems;
}

int ScreenTour::selfTest(QTextStream &out)
{
    QAccessible::setActive(true);
    const QStringList screens = screenNames();
    const QList<Language> languages = m_kiosk->context()->pack().languages;
    int failures = 0;
    for (const Language &language : languages) {
        s_warnings.clear();
        m_kiosk->setLanguage(language.code);
        QStringList problems = inspectPackTexts(language.code);
        for (const QString &screen : screens) {
            s_warnings.clear();
            if (!show(screen))
                problems << QStringLiteral("%1: did not load").arg(screen);
            for (const QString &problem : inspect())
                problems << QStringLiteral("%1: %2").arg(screen, problem);
            for (const QString &warning : std::as_const(s_warnings))
                problems << QStringLiteral("%1: warning: %2").arg(screen, warning);
        }
        for (const QString &problem : std::as_const(problems))
            out << "self-test: " << language.code << ": " << problem << '\n';
        failures += int(problems.size());
        out.flush();
    }
    m_kiosk->resetSession();
    out << "self-test: checked " << m_controlsChecked << " controls and " << m_textsChecked << " texts on screen\n";
    if (failures > 0) {
        out << "self-test: " << failures << " problems in " << screens.size() << " screens x " << languages.size()
            << " languages\n";
        return 1;
    }
    out << "self-test: " << screens.size() << " screens x " << languages.size() << " languages ok\n";
    return 0;
}

int ScreenTour::screenshots(const QString &dir, const QString &language, QTextStream &out)
{
    if (!m_kiosk->context()->pack().language(language)) {
        out << "screenshots: language " << language << " is not in the pack\n";
        return 1;
    }
    QDir().mkpath(dir);
    m_kiosk->setLanguage(language);
    // The window as it is now, as DIR/NAME.png; its path said, or why it could not be written.
    const auto shoot = [&](const QString &name) {
        const QString file = QDir(dir).filePath(name + QStringLiteral(".png"));
        if (!m_window->grabWindow().save(file)) {
            out << "screenshots: cannot write " << file << '\n';
            return false;
        }
        out << file << '\n';
        return true;
    };
    int failures = 0;
    for (const QString &screen : screenNames()) {
        if (!show(screen)) {
            out << "screenshots: " << screen << " did not load\n";
            ++failures;
            continue;
        }
        if (!shoot(screen))
            ++failures;
    }
    // With a server, every step of a booking too (one real appointment: a test server).
    BookingFlow *flow = BookingFlow::instance();
    if (flow && flow->available()) {
        if (!show(QStringLiteral("booking"))) {
            out << "screenshots: booking did not load\n";
            return 1;
        }
        BookingTour tour(flow, [this] { settle(); });
        QString error;
        if (!tour.walk(shoot, &error)) {
            out << "screenshots: " << error << '\n';
            ++failures;
        }
        flow->reset();
    }
    return failures == 0 ? 0 : 1;
}

} // namespace guichet
