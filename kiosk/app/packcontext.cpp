// SPDX-License-Identifier: GPL-3.0-or-later
#include "packcontext.h"

#include "bidi.h"
#include "clock.h"

#include <QDir>
#include <QTimer>

namespace guichet {

PackContext::PackContext(Pack pack, QString packDir, QObject *parent)
    : QObject(parent)
    , m_pack(std::make_shared<const Pack>(std::move(pack)))
    , m_packDir(std::move(packDir))
    , m_language(m_pack->sourceLanguage)
    , m_format(std::make_unique<LocaleFormat>(m_language))
{
    auto *minute = new QTimer(this);
    minute->setInterval(30 * 1000);
    connect(minute, &QTimer::timeout, this, &PackContext::clockChanged);
    minute->start();
}

PackContext::~PackContext() = default;

QString PackContext::text(const QString &key) const
{
    const QString text = m_format->withDigits(m_pack->text(key, m_language));
    const Language *language = m_pack->language(m_language);
    return language && language->direction == Qt::RightToLeft ? keepLatinTermsWhole(text) : text;
}

void PackContext::setPack(Pack pack, QString packDir)
{
    Q_EMIT packAboutToChange();
    // Whoever still holds the old pack (sharedPack()) keeps it; everyone else reads the new one.
    m_pack = std::make_shared<const Pack>(std::move(pack));
    m_packDir = std::move(packDir);
    // A new pack starts a new visitor, in the pack's source language (the old language may
    // not even be in it).
    if (m_language != m_pack->sourceLanguage) {
        m_language = m_pack->sourceLanguage;
        m_format = std::make_unique<LocaleFormat>(m_language);
    }
    Q_EMIT packChanged();
}

void PackContext::setLanguage(const QString &code)
{
    if (code == m_language || !m_pack->language(code))
        return;
    m_language = code;
    m_format = std::make_unique<LocaleFormat>(code);
    Q_EMIT languageChanged();
}

QUrl PackContext::pictogram(const QString &name) const
{
    return QUrl::fromLocalFile(QDir(m_packDir).absoluteFilePath(QStringLiteral("pictograms/%1.svg").arg(name)));
}

QDateTime PackContext::now() const
{
    return Clock::now();
}

void PackContext::setNow(const QDateTime &moment)
{
    if (moment.isValid())
        Clock::pin(moment);
    else
        Clock::release();
    Q_EMIT clockChanged();
}

} // namespace guichet
