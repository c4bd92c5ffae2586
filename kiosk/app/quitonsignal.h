// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace guichet {

/**
 * SIGTERM and SIGINT make the application quit through its event loop (QCoreApplication::exit),
 * not die where it stands: the outbox's database closes, systemd hears STOPPING=1, and cage,
 * whose only client is gone, exits by itself (the unit's ExecStop signals the kiosk, never
 * cage). The handler only writes a byte to a socket pair that the event loop watches.
 */
void quitOnTerminationSignals();

} // namespace guichet
