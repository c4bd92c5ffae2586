// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "categorymodel.h"
#include "idlemonitor.h"
#include "languagemodel.h"
#include "officemodel.h"
#include "organisationmodel.h"
#include "packclips.h"
#include "packcontext.h"
#include "programmemodel.h"
#include "voicelibrary.h"

#include <QObject>
#include <QPointer>
#include <QTranslator>
#include <QtQml/qqmlregistration.h>

#include <memory>

class QQmlEngine;
class QJSEngine;

namespace guichet {

/**
 * The visitor's session as QML sees it: language (and so direction), large text and high
 * contrast, the pack's models, and the idle reset that forgets all of it. Built in main()
 * around a loaded pack and handed to QML as the `Kiosk` singleton. A newer pack installed
 * while the kiosk runs is offered to it (offerPack) and shown from the next idle reset on,
 * never in the middle of a visit: the pack's texts, pictograms, interface translations
 * (i18n/), voice profiles (voices/) and recorded clips (audio/) switch together.
 */
class Kiosk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** BCP 47 code of the language shown; switching it never restarts anything. */
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QString defaultLanguage READ defaultLanguage NOTIFY packChanged)
    /** True for Arabic, Persian, Pashto: the layout mirrors (docs/QT64.md: not Qt.application). */
    Q_PROPERTY(bool rtl READ rtl NOTIFY languageChanged)
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY largeTextChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY highContrastChanged)
    /** The on-screen keyboard is the input method (a touch kiosk; not in tests). */
    Q_PROPERTY(bool virtualKeyboard READ virtualKeyboard CONSTANT)
    /** The height the on-screen keyboard covers now (0 when hidden): the screen ends above it. */
    Q_PROPERTY(double keyboardHeight MEMBER m_keyboardHeight NOTIFY keyboardHeightChanged)
    /** The phone number of the office this kiosk stands in, for the help button. */
    Q_PROPERTY(QString helpPhone READ helpPhone NOTIFY packChanged)
    Q_PROPERTY(QString helpOffice READ helpOffice NOTIFY packChanged)
    Q_PROPERTY(QString packVersion READ packVersion NOTIFY packChanged)
    Q_PROPERTY(guichet::LanguageModel *languages READ languages CONSTANT)
    Q_PROPERTY(guichet::ProgrammeModel *programme READ programme CONSTANT)
    Q_PROPERTY(guichet::OfficeModel *offices READ offices CONSTANT)
    Q_PROPERTY(guichet::CategoryModel *categories READ categories CONSTANT)
    Q_PROPERTY(guichet::OrganisationModel *organisations READ organisations CONSTANT)
    Q_PROPERTY(guichet::IdleMonitor *idle READ idle CONSTANT)

