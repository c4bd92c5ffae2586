// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packfiles.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace guichet {

/**
 * What changed between two packs, in words staff can check before publishing: "BAPA BXL:
 * Thursday 17:00-20:00 removed; 3 texts changed in ar; language ku added". Used by
 * `guichet-pack diff` and by the server for the staff console's Content page.
 */
namespace packdiff {

/** One change: `kind` ("hours_removed", "texts_changed", "language_added", …) and what it is
 *  about (office, day, from, to, language, count, …), as the console receives it. */
struct Change {
    QString kind;
    QJsonObject details;

    [[nodiscard]] QJsonObject toJson() const;
};

/** The changes from `before` to `after`; nothing, with the reason, when either does not load. */
[[nodiscard]] std::optional<QList<Change>> compare(const PackFiles &before, const PackFiles &after, QString *error);
/** One change in words, in "en", "fr" or "nl" (anything else: English). */
[[nodiscard]] QString describe(const Change &change, const QString &language);
/** Every change in words, joined by "; " ("no change" when there is none). */
[[nodiscard]] QString describeAll(const QList<Change> &changes, const QString &language);

} // namespace packdiff

} // namespace guichet
