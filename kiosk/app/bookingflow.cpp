// SPDX-License-Identifier: GPL-3.0-or-later
#include "bookingflow.h"

#include "kiosk.h"
#include "localeformat.h"
#include "bookingevent.h"
#include "clock.h"
#include "phonenumber.h"
#include "qrcode.h"
#include "syncclient.h"
#include "ticketprinter.h"

#include <QDir>

#include <QJsonObject>
#include <QLocale>
#include <QQmlEngine>
#include <QTimeZone>

namespace guichet {

namespace {

BookingFlow *s_instance = nullptr;
constexpr int kDaysAhead = 21;
// "When" offers this many of the first free times: enough to find one that suits, few enough
// to be heard in seconds.
constexpr int kSoonTimes = 4;

QTimeZone zoneOf(const Office *office)
{
    const QTimeZone zone(office ? office->timeZone.toUtf8() : QByteArrayLiteral("Europe/Brussels"));
    return zone.isValid() ? zone : QTimeZone(QByteArrayLiteral("Europe/Brussels"));
}

/** A slot's local start from its id, "office/service/yyyy-MM-ddTHH:mm" (README, Server). */
QDateTime startFromSlotId(const QString &slotId, const QTimeZone &zone)
{
    const QDateTime local = QDateTime::fromString(slotId.section(u'/', 2), QStringLiteral("yyyy-MM-ddTHH:mm"));
    return local.isValid() ? QDateTime(local.date(), local.time(), zone) : QDateTime();
}

/** What a calendar page and a clock face draw for a moment, in the visitor's language:
 *  weekday, day, month (abbreviated), hour and minute. */
QVariantMap pictureOf(const LocaleFormat &format, const QDateTime &start)
{
    return {{QStringLiteral("weekday"), format.weekday(start.date().dayOfWeek())},
            {QStringLiteral("day"), format.number(start.date().day())},
            {QStringLiteral("month"), format.monthShort(start.date().month())},
            {QStringLiteral("hour"), start.time().hour()},
            {QStringLiteral("minute"), start.time().minute()}};
}

} // namespace

BookingFlow *BookingFlow::createInstance(Kiosk *kiosk, SyncClient *sync, BookingStore *store, QObject *parent)
{
    Q_ASSERT(!s_instance);
    s_instance = new BookingFlow(kiosk, sync, store, parent);
    return s_instance;
}

BookingFlow *BookingFlow::instance()
{
    return s_instance;
}

BookingFlow *BookingFlow::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "BookingFlow::create", "main() must build the booking flow before loading QML");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

BookingFlow::BookingFlow(Kiosk *kiosk, SyncClient *sync, BookingStore *store, QObject *parent)
    : QObject(parent)
    , m_kiosk(kiosk)
    , m_sync(sync)
    , m_store(store)
{
    connect(kiosk, &Kiosk::sessionReset, this, &BookingFlow::reset);
    connect(kiosk, &Kiosk::languageChanged, this, &BookingFlow::changed); // every label is formatted anew
}

void BookingFlow::goTo(const QString &step)
{
    m_history.prepend(m_step);
    setStep(step);
}

void BookingFlow::setStep(const QString &step)
{
    m_step = step;
    Q_EMIT changed();
}

QVariantList BookingFlow::services() const
{
    const Pack &pack = m_kiosk->context()->pack();
    QVariantList list;
    for (const Service &s : pack.services) {
        list.append(QVariantMap{{QStringLiteral("id"), s.id},
                                {QStringLiteral("name"), m_kiosk->text(QStringLiteral("service.%1.title").arg(s.id))},
                                {QStringLiteral("pictogram"), m_kiosk->context()->pictogram(s.pictogram)}});
    }
    return list;
}

QVariantList BookingFlow::offices() const
{
    QVariantList list;
    for (const Office &o : m_kiosk->context()->pack().offices) {
        if (std::none_of(o.services.cbegin(), o.services.cend(), [&](const OfficeService &s) { return s.service == m_service; }))
            continue;
        list.append(QVariantMap{{QStringLiteral("id"), o.id},
                                {QStringLiteral("name"), o.name},
                                {QStringLiteral("address"), o.address.linesIn(m_kiosk->language())},
                                {QStringLiteral("phone"), LocaleFormat::phone(o.phone)}});
    }
    return list;
}

