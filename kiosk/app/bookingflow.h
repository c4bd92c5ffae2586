// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QVariantMap>
#include <QtQml/qqmlregistration.h>

#include "ticketdata.h"

class QQmlEngine;
class QJSEngine;

namespace guichet {

class Kiosk;
class SyncClient;
class BookingStore;

/**
 * Booking an appointment, step by step, as QML sees it: service → "when" (the next free times
 * at the kiosk's own office) → phone number → confirm → the confirmation. Detours only on
 * request: "another office" (the office step, also shown when the kiosk's office does not
 * offer the service), "other days" (a calendar, then that day's times), "add my name" (from
 * the confirm step, and back to it). The lists offer only what can be booked now (online: the
 * server's free seats; offline: the seats leased to this kiosk). The phone number and name
 * live here only until the booking is kept in the store, and every step is forgotten at the
 * end of the booking and at the idle reset. Whether the number may be said aloud is the
 * visitor's choice (asked in voice mode before the keypad), kept for this booking only.
 * Built in main() as the `Booking` singleton; without a server configured it says plainly
 * that booking is not possible here.
 */
class BookingFlow : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Booking)
    QML_SINGLETON
    /** "service", "office", "when", "day", "time", "phone", "confirm", "name", "done", "failed". */
    Q_PROPERTY(QString step READ step NOTIFY changed)
    /** back() has a step to return to (else back leaves the booking). */
    Q_PROPERTY(bool canGoBack READ canGoBack NOTIFY changed)
    /** False when this kiosk has no server configured: the menu says why and gives a phone. */
    Q_PROPERTY(bool available READ available CONSTANT)
    /** Waiting for the server (at most 3 s). */
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    /** The last answer came from leased seats, not the server. */
    Q_PROPERTY(bool offline READ offline NOTIFY changed)
    /** [{id, name, pictogram}] */
    Q_PROPERTY(QVariantList services READ services NOTIFY changed)
    /** [{id, name, address, phone}] offering the chosen service. */
    Q_PROPERTY(QVariantList offices READ offices NOTIFY changed)
    /** [{date (yyyy-MM-dd), label, weekday, day, month, free}] days with a free seat. */
    Q_PROPERTY(QVariantList days READ days NOTIFY changed)
    /** [{slot, label (HH:mm in the visitor's digits), free}] free times of the chosen day. */
    Q_PROPERTY(QVariantList times READ times NOTIFY changed)
    /** The first free times of the chosen office, whatever their day: [{slot, label ("lundi 7
     *  décembre, 9:30"), time ("9:30"), and what a calendar page and a clock face draw:
     *  weekday, day, month (abbreviated), all in the visitor's language, hour, minute}]. */
    Q_PROPERTY(QVariantList soon READ soon NOTIFY changed)
    /** The office the times are for: {id, name, address}, empty before one is known. */
    Q_PROPERTY(QVariantMap office READ office NOTIFY changed)
    /** Whether the number (and name) may be said aloud: "" not asked yet, "yes" or "no". */
    Q_PROPERTY(QString sayAloud READ sayAloud NOTIFY changed)
    /** The digits typed so far, grouped for reading ("0470 12 34 56"). */
    Q_PROPERTY(QString phone READ phone NOTIFY changed)
    /** Why the number cannot be used, in the visitor's language; empty when fine. */
    Q_PROPERTY(QString phoneError READ phoneError NOTIFY changed)
    Q_PROPERTY(QString name READ name WRITE setName NOTIFY changed)
    /** The choices so far, for the confirm step: service, office, date and time texts, and,
     *  once a time is chosen, the pictures' weekday, day, month, hour and minute (as in soon). */
    Q_PROPERTY(QVariantMap summary READ summary NOTIFY changed)
    /** After "done": code, dateVisitor, timeVisitor, dateFrench, timeFrench, the pictures'
     *  weekday, day, month, hour and minute (visitor's language), officeName, officeAddress, officePhone,
     *  serviceName, offline, qrPath and qrSize (the booking as an iCalendar event in a QR
     *  code: an SVG path in a qrSize × qrSize box, for a Shape's PathSvg). After "failed":
     *  reason ("taken" or "unavailable") and officePhone. */
    Q_PROPERTY(QVariantMap result READ result NOTIFY changed)
    /** A ticket printer is configured (--printer). */
    Q_PROPERTY(bool canPrint READ canPrint NOTIFY changed)
    /** --printer: a CUPS printer's name, or "pdf:DIR" to write each ticket as DIR/<code>.pdf
     *  (tests set it from QML to see a ticket printed and a printer failing). */
    Q_PROPERTY(QString printer READ printer WRITE setPrinter NOTIFY changed)

