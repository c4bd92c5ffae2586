// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "localeformat.h"
#include "ticketdata.h"

#include <QDir>
#include <QHash>
#include <QTimeZone>

namespace guichet::test {

/** Start of a booking in Brussels wall-clock time. */
inline QDateTime brussels(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(QByteArrayLiteral("Europe/Brussels")));
}

/**
 * A first-welcome booking at BAPA BXL as the kiosk would confirm it, its texts from the
 * default pack and its dates formatted by the kiosk's own ICU code, in the visitor's language.
 */
inline TicketData sampleTicket(const QString &language, const QDateTime &start = brussels(2027, 3, 26, 9))
{
    static const QHash<QString, QString> services{
        {QStringLiteral("fr"), QStringLiteral("Premier accueil")},
        {QStringLiteral("ar"), QStringLiteral("الاستقبال الأول")},
        {QStringLiteral("fa"), QStringLiteral("پذیرش نخست")},
        {QStringLiteral("ti"), QStringLiteral("ቀዳማይ ርክብ")},
        {QStringLiteral("uk"), QStringLiteral("Перший прийом")},
    };
    const auto dateTime = [&](const QString &lang) {
        const LocaleFormat format(lang);
        return format.date(start.date()) + u'\n' + format.timeRange(start.time(), start.time().addSecs(3600));
    };
    TicketData t;
    t.code = QStringLiteral("K7-4825");
    t.id = QUuid(QStringLiteral("6f1c2a9e-3b7d-4c52-9a1e-0d8f5e2b7c41"));
    t.serviceName = services.value(language, services.value(QStringLiteral("fr")));
    t.pictogramPath = QDir(qEnvironmentVariable("GUICHET_PACK")).filePath(QStringLiteral("pictograms/welcome.svg"));
    t.officeName = QStringLiteral("BAPA BXL");
    t.officeAddress = QStringLiteral("Boulevard Anspach 1 bte 24\n1000 Bruxelles");
    t.officePhone = LocaleFormat::phone(QStringLiteral("+3222794970"));
    t.start = start;
    t.end = start.addSecs(3600);
    t.language = language;
    t.dateTimeVisitor = dateTime(language);
    t.dateTimeFrench = dateTime(QStringLiteral("fr"));
    t.confirmedAt = QDateTime(QDate(2027, 3, 20), QTime(10, 15), QTimeZone::utc());
    return t;
}

} // namespace guichet::test
