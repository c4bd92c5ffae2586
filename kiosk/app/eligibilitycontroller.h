// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "eligibility.h"

#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

#include <memory>

namespace guichet {

class PackContext;

/**
 * One eligibility check, made by the screen that shows it: one question at a time, then the
 * outcome and what to do next. The answers live here only, so destroying the screen (as the
 * idle reset does) forgets them. It walks the pack it started on, which it keeps alive: a
 * screen left over from before a pack switch (deleted later) never reads a freed pack, and
 * starts again on the new pack's questions.
 */
class EligibilityController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool finished READ finished NOTIFY changed)
    Q_PROPERTY(int step READ step NOTIFY changed)
    Q_PROPERTY(int stepCount READ stepCount NOTIFY changed)
    Q_PROPERTY(QString question READ question NOTIFY changed)
    Q_PROPERTY(QString hint READ hint NOTIFY changed)
    Q_PROPERTY(QUrl pictogram READ pictogram NOTIFY changed)
    Q_PROPERTY(bool eligible READ eligible NOTIFY changed)
    Q_PROPERTY(QString outcomeTitle READ outcomeTitle NOTIFY changed)
    Q_PROPERTY(QString outcomeNext READ outcomeNext NOTIFY changed)

public:
    explicit EligibilityController(QObject *parent = nullptr);

    [[nodiscard]] bool finished() const;
    /** 1-based number of the question shown. */
    [[nodiscard]] int step() const { return m_flow->answered() + 1; }
    [[nodiscard]] int stepCount() const;
    [[nodiscard]] QString question() const;
    [[nodiscard]] QString hint() const;
    [[nodiscard]] QUrl pictogram() const;
    [[nodiscard]] bool eligible() const;
    [[nodiscard]] QString outcomeTitle() const;
    [[nodiscard]] QString outcomeNext() const;

    Q_INVOKABLE void answer(bool yes);
    /** Returns false when there is no earlier question (the screen then closes). */
    Q_INVOKABLE bool back();
    Q_INVOKABLE void restart();

Q_SIGNALS:
    void changed();

private:
    void startOn(std::shared_ptr<const Pack> pack);

    PackContext &m_context;
    std::shared_ptr<const Pack> m_pack; // what m_flow points into
    std::unique_ptr<EligibilityFlow> m_flow;
};

} // namespace guichet
