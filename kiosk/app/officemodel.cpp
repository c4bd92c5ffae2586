// SPDX-License-Identifier: GPL-3.0-or-later
#include "officemodel.h"

#include "bidi.h"

#include <QTimeZone>
#include <QVariantMap>

namespace guichet {

OfficeModel::OfficeModel(PackContext *context, QObject *parent)
    : PackListModel(context, parent)
{
    connect(context, &PackContext::clockChanged, this, &OfficeModel::refreshAll);
}

int OfficeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(context().pack().offices.size());
}

QString OfficeModel::statusText(const PackContext &context, const Office &office)
{
    const QTimeZone zone(office.timeZone.toUtf8());
    const QDateTime now = context.now();
    const OpenStatus status = office.hours.statusAt(now, zone, context.pack().calendar);
    const LocaleFormat &f = context.format();
    if (status.open)
        //: %1 is a time, e.g. 12:00
        return tr("Open now, closes at %1").arg(f.time(status.change.time()));
    if (!status.change.isValid())
        return tr("Closed");
    const QDate today = now.toTimeZone(zone).date();
    if (status.change.date() == today)
        //: %1 is a time later today, e.g. 14:00
        return tr("Closed, opens at %1").arg(f.time(status.change.time()));
    //: %1 is a weekday and a time, e.g. Monday 09:00
    return tr("Closed, opens %1").arg(f.weekdayTime(status.change, zone));
}

QVariantList OfficeModel::week(const PackContext &context, const OpeningHours &hours)
{
    const LocaleFormat &f = context.format();
    QVariantList rows;
    for (int day = 0; day < 7; ++day) {
        QStringList ranges;
        for (const HourRange &r : hours.weekly[day]) {
            // ICU orders the range for the language (right to left in Arabic): no isolate here.
            QString range = f.timeRange(r.from, r.to);
            if (!r.onlyDuring.isEmpty())
                range += QStringLiteral(" (%1)").arg(context.text(QStringLiteral("period.") + r.onlyDuring));
            ranges << range;
        }
        rows << QVariantMap{{QStringLiteral("day"), f.weekday(day + 1)},
                            {QStringLiteral("hours"), ranges.isEmpty() ? tr("Closed") : ranges.join(QLatin1Char('\n'))},
                            {QStringLiteral("open"), !ranges.isEmpty()}};
    }
    return rows;
}

QString OfficeModel::upcomingClosures(const PackContext &context, const Office &office)
{
    constexpr int kDaysAhead = 31;
    const QDate today = context.now().toTimeZone(QTimeZone(office.timeZone.toUtf8())).date();
    QStringList lines;
    for (int ahead = 0; ahead < kDaysAhead; ++ahead) {
        const QDate day = today.addDays(ahead);
        const DateRange *closure = office.hours.closureOn(day, context.pack().calendar);
        // Only days the office would otherwise open: a holiday on a Sunday changes nothing.
        if (closure && !office.hours.weekly[size_t(day.dayOfWeek() - 1)].isEmpty())
            lines << QStringLiteral("%1 — %2").arg(context.format().date(day), context.text(closure->reason));
    }
    return lines.join(QLatin1Char('\n'));
}

QVariant OfficeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Office &office = context().pack().offices.at(index.row());
    switch (role) {
    case OfficeIdRole: return office.id;
    case Qt::DisplayRole:
    case NameRole: return office.name;
    case AddressRole:
        return office.address.street + QLatin1Char('\n') + office.address.postcode + QLatin1Char(' ') + office.address.city;
    case PhoneRole: return isolateLtr(LocaleFormat::phone(office.phone));
    case AccessRole: return context().text(QStringLiteral("office.%1.access").arg(office.id));
    case OpenRole:
        return office.hours.statusAt(context().now(), QTimeZone(office.timeZone.toUtf8()), context().pack().calendar).open;
    case StatusRole: return statusText(context(), office);
    case WeekRole: return week(context(), office.hours);
    case ClosuresRole: return upcomingClosures(context(), office);
    default: return {};
    }
}

QHash<int, QByteArray> OfficeModel::roleNames() const
{
    return {{OfficeIdRole, "officeId"}, {NameRole, "name"},     {AddressRole, "address"},
            {PhoneRole, "phone"},       {AccessRole, "access"}, {OpenRole, "open"},
            {StatusRole, "status"},     {WeekRole, "week"},
            {ClosuresRole, "closures"}};
}

} // namespace guichet