QVariantList BookingFlow::times() const
{
    const LocaleFormat &format = m_kiosk->context()->format();
    QVariantList list;
    for (const QVariantMap &slot : m_slots) {
        const QDateTime start = slot.value(QStringLiteral("start")).toDateTime();
        if (start.date().toString(Qt::ISODate) != m_day)
            continue;
        list.append(QVariantMap{{QStringLiteral("slot"), slot.value(QStringLiteral("slot"))},
                                {QStringLiteral("label"), format.time(start.time())},
                                {QStringLiteral("free"), slot.value(QStringLiteral("free"))}});
    }
    return list;
}

QVariantList BookingFlow::soon() const
{
    const LocaleFormat &format = m_kiosk->context()->format();
    QVariantList list;
    for (const QVariantMap &slot : m_slots) {
        if (list.size() == kSoonTimes)
            break;
        const QDateTime start = slot.value(QStringLiteral("start")).toDateTime();
        //: A free time to book, e.g. "lundi 7 décembre, 9:30": the day, then the time
        const QString label = tr("%1, %2").arg(format.dayMonth(start.date()), format.time(start.time()));
        QVariantMap time = pictureOf(format, start);
        time.insert({{QStringLiteral("slot"), slot.value(QStringLiteral("slot"))},
                     {QStringLiteral("label"), label},
                     {QStringLiteral("time"), format.time(start.time())}});
        list.append(time);
    }
    return list;
}

QVariantMap BookingFlow::office() const
{
    const Office *office = m_kiosk->context()->pack().office(m_office);
    if (!office)
        return {};
    return {{QStringLiteral("id"), office->id}, {QStringLiteral("name"), office->name}, {QStringLiteral("address"), office->address.linesIn(m_kiosk->language())}};
}

QString BookingFlow::phone() const
{
    // Read back in small groups, as people say numbers: "0470 12 34 56".
    QString grouped;
    for (qsizetype i = 0; i < m_digits.size(); ++i) {
        if (i >= 4 && (i - 4) % 2 == 0)
            grouped += u' ';
        grouped += m_digits.at(i);
    }
    return grouped;
}

void BookingFlow::setName(const QString &name)
{
    const QString kept = name.left(100);
    if (kept == m_name)
        return;
    m_name = kept;
    Q_EMIT changed();
}

QVariantMap BookingFlow::summary() const
{
    const Office *office = m_kiosk->context()->pack().office(m_office);
    const QDateTime start = chosenStart();
    const LocaleFormat &format = m_kiosk->context()->format();
    QVariantMap summary{{QStringLiteral("service"), m_service.isEmpty() ? QString() : m_kiosk->text(QStringLiteral("service.%1.title").arg(m_service))},
                        {QStringLiteral("office"), office ? office->name : QString()},
                        {QStringLiteral("address"), office ? office->address.linesIn(m_kiosk->language()) : QString()},
                        {QStringLiteral("date"), start.isValid() ? format.date(start.date()) : QString()},
                        {QStringLiteral("time"), start.isValid() ? format.time(start.time()) : QString()},
                        {QStringLiteral("phone"), phone()},
                        {QStringLiteral("name"), m_name}};
    if (start.isValid())
        summary.insert(pictureOf(format, start));
    return summary;
}

void BookingFlow::start()
{
    reset();
    if (!m_sync) {
        m_result = {{QStringLiteral("reason"), QStringLiteral("unavailable")}, {QStringLiteral("officePhone"), m_kiosk->helpPhone()}};
        setStep(QStringLiteral("failed"));
    }
}

void BookingFlow::chooseService(const QString &id)
{
    m_service = id;
    // The kiosk's own office (kiosk.conf `office`, else the pack's default) when it offers it.
    const Office *home = m_kiosk->context()->pack().office(m_kiosk->context()->pack().defaultOffice);
    const bool offered = home && std::any_of(home->services.cbegin(), home->services.cend(), [&](const OfficeService &s) { return s.service == id; });
    if (!offered) {
        goTo(QStringLiteral("office"));
        return;
    }
    m_office = home->id;
    goTo(QStringLiteral("when"));
    loadSlots();
}

void BookingFlow::chooseOffice(const QString &id)
{
    m_office = id;
    // Another office replaces the kiosk's own: back from its times returns to the list.
    goTo(QStringLiteral("when"));
    loadSlots();
}

