// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingtour.h"

#include "bookingflow.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

namespace guichet {

BookingTour::BookingTour(BookingFlow *flow, std::function<void()> settle)
    : m_flow(flow)
    , m_settle(std::move(settle))
{
}

bool BookingTour::reach(const QString &step, QString *error)
{
    const QDeadlineTimer deadline(10000);
    while ((m_flow->busy() || m_flow->step() != step) && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (m_flow->step() == QLatin1String("failed"))
            break;
    }
    if (m_flow->busy() || m_flow->step() != step) {
        *error = QStringLiteral("the booking stayed at \"%1\" instead of reaching \"%2\"").arg(m_flow->step(), step);
        return false;
    }
    m_settle();
    return true;
}

bool BookingTour::walk(const std::function<bool(const QString &name)> &shoot, QString *error)
{
    const auto at = [&](const QString &step, const QString &name) { return reach(step, error) && shoot(name); };
    const auto first = [](const QVariantList &list, const char *key) {
        return list.isEmpty() ? QString() : list.first().toMap().value(QLatin1String(key)).toString();
    };

    if (!at(QStringLiteral("service"), QStringLiteral("booking-service")))
        return false;
    const QString service = first(m_flow->services(), "id");
    m_flow->chooseService(service);
    if (!at(QStringLiteral("when"), QStringLiteral("booking-when")))
        return false;
    m_flow->otherDays();
    if (!at(QStringLiteral("day"), QStringLiteral("booking-day")))
        return false;
    m_flow->chooseDay(first(m_flow->days(), "date"));
    if (!at(QStringLiteral("time"), QStringLiteral("booking-time")))
        return false;
    m_flow->back();
    m_flow->back();
    if (!reach(QStringLiteral("when"), error))
        return false;
    m_flow->otherOffice();
    if (!at(QStringLiteral("office"), QStringLiteral("booking-office")))
        return false;
    m_flow->back();
    if (!reach(QStringLiteral("when"), error))
        return false;
    m_flow->chooseTime(first(m_flow->soon(), "slot"));
    if (!at(QStringLiteral("phone"), QStringLiteral("booking-phone")))
        return false;
    // In voice mode the first picture is the privacy question; the keypad follows the answer.
    m_flow->setSayAloud(false);
    for (const QChar digit : QStringLiteral("0470123456"))
        m_flow->pressKey(QString(digit));
    if (!at(QStringLiteral("phone"), QStringLiteral("booking-phone-number")))
        return false;
    m_flow->acceptPhone();
    if (!reach(QStringLiteral("confirm"), error))
        return false;
    m_flow->addName();
    m_flow->setName(QStringLiteral("Amina"));
    if (!at(QStringLiteral("name"), QStringLiteral("booking-name")))
        return false;
    m_flow->acceptName();
    if (!at(QStringLiteral("confirm"), QStringLiteral("booking-confirm")))
        return false;
    m_flow->confirm();
    return at(QStringLiteral("done"), QStringLiteral("booking-done"));
}

} // namespace guichet