public:
    static BookingFlow *createInstance(Kiosk *kiosk, SyncClient *sync, BookingStore *store, QObject *parent);
    static BookingFlow *create(QQmlEngine *engine, QJSEngine *scriptEngine);
    /** The one flow, made by createInstance (nullptr before). */
    static BookingFlow *instance();

    [[nodiscard]] QString step() const { return m_step; }
    [[nodiscard]] bool available() const { return m_sync != nullptr; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] bool offline() const { return m_offline; }
    [[nodiscard]] QVariantList services() const;
    [[nodiscard]] QVariantList offices() const;
    [[nodiscard]] QVariantList days() const { return m_days; }
    [[nodiscard]] QVariantList times() const;
    [[nodiscard]] QVariantList soon() const;
    [[nodiscard]] QVariantMap office() const;
    [[nodiscard]] QString sayAloud() const { return m_sayAloud; }
    [[nodiscard]] bool canGoBack() const { return !m_history.isEmpty(); }
    [[nodiscard]] QString phone() const;
    [[nodiscard]] QString phoneError() const { return m_phoneError; }
    [[nodiscard]] QString name() const { return m_name; }
    void setName(const QString &name);
    [[nodiscard]] QVariantMap summary() const;
    [[nodiscard]] QVariantMap result() const { return m_result; }
    [[nodiscard]] bool canPrint() const { return !m_printer.isEmpty(); }
    [[nodiscard]] QString printer() const { return m_printer; }
    void setPrinter(const QString &printer);

    /** A new booking from the first step (forgets any earlier one). */
    Q_INVOKABLE void start();
    /** The kiosk's own office next when it offers the service, else the office step. */
    Q_INVOKABLE void chooseService(const QString &id);
    Q_INVOKABLE void chooseOffice(const QString &id);
    /** From "when": the office list. */
    Q_INVOKABLE void otherOffice();
    /** From "when": the calendar of every day with a free seat. */
    Q_INVOKABLE void otherDays();
    Q_INVOKABLE void chooseDay(const QString &isoDate);
    /** A time from "when" or from a day's times: on to the phone number. */
    Q_INVOKABLE void chooseTime(const QString &slotId);
    /** The visitor's answer to "may your number be said aloud?" (voice mode). */
    Q_INVOKABLE void setSayAloud(bool allowed);
    /** What a key of the keypad says once pressed: the digit when the number may be said
     *  aloud, else only its place, "digit 4 of 10". */
    Q_INVOKABLE QString keyHeard() const;
    /** What a letter typed in the name says: the letter when it may be said aloud, else its place. */
    Q_INVOKABLE QString letterHeard() const;
    /** The keypad: a digit (ASCII or the visitor's own digits), or "+" at the start. */
    Q_INVOKABLE void pressKey(const QString &key);
    Q_INVOKABLE void erase();
    /** Checks the number (E.164, Belgian by default): on to confirm, or an error to show and say. */
    Q_INVOKABLE void acceptPhone();
    /** From confirm: the optional name. */
    Q_INVOKABLE void addName();
    /** The name given (or not): back to confirm. */
    Q_INVOKABLE void acceptName();
    /** Books it: kept in the store first, then the server (3 s) or a leased seat. */
    Q_INVOKABLE void confirm();
    /** One step back (the time list from the phone step, and so on). */
    Q_INVOKABLE void back();
    /** Prints the confirmed booking's ticket; false (and the reason in the log) when it cannot. */
    Q_INVOKABLE bool print();
    /** Forgets everything: the end of a booking, the idle reset. */
    Q_INVOKABLE void reset();

Q_SIGNALS:
    void changed();

private:
    BookingFlow(Kiosk *kiosk, SyncClient *sync, BookingStore *store, QObject *parent);
    /** Goes on to `step`, remembering the one left for back(). */
    void goTo(const QString &step);
    void setStep(const QString &step);
    void loadSlots();
    /** The chosen time's start, in the office's zone (invalid before a time is chosen). */
    [[nodiscard]] QDateTime chosenStart() const;
    [[nodiscard]] QString servicePictogram() const;
    [[nodiscard]] int serviceMinutes() const;

    QPointer<Kiosk> m_kiosk;
    SyncClient *m_sync;
    BookingStore *m_store;
    QString m_step = QStringLiteral("service");
    bool m_busy = false;
    bool m_offline = false;
    QString m_service;
    QString m_office;
    QString m_day;
    QString m_slot;
    QString m_digits;
    QString m_phoneE164;
    QString m_phoneError;
    QString m_name;
    QString m_sayAloud;
    QStringList m_history; // the steps back() returns to, the last one first
    QVariantList m_days;
    QList<QVariantMap> m_slots; // {slot, start (QDateTime), free} of the loaded span
    QVariantMap m_result;
    TicketData m_ticket;
    QString m_printer;
    quint64 m_generation = 0; // answers for an older request are ignored
};

} // namespace guichet
