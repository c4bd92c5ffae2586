// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

class QQuickItem;
class QQuickWindow;

namespace guichet {

class Kiosk;
class VoiceLibrary;

/**
 * Visits every screen the way a visitor reaches it (through Main.qml's showScreen) to check it
 * (--self-test) or to photograph it (--screenshot-dir). Checks: the screen loaded without a
 * QML warning, no text shows a missing glyph, every interactive item has an accessible name
 * and role and is at least 80×80 px.
 */
class ScreenTour
{
public:
    ScreenTour(QQuickWindow *window, Kiosk *kiosk);

    /** Every screen in every language of the pack; prints problems and the summary line. */
    [[nodiscard]] int selfTest(QTextStream &out);
    /** With voices, the self-test also checks that every control has a spoken form. */
    void setVoices(const VoiceLibrary *voices) { m_voices = voices; }
    /** One PNG per screen, named after it, in the given language. */
    [[nodiscard]] int screenshots(const QString &dir, const QString &language, QTextStream &out);
    [[nodiscard]] QStringList screenNames() const;
    /** Shows a screen and waits until it is laid out and rendered. */
    bool show(const QString &screen);
    /** What is wrong with the screen shown now, one line per problem. */
    [[nodiscard]] QStringList inspect() const;
    /** Problems in the pack's texts of a language that no installed font can draw. */
    [[nodiscard]] QStringList inspectPackTexts(const QString &language) const;

private:
    void settle();
    void inspectItem(QQuickItem *item, QStringList &problems) const;

    QQuickWindow *m_window;
    Kiosk *m_kiosk;
    const VoiceLibrary *m_voices = nullptr;
    mutable int m_controlsChecked = 0;
    mutable int m_textsChecked = 0;
};

} // namespace guichet
