// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Guichet

// A day that can be booked, drawn as a calendar page (month, day, weekday in the visitor's
// language and digits); its text, read aloud and by a screen reader, is the full date.
KioskButton {
    id: root

    property string month
    property string day
    property string weekday

    padding: Theme.spacing / 2
    implicitWidth: 200
    implicitHeight: 220

    contentItem: CalendarPage {
        month: root.month
        day: root.day
        weekday: root.weekday
    }
}
