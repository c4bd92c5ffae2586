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
 * moved on or been pinned, so that "open now" is recomputed.
 */
class PackContext : public QObject
{
    Q_OBJECT

public:
    PackContext(Pack pack, QString packDir, QObject *parent = nullptr);
    ~PackContext() override;

    [[nodiscard]] const Pack &pack() const { return m_pack; }
    [[nodiscard]] const QString &language() const { return m_language; }
    void setLanguage(const QString &code);
    [[nodiscard]] const LocaleFormat &format() const { return *m_format; }
    [[nodiscard]] QString text(const QString &key) const { return m_pack.text(key, m_language); }
    [[nodiscard]] QUrl pictogram(const QString &name) const;
    [[nodiscard]] QDateTime now() const;
    /** Sets the one clock (Clock) to that moment, for screenshots and tests; an invalid moment releases it. */
    void setNow(const QDateTime &moment);

Q_SIGNALS:
    void languageChanged();
    /** The clock moved on enough for "open now" to be worth recomputing. */
    void clockChanged();

private:
    Pack m_pack;
    QString m_packDir;
    QString m_language;
    std::unique_ptr<LocaleFormat> m_format;
};

} // namespace guichet
