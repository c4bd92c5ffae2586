// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Guichet

// An appointment's day and time as pictures, a calendar page and a clock face, drawn in the
// visitor's language, for a visitor who reads neither dates nor digits. The same on the confirm
// step and on the booked screen, so that what was checked is what is booked.
RowLayout {
    id: root

    // {weekday, day, month, hour, minute}: Booking.summary, Booking.result or a soon time.
    property var when: ({})
    property int size: 220
    // What a touch held on each says; the written date and time beside them are what is read.
    property string dateDescription
    property string timeDescription

    spacing: Theme.spacing

    CalendarPage {
        objectName: "calendarPage"
        month: root.when.month ?? ""
        day: String(root.when.day ?? "")
        weekday: root.when.weekday ?? ""
        description: root.dateDescription
        implicitWidth: root.size
        implicitHeight: Math.round(root.size * 1.1)
        Layout.alignment: Qt.AlignTop
    }
    ClockFace {
        objectName: "clockFace"
        hour: root.when.hour ?? 0
        minute: root.when.minute ?? 0
        size: root.size
        description: root.timeDescription
        Layout.alignment: Qt.AlignTop
    }
}