void BookingFlow::otherOffice()
{
    goTo(QStringLiteral("office"));
}

void BookingFlow::otherDays()
{
    goTo(QStringLiteral("day"));
}

void BookingFlow::loadSlots()
{
    if (!m_sync)
        return;
    m_busy = true;
    m_slots.clear();
    m_days.clear();
    Q_EMIT changed();
    const quint64 generation = ++m_generation;
    const Office *office = m_kiosk->context()->pack().office(m_office);
    const QTimeZone zone = zoneOf(office);
    const QDate today = Clock::today(zone);
    m_sync->fetchSlots(m_office, m_service, today, today.addDays(kDaysAhead), [this, generation, zone](bool answered, const QJsonArray &answer) {
        if (generation != m_generation)
            return; // the visitor moved on, or left
        m_busy = false;
        m_offline = !answered;
        // This kiosk's own leased seats are free for it, though the server counts them as taken.
        QHash<QString, int> leased;
        for (const auto &[slot, seats] : m_store->leasedSlots(m_office, m_service, Clock::nowMSecs()))
            leased.insert(slot, seats);
        QMap<qint64, QVariantMap> found;
        const QDateTime now = Clock::now();
        for (const QJsonValue &v : answer) {
            const QJsonObject s = v.toObject();
            const QString id = s.value(QStringLiteral("id")).toString();
            const int free = s.value(QStringLiteral("available")).toInt() + leased.value(id);
            const QDateTime start = QDateTime::fromString(s.value(QStringLiteral("start")).toString(), Qt::ISODate).toTimeZone(zone);
            if (free > 0 && start > now)
                found.insert(start.toSecsSinceEpoch(), {{QStringLiteral("slot"), id}, {QStringLiteral("start"), start}, {QStringLiteral("free"), free}});
        }
        if (!answered) {
            for (auto it = leased.cbegin(); it != leased.cend(); ++it) {
                const QDateTime start = startFromSlotId(it.key(), zone);
                if (start.isValid() && start > now)
                    found.insert(start.toSecsSinceEpoch(), {{QStringLiteral("slot"), it.key()}, {QStringLiteral("start"), start}, {QStringLiteral("free"), it.value()}});
            }
        }
        m_slots = found.values();
        const LocaleFormat &format = m_kiosk->context()->format();
        QMap<QDate, int> perDay;
        for (const QVariantMap &slot : std::as_const(m_slots))
            perDay[slot.value(QStringLiteral("start")).toDateTime().date()] += slot.value(QStringLiteral("free")).toInt();
        for (auto it = perDay.cbegin(); it != perDay.cend(); ++it) {
            QVariantMap day = pictureOf(format, it.key().startOfDay());
            day.insert({{QStringLiteral("date"), it.key().toString(Qt::ISODate)},
                        {QStringLiteral("label"), format.date(it.key())},
                        {QStringLiteral("free"), it.value()}});
            m_days.append(day);
        }
        if (m_days.isEmpty()) {
            const Office *office = m_kiosk->context()->pack().office(m_office);
            m_result = {{QStringLiteral("reason"), QStringLiteral("unavailable")},
                        {QStringLiteral("officePhone"), LocaleFormat::phone(office ? office->phone : QString())}};
            m_step = QStringLiteral("failed");
        }
        Q_EMIT changed();
    });
}

void BookingFlow::chooseDay(const QString &isoDate)
{
    m_day = isoDate;
    goTo(QStringLiteral("time"));
}

void BookingFlow::chooseTime(const QString &slotId)
{
    m_slot = slotId;
    goTo(QStringLiteral("phone"));
}

void BookingFlow::setSayAloud(bool allowed)
{
    m_sayAloud = allowed ? QStringLiteral("yes") : QStringLiteral("no");
    Q_EMIT changed();
}

QString BookingFlow::keyHeard() const
{
    if (m_digits.isEmpty())
        return {};
    const LocaleFormat &format = m_kiosk->context()->format();
    if (m_sayAloud == QStringLiteral("yes"))
        return m_digits.back() == u'+' ? QStringLiteral("+") : format.number(m_digits.back().digitValue());
    const int typed = int(m_digits.size());
    const int expected = expectedPhoneDigits(m_digits);
    if (expected > 0 && typed <= expected)
        //: Said for a key typed when the visitor chose not to have the number said aloud, e.g. "digit 4 of 10"
        return tr("digit %1 of %2").arg(format.number(typed), format.number(expected));
    //: Said for a key typed when the number is not said aloud and its length is unknown, e.g. "digit 12"
    return tr("digit %1").arg(format.number(typed));
}

