// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "categorymodel.h"
#include "idlemonitor.h"
#include "languagemodel.h"
#include "officemodel.h"
#include "organisationmodel.h"
#include "packcontext.h"
#include "programmemodel.h"

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
 * around a loaded pack and handed to QML as the `Kiosk` singleton.
 */
class Kiosk : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    /** BCP 47 code of the language shown; switching it never restarts anything. */
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QString defaultLanguage READ defaultLanguage CONSTANT)
    /** True for Arabic, Persian, Pashto: the layout mirrors (docs/QT64.md: not Qt.application). */
    Q_PROPERTY(bool rtl READ rtl NOTIFY languageChanged)
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY largeTextChanged)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY highContrastChanged)
    /** The on-screen keyboard is the input method (a touch kiosk; not in tests). */
    Q_PROPERTY(bool virtualKeyboard READ virtualKeyboard CONSTANT)
    /** The height the on-screen keyboard covers now (0 when hidden): the screen ends above it. */
    Q_PROPERTY(double keyboardHeight MEMBER m_keyboardHeight NOTIFY keyboardHeightChanged)
    /** The phone number of the office this kiosk stands in, for the help button. */
    Q_PROPERTY(QString helpPhone READ helpPhone CONSTANT)
    Q_PROPERTY(QString helpOffice READ helpOffice CONSTANT)
    Q_PROPERTY(QString packVersion READ packVersion CONSTANT)
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
    /** Back to a new visitor: default language, modes off, everything entered forgotten. */
    Q_INVOKABLE void resetSession();
    /** Where the interface translations (guichet_<lang>.qm) are read from. */
    void setTranslationsDir(const QString &dir) { m_translationsDir = dir; }

Q_SIGNALS:
    void keyboardHeightChanged();
    void languageChanged();
    void largeTextChanged();
    void highContrastChanged();
    /** Screens must drop to home and destroy whatever held the visitor's input. */
    void sessionReset();

private:
    double m_keyboardHeight = 0;
    Kiosk(Pack pack, const QString &packDir, QObject *parent);
    void installTranslator(const QString &code);

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
    std::unique_ptr<QTranslator> m_translator;
    QPointer<QQmlEngine> m_engine;
};

} // namespace guichet
