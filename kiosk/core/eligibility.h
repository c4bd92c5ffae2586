// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pack.h"

#include <QStringList>

namespace guichet {

/**
 * Walks the eligibility questions of a pack one answer at a time, so a screen can show one
 * question, go back, and end on an outcome. It holds the visitor's answers: forget it at reset.
 */
class EligibilityFlow
{
public:
    explicit EligibilityFlow(const Pack &pack);

    /** The question being asked, or nullptr once an outcome is reached. */
    [[nodiscard]] const EligibilityQuestion *question() const;
    /** The outcome reached, or nullptr while questions remain. */
    [[nodiscard]] const EligibilityOutcome *outcome() const;
    /** How many questions have been answered. */
    [[nodiscard]] int answered() const { return int(m_path.size()) - 1; }
    void answer(bool yes);
    /** Back to the previous question; false when already at the first. */
    bool back();
    void restart();

private:
    const Pack &m_pack;
    QStringList m_path; // visited question ids or "outcome:<id>", start first
};

} // namespace guichet
