// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packcontext.h"

#include <QAbstractListModel>

namespace guichet {

/**
 * A list of pack content that re-reads its rows in place when the language changes, and
 * resets (views rebuild their delegates) when a new pack replaces the one shown.
 */
class PackListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit PackListModel(PackContext *context, QObject *parent = nullptr);

protected:
    /** Every row changed (language or clock): delegates update without being recreated. */
    void refreshAll();
    /** Called when the visitor's language changes; by default every row is re-read. */
    virtual void languageChanged() { refreshAll(); }
    /** Inside the reset, before the old pack goes: drop anything that points into it. */
    virtual void forgetPack() {}
    /** Inside the reset, once the new pack is in place: build whatever rows are kept. */
    virtual void readPack() {}
    [[nodiscard]] PackContext &context() const { return *m_context; }

private:
    PackContext *m_context;
};

} // namespace guichet
