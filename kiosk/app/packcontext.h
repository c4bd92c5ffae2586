// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localeformat.h"
#include "pack.h"

#include <QDateTime>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace guichet {

/**
 * The loaded pack and the visitor's language, shared by every model so that one language
 * switch updates every screen in place. It also tells the models when the clock (Clock) has
 * moved on or been pinned, so that "open now" is recomputed, and when a newer pack replaces
 * the one shown (Kiosk adopts it at an idle reset, never during a visit).
 */
class PackContext : public QObject
{
    Q_OBJECT

public:
    PackContext(Pack pack, QString packDir, QObject *parent = nullptr);
    ~PackContext() override;

    [[nodiscard]] const Pack &pack() const { return *m_pack; }
    /** The pack shown now, kept alive by whoever holds it: something that walks a pack over
     *  time (an eligibility check) holds this, so a pack switch never leaves it dangling. */
    [[nodiscard]] std::shared_ptr<const Pack> sharedPack() const { return m_pack; }
    /** Where the pack's files are (pictograms, i18n, voices, audio). */
    [[nodiscard]] const QString &packDir() const { return m_packDir; }
    /** Shows another pack from now on, in its source language. Emits packAboutToChange while
     *  the old pack is still here (models begin their reset) and packChanged once the new one
     *  is in place (they end it); languageChanged is not emitted: a reset re-reads everything. */
    void setPack(Pack pack, QString packDir);
    [[nodiscard]] const QString &language() const { return m_language; }
    void setLanguage(const QString &code);
    [[nodiscard]] const LocaleFormat &format() const { return *m_format; }
    /** A pack text in the visitor's language, in the screen's digits (LocaleFormat::withDigits);
     *  in a right-to-left one, Latin terms kept whole. */
    [[nodiscard]] QString text(const QString &key) const;
    [[nodiscard]] QUrl pictogram(const QString &name) const;
    [[nodiscard]] QDateTime now() const;
    /** Sets the one clock (Clock) to that moment, for screenshots and tests; an invalid moment releases it. */
    void setNow(const QDateTime &moment);

Q_SIGNALS:
    void languageChanged();
    /** The clock moved on enough for "open now" to be worth recomputing. */
    void clockChanged();
    /** The pack is about to be replaced: drop anything that points into it. */
    void packAboutToChange();
    /** Another pack (and directory) is shown now. */
    void packChanged();

private:
    std::shared_ptr<const Pack> m_pack;
    QString m_packDir;
    QString m_language;
    std::unique_ptr<LocaleFormat> m_format;
};

} // namespace guichet
