// SPDX-License-Identifier: GPL-3.0-or-later
#include "eligibility.h"

namespace guichet {

EligibilityFlow::EligibilityFlow(const Pack &pack)
    : m_pack(pack)
{
    restart();
}

const EligibilityQuestion *EligibilityFlow::question() const
{
    return m_pack.question(m_path.constLast());
}

const EligibilityOutcome *EligibilityFlow::outcome() const
{
    return m_pack.outcomeOf(m_path.constLast());
}

void EligibilityFlow::answer(bool yes)
{
    if (const EligibilityQuestion *q = question())
        m_path.append(yes ? q->yes : q->no);
}

bool EligibilityFlow::back()
{
    if (m_path.size() <= 1)
        return false;
    m_path.removeLast();
    return true;
}

void EligibilityFlow::restart()
{
    m_path = {m_pack.eligibilityStart};
}

} // namespace guichet
