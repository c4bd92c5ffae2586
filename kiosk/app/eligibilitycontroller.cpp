// SPDX-License-Identifier: GPL-3.0-or-later
#include "eligibilitycontroller.h"

#include "kiosk.h"

namespace guichet {

EligibilityController::EligibilityController(QObject *parent)
    : QObject(parent)
    , m_context(*Kiosk::instance()->context())
{
    startOn(m_context.sharedPack());
    connect(&m_context, &PackContext::languageChanged, this, &EligibilityController::changed);
    connect(&m_context, &PackContext::packChanged, this, [this] {
        startOn(m_context.sharedPack());
        Q_EMIT changed();
    });
}

void EligibilityController::startOn(std::shared_ptr<const Pack> pack)
{
    // The new flow first: the old one points into the old pack, released after it.
    auto flow = std::make_unique<EligibilityFlow>(*pack);
    m_flow = std::move(flow);
    m_pack = std::move(pack);
}

bool EligibilityController::finished() const
{
    return m_flow->outcome() != nullptr;
}

int EligibilityController::stepCount() const
{
    return int(m_pack->questions.size());
}

QString EligibilityController::question() const
{
    const EligibilityQuestion *q = m_flow->question();
    return q ? m_context.text(QStringLiteral("eligibility.%1.question").arg(q->id)) : QString();
}

QString EligibilityController::hint() const
{
    const EligibilityQuestion *q = m_flow->question();
    return q ? m_context.text(QStringLiteral("eligibility.%1.hint").arg(q->id)) : QString();
}

QUrl EligibilityController::pictogram() const
{
    if (const EligibilityQuestion *q = m_flow->question())
        return m_context.pictogram(q->pictogram);
    if (const EligibilityOutcome *o = m_flow->outcome())
        return m_context.pictogram(o->pictogram);
    return {};
}

bool EligibilityController::eligible() const
{
    const EligibilityOutcome *o = m_flow->outcome();
    return o && o->eligible;
}

QString EligibilityController::outcomeTitle() const
{
    const EligibilityOutcome *o = m_flow->outcome();
    return o ? m_context.text(QStringLiteral("outcome.%1.title").arg(o->id)) : QString();
}

QString EligibilityController::outcomeNext() const
{
    const EligibilityOutcome *o = m_flow->outcome();
    return o ? m_context.text(QStringLiteral("outcome.%1.next").arg(o->id)) : QString();
}

void EligibilityController::answer(bool yes)
{
    m_flow->answer(yes);
    Q_EMIT changed();
}

bool EligibilityController::back()
{
    const bool moved = m_flow->back();
    if (moved)
        Q_EMIT changed();
    return moved;
}

void EligibilityController::restart()
{
    m_flow->restart();
    Q_EMIT changed();
}

} // namespace guichet
