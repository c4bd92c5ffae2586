// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace guichet {

struct Pack;

/**
 * The settings an installed kiosk reads from /etc/guichet/kiosk.conf (`--config`, read by
 * kiosk/core/configfile.h) and their checks. A bad value is one line in the journal and the kiosk
 * runs without it: an unattended kiosk with a typo must still show its screens, never restart
 * forever on a blank one.
 */
namespace kioskoptions {

/** The keys kiosk.conf may set: the names of the command-line options they stand for. */
[[nodiscard]] QStringList configKeys();

/** `volume`: a whole number 0-100 as 0.0-1.0; nullopt, with why, for anything else. */
[[nodiscard]] std::optional<double> volume(const QString &value, QString *problem);

/** `office`: the office this kiosk stands in becomes the pack's default office (the help
 *  button's phone, the office it books for). False, the pack unchanged, when the pack has none
 *  of that id. */
bool standIn(Pack &pack, const QString &officeId);

} // namespace kioskoptions

} // namespace guichet
