// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <functional>

namespace guichet {

class BookingFlow;

/**
 * Walks a booking through every step the way a visitor can reach it, for screenshots: the
 * service, "when", another day and its times, another office, the phone step (in voice mode its
 * privacy question first), the keypad with a number, the name, the confirmation and the booked
 * screen. It books one real appointment on the server the kiosk is given, so point it at a test
 * server. `shoot(name)` is called once each step is on screen ("booking-when"); `settle` lets
 * the window catch up. False, with the reason, when a step does not come.
 */
class BookingTour
{
public:
    BookingTour(BookingFlow *flow, std::function<void()> settle);

    bool walk(const std::function<bool(const QString &name)> &shoot, QString *error);

private:
    /** Waits (the server answers within seconds) until the flow is at `step`. */
    bool reach(const QString &step, QString *error);

    BookingFlow *m_flow;
    std::function<void()> m_settle;
};

} // namespace guichet