public:
    /** Made in main() once the pack is loaded; QML gets this instance. */
    static Kiosk *createInstance(Pack pack, const QString &packDir, QObject *parent);
    [[nodiscard]] static Kiosk *instance();
    static Kiosk *create(QQmlEngine *engine, QJSEngine *scriptEngine);

    [[nodiscard]] QString language() const { return m_context->language(); }
    [[nodiscard]] QString defaultLanguage() const { return m_context->pack().sourceLanguage; }
    [[nodiscard]] bool rtl() const;
    [[nodiscard]] bool largeText() const { return m_largeText; }
    void setLargeText(bool on);
    [[nodiscard]] bool highContrast() const { return m_highContrast; }
    [[nodiscard]] static bool virtualKeyboard() { return qgetenv("QT_IM_MODULE") == "qtvirtualkeyboard"; }
    void setHighContrast(bool on);
    [[nodiscard]] QString helpPhone() const;
    [[nodiscard]] QString helpOffice() const;
    [[nodiscard]] QString packVersion() const { return m_context->pack().version; }
    [[nodiscard]] LanguageModel *languages() const { return m_languages; }
    [[nodiscard]] ProgrammeModel *programme() const { return m_programme; }
    [[nodiscard]] OfficeModel *offices() const { return m_offices; }
    [[nodiscard]] CategoryModel *categories() const { return m_categories; }
    [[nodiscard]] OrganisationModel *organisations() const { return m_organisations; }
    [[nodiscard]] IdleMonitor *idle() const { return m_idle; }
    [[nodiscard]] PackContext *context() const { return m_context; }

    /** Shows the kiosk in that language: translator, direction and every model, live. */
    Q_INVOKABLE void setLanguage(const QString &code);
    /** A pack text in the current language (for one-off texts outside the models). */
    Q_INVOKABLE QString text(const QString &key) const { return m_context->text(key); }
    /** A number in the current language's digits (LocaleFormat): QML never formats one itself. */
    Q_INVOKABLE QString number(int value) const { return m_context->format().number(value); }
    /** Back to a new visitor: default language, modes off, everything entered forgotten;
     *  and the pack offered since the last reset, if any, shown from now on. */
    Q_INVOKABLE void resetSession();
    /** Where the installed interface translations (guichet_<lang>.qm) are read from; a
     *  pack's own i18n/ comes first. */
    void setTranslationsDir(const QString &dir) { m_translationsDir = dir; }
    /** kiosk.conf `office`: also the default office of every pack offered later that has it. */
    void setHomeOffice(const QString &officeId) { m_homeOffice = officeId; }

    /** A loaded (validated) pack in packDir, to show from the next resetSession() on. Nothing
     *  changes before: a visitor's session keeps its pack. A second offer replaces the first.
     *  Its clips and voice profiles are read now, so the reset itself only switches. From the
     *  GUI thread. packDir must stay as it is while the pack is shown (a new directory per
     *  version: the image cache keys pictograms by their URL). An untouched kiosk
     *  (idle()->armed() false) never times out: the caller may reset it at once. */
    void offerPack(Pack pack, const QString &packDir);
    /** The version of the pack waiting for the next reset, or empty when none is. */
    [[nodiscard]] QString offeredVersion() const;
    /** The pack's recorded clip of a text (SpeechEngine's clip provider), from the pack shown. */
    [[nodiscard]] std::optional<Pcm16> clip(const QString &text, const QString &language) const;
    /** The voice profiles the pack shown brings (voices/<code>.json); often none. */
    [[nodiscard]] const VoiceLibrary &packVoices() const { return m_packVoices; }

Q_SIGNALS:
    void keyboardHeightChanged();
    void languageChanged();
    void largeTextChanged();
    void highContrastChanged();
    /** Screens must drop to home and destroy whatever held the visitor's input. */
    void sessionReset();
    /** Another pack is shown: its models were reset and its data (help phone, version,
     *  default language, clips, voice profiles) is in place; the language is not yet set. */
    void packChanged();
    /** The last step of a reset that adopted an offered pack: everything is switched. */
    void packAdopted(const QString &version);

private:
    /** A pack waiting for the next reset, with what is read from its files beforehand. */
    struct OfferedPack {
        Pack pack;
        QString dir;
        std::unique_ptr<PackClips> clips;
        VoiceLibrary voices;
    };

    double m_keyboardHeight = 0;
    Kiosk(Pack pack, const QString &packDir, QObject *parent);
    void installTranslator(const QString &code);
    /** Shows the offered pack, if there is one; true when it did. */
    bool adoptOfferedPack();

    PackContext *m_context;
    LanguageModel *m_languages;
    ProgrammeModel *m_programme;
    OfficeModel *m_offices;
    CategoryModel *m_categories;
    OrganisationModel *m_organisations;
    IdleMonitor *m_idle;
    bool m_largeText = false;
    bool m_highContrast = false;
    QString m_translationsDir = QStringLiteral(":/i18n");
    QString m_homeOffice;
    std::unique_ptr<QTranslator> m_translator;
    std::unique_ptr<PackClips> m_clips;
    VoiceLibrary m_packVoices;
    std::unique_ptr<OfferedPack> m_offered;
    QPointer<QQmlEngine> m_engine;
};

} // namespace guichet
