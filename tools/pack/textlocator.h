// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packproblem.h"
#include "packsource.h"

#include <QHash>

#include <memory>

namespace guichet {

class JsonLineIndex;

/** Names a text of the pack as a problem does (texts/ar.json:12: texts.KEY), so a warning
 *  points staff at the line to fix. */
class TextLocator
{
public:
    explicit TextLocator(const PackSource &source);
    ~TextLocator();

    [[nodiscard]] PackProblem at(const QString &language, const QString &key, const QString &message);

private:
    struct File;
    const PackSource &m_source;
    QHash<QString, std::shared_ptr<File>> m_files;
};

} // namespace guichet
