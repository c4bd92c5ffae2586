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

namespace {

QDate todayAt(const PackContext &context, const Office &office)
{
    return context.now().toTimeZone(QTimeZone(office.timeZone.toUtf8())).date();
}

/** The ranges of one day: "09:00 – 12:00 et 17:00 – 20:00 (school term)". */
QString rangesText(const PackContext &context, const QList<HourRange> &ranges)
{
    QStringList texts;
    for (const HourRange &r : ranges) {
        // ICU orders the range for the language (right to left in Arabic): no isolate here.
        QString range = context.format().timeRange(r.from, r.to);
        if (!r.onlyDuring.isEmpty())
            range += QStringLiteral(" (%1)").arg(context.text(QStringLiteral("period.") + r.onlyDuring));
        texts << range;
    }
    return context.format().list(texts);
}

/** Weekdays (1 = Monday) as a reader groups them: "lundi – mercredi et vendredi". Three days
 *  or more in a row become a range; two stay a pair. */
QString daysText(const LocaleFormat &format, const QList<int> &days)
{
    QStringList parts;
    for (qsizetype i = 0; i < days.size();) {
        qsizetype last = i;
        while (last + 1 < days.size() && days.at(last + 1) == days.at(last) + 1)
            ++last;
        if (last - i >= 2) {
            parts << format.weekday(days.at(i)) + QStringLiteral(" – ") + format.weekday(days.at(last));
        } else {
            for (qsizetype j = i; j <= last; ++j)
                parts << format.weekday(days.at(j));
        }
        i = last + 1;
    }
    return format.list(parts);
}

} // namespace

QString OfficeModel::statusText(const PackContext &context, const Office &office)
{
    const QTimeZone zone(office.timeZone.toUtf8());
    const QDateTime now = context.now();
    const OpenStatus status = office.hours.statusAt(now, zone, context.pack().calendar);
    const LocaleFormat &f = context.format();
    if (status.open) {
        // A lunch break: say when it opens again, so that nobody leaves for the day.
        const OpenStatus after = office.hours.statusAt(status.change, zone, context.pack().calendar);
        if (!after.open && after.change.isValid() && after.change.toTimeZone(zone).date() == status.change.toTimeZone(zone).date())
            //: %1 is when it closes, %2 when it opens again the same day, e.g. 12:00 and 14:00
            return tr("Open now, closes at %1, reopens at %2").arg(f.time(status.change.toTimeZone(zone).time()), f.time(after.change.toTimeZone(zone).time()));
        //: %1 is a time, e.g. 12:00
        return tr("Open now, closes at %1").arg(f.time(status.change.time()));
    }
    if (!status.change.isValid())
        return tr("Closed");
    const QDate today = now.toTimeZone(zone).date();
    if (status.change.date() == today)
        //: %1 is a time later today, e.g. 14:00
        return tr("Closed, opens at %1").arg(f.time(status.change.time()));
    //: %1 is a weekday and a time, e.g. Monday 09:00
    return tr("Closed, opens %1").arg(f.weekdayTime(status.change, zone));
}

QVariantList OfficeModel::week(const PackContext &context, const OpeningHours &hours, int todayIso)
{
    QList<QList<int>> groups; // weekdays with the same hours, in the order of their first day
    QStringList texts;
    for (int day = 1; day <= 7; ++day) {
        const QString text = rangesText(context, hours.weekly[size_t(day - 1)]);
        const qsizetype at = texts.indexOf(text);
        if (at >= 0) {
            groups[at] << day;
        } else {
            texts << text;
            groups << QList<int>{day};
        }
    }
    QVariantList rows;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        rows << QVariantMap{{QStringLiteral("days"), daysText(context.format(), groups.at(i))},
                            {QStringLiteral("hours"), texts.at(i).isEmpty() ? tr("Closed") : texts.at(i)},
                            {QStringLiteral("open"), !texts.at(i).isEmpty()},
                            {QStringLiteral("today"), groups.at(i).contains(todayIso)}};
    }
    return rows;
}

QString OfficeModel::todayHours(const PackContext &context, const Office &office)
{
    const QDate today = todayAt(context, office);
    const QString hours = rangesText(context, office.hours.rangesOn(today, context.pack().calendar));
    if (!hours.isEmpty())
        return hours;
    const DateRange *closure = office.hours.closureOn(today, context.pack().calendar);
    return closure ? QStringLiteral("%1 (%2)").arg(tr("Closed"), context.text(closure->reason)) : tr("Closed");
}

QString OfficeModel::upcomingClosures(const PackContext &context, const Office &office)
{
    constexpr int kDaysAhead = 31;
    const QDate today = todayAt(context, office);
    struct Span {
        const DateRange *closure;
        QDate from;
        QDate to;
    };
    QList<Span> spans;
    for (int ahead = 0; ahead < kDaysAhead; ++ahead) {
        const QDate day = today.addDays(ahead);
        const DateRange *closure = office.hours.closureOn(day, context.pack().calendar);
        // Only days the office would otherwise open: a holiday on a Sunday changes nothing.
        if (!closure || office.hours.weekly[size_t(day.dayOfWeek() - 1)].isEmpty())
            continue;
        if (!spans.isEmpty() && spans.last().closure == closure)
            spans.last().to = day; // the same closure goes on, over a weekend if need be
        else
            spans << Span{closure, day, day};
    }
    const LocaleFormat &f = context.format();
    QStringList lines;
    for (const Span &span : std::as_const(spans)) {
        const QString when = span.from == span.to ? f.dayMonth(span.from) : f.dateRange(span.from, span.to);
        lines << QStringLiteral("%1 — %2").arg(when, context.text(span.closure->reason));
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
        return office.address.linesIn(context().language());
    case PhoneRole: return isolateLtr(LocaleFormat::phone(office.phone));
    case AccessRole: return context().text(QStringLiteral("office.%1.access").arg(office.id));
    case OpenRole:
        return office.hours.statusAt(context().now(), QTimeZone(office.timeZone.toUtf8()), context().pack().calendar).open;
    case StatusRole: return statusText(context(), office);
    case WeekRole: return week(context(), office.hours, todayAt(context(), office).dayOfWeek());
    case ClosuresRole: return upcomingClosures(context(), office);
    case TodayRole: return todayHours(context(), office);
    default: return {};
    }
}

QHash<int, QByteArray> OfficeModel::roleNames() const
{
    return {{OfficeIdRole, "officeId"}, {NameRole, "name"},     {AddressRole, "address"},
            {PhoneRole, "phone"},       {AccessRole, "access"}, {OpenRole, "open"},
            {StatusRole, "status"},     {WeekRole, "week"},
            {ClosuresRole, "closures"}, {TodayRole, "today"}};
}

} // namespace guichet