QString BookingFlow::letterHeard() const
{
    if (m_name.isEmpty())
        return {};
    if (m_sayAloud == QStringLiteral("yes"))
        return m_name.right(1);
    //: Said for a letter typed in the name when the visitor chose not to have it said aloud, e.g. "letter 3"
    return tr("letter %1").arg(m_kiosk->context()->format().number(m_name.size()));
}

void BookingFlow::pressKey(const QString &key)
{
    if (key.size() != 1 || m_digits.size() >= 20)
        return;
    const QChar c = key.at(0);
    if (c == u'+' && m_digits.isEmpty())
        m_digits = QStringLiteral("+");
    else if (c.digitValue() >= 0) // the visitor's own digits too (Arabic-Indic, Persian)
        m_digits += QChar(u'0' + c.digitValue());
    else
        return;
    m_phoneError.clear();
    Q_EMIT changed();
}

void BookingFlow::erase()
{
    m_digits.chop(1);
    m_phoneError.clear();
    Q_EMIT changed();
}

void BookingFlow::acceptPhone()
{
    const std::optional<QString> e164 = normalisedPhone(m_digits);
    if (!e164) {
        //: Shown and spoken when the typed phone number cannot be used
        m_phoneError = tr("This is not a phone number we can use. Please type it again, for example 0470 12 34 56.");
        Q_EMIT changed();
        return;
    }
    m_phoneE164 = *e164;
    m_phoneError.clear();
    goTo(QStringLiteral("confirm"));
}

void BookingFlow::addName()
{
    goTo(QStringLiteral("name"));
}

void BookingFlow::acceptName()
{
    // Back to the confirm step it came from, which back() would also return to.
    if (!m_history.isEmpty() && m_history.first() == QStringLiteral("confirm"))
        m_history.removeFirst();
    setStep(QStringLiteral("confirm"));
}

void BookingFlow::confirm()
{
    if (!m_sync || m_slot.isEmpty() || m_phoneE164.isEmpty() || m_busy)
        return;
    m_busy = true;
    Q_EMIT changed();
    const quint64 generation = ++m_generation;
    const QVariantMap chosen = summary();
    const QDateTime start = chosenStart();
    const QString officeId = m_office;
    const BookingRequest request{m_slot, m_office, m_service, m_kiosk->language(), m_phoneE164, m_name.trimmed()};
    // The phone number and name leave this object now: the store keeps them until the server has them.
    m_digits.clear();
    m_phoneE164.clear();
    m_name.clear();
    m_sync->book(request, [this, generation, chosen, start, officeId](const BookingOutcome &outcome) {
        if (generation != m_generation)
            return;
        m_busy = false;
        // Looked up when the answer comes, not kept from before: a pointer into the pack
        // would not outlive a pack switch (the idle reset adopts a new pack).
        const Office *office = m_kiosk->context()->pack().office(officeId);
        const bool confirmed = outcome.kind == BookingOutcome::Kind::Confirmed || outcome.kind == BookingOutcome::Kind::ConfirmedOffline;
        if (confirmed) {
            const LocaleFormat french(QStringLiteral("fr"));
            const LocaleFormat &visitor = m_kiosk->context()->format();
            m_result = pictureOf(visitor, start);
            m_result.insert({{QStringLiteral("code"), outcome.code},
                        {QStringLiteral("offline"), outcome.kind == BookingOutcome::Kind::ConfirmedOffline},
                        {QStringLiteral("dateVisitor"), visitor.date(start.date())},
                        {QStringLiteral("timeVisitor"), visitor.time(start.time())},
                        {QStringLiteral("dateFrench"), french.date(start.date())},
                        {QStringLiteral("timeFrench"), french.time(start.time())},
                        {QStringLiteral("officeName"), chosen.value(QStringLiteral("office"))},
                        {QStringLiteral("officeAddress"), chosen.value(QStringLiteral("address"))},
                        {QStringLiteral("officePhone"), LocaleFormat::phone(office ? office->phone : QString())},
                        {QStringLiteral("serviceName"), chosen.value(QStringLiteral("service"))}});
            // The same event on the screen's QR code and on the ticket: the visitor's phone
            // camera puts it in their calendar.
            m_ticket = {outcome.code, QUuid(outcome.bookingId), chosen.value(QStringLiteral("service")).toString(),
                        m_kiosk->context()->pictogram(servicePictogram()).toLocalFile(), chosen.value(QStringLiteral("office")).toString(),
                        chosen.value(QStringLiteral("address")).toString(), m_result.value(QStringLiteral("officePhone")).toString(),
                        start, start.addSecs(60LL * serviceMinutes()), m_kiosk->language(),
                        m_result.value(QStringLiteral("dateVisitor")).toString() + u'\n' + m_result.value(QStringLiteral("timeVisitor")).toString(),
                        m_result.value(QStringLiteral("dateFrench")).toString() + u'\n' + m_result.value(QStringLiteral("timeFrench")).toString(),
                        Clock::now()};
            int qrSize = 0;
            m_result.insert(QStringLiteral("qrPath"), qrSvgPath(bookingEvent(m_ticket), 4, &qrSize));
            m_result.insert(QStringLiteral("qrSize"), qrSize);
            setStep(QStringLiteral("done"));
            return;
        }
        m_result = {{QStringLiteral("reason"), outcome.kind == BookingOutcome::Kind::Taken ? QStringLiteral("taken") : QStringLiteral("unavailable")},
                    {QStringLiteral("officePhone"), LocaleFormat::phone(office ? office->phone : QString())}};
        setStep(QStringLiteral("failed"));
    });
}

QDateTime BookingFlow::chosenStart() const
{
    for (const QVariantMap &slot : m_slots) {
        if (slot.value(QStringLiteral("slot")).toString() == m_slot)
            return slot.value(QStringLiteral("start")).toDateTime();
    }
    return {};
}

QString BookingFlow::servicePictogram() const
{
    const Service *service = m_kiosk->context()->pack().service(m_service);
    return service ? service->pictogram : QString();
}

int BookingFlow::serviceMinutes() const
{
    const Service *service = m_kiosk->context()->pack().service(m_service);
    return service ? service->durationMin : 0;
}

void BookingFlow::setPrinter(const QString &printer)
{
    if (printer == m_printer)
        return;
    m_printer = printer;
    Q_EMIT changed();
}

bool BookingFlow::print()
{
    if (m_printer.isEmpty() || m_step != QStringLiteral("done"))
        return false;
    QString error;
    const bool printed = m_printer.startsWith(QStringLiteral("pdf:"))
        ? printTicketToPdf(m_ticket, QDir(m_printer.mid(4)).filePath(m_ticket.code + QStringLiteral(".pdf")), &error)
        : printTicketOn(m_ticket, m_printer, &error);
    if (!printed)
        qWarning("ticket: %s", qPrintable(error)); // the code and place only: no personal data is on a ticket
    return printed;
}

void BookingFlow::back()
{
    if (m_step == QStringLiteral("failed")) {
        // A time just taken: choose another one of the same day, from fresh lists.
        const bool taken = m_result.value(QStringLiteral("reason")) == QStringLiteral("taken");
        m_result.clear();
        if (taken) {
            // Back to the first free times of the same office, which no longer offer it.
            m_slot.clear();
            m_day.clear();
            while (!m_history.isEmpty() && m_history.first() != QStringLiteral("when"))
                m_history.removeFirst();
            if (!m_history.isEmpty())
                m_history.removeFirst();
            setStep(QStringLiteral("when"));
            loadSlots();
        } else {
            reset();
        }
        return;
    }
    if (m_history.isEmpty())
        return;
    const QString previous = m_history.takeFirst();
    if (previous == QStringLiteral("service"))
        m_office.clear(); // chosen anew with the next service
    setStep(previous);
}

void BookingFlow::reset()
{
    ++m_generation; // an answer still on its way is for nobody now
    m_step = QStringLiteral("service");
    m_busy = false;
    m_offline = false;
    m_service.clear();
    m_office.clear();
    m_day.clear();
    m_slot.clear();
    m_digits.clear();
    m_phoneE164.clear();
    m_phoneError.clear();
    m_name.clear();
    m_sayAloud.clear();
    m_history.clear();
    m_days.clear();
    m_slots.clear();
    m_result.clear();
    m_ticket = {};
    Q_EMIT changed();
}

} // namespace guichet
