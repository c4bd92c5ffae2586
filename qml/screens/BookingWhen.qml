// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// Booking: when, at the kiosk's own office. The next free times are large buttons, each a
// calendar page and a clock; "other days" opens the calendar, "another office" the offices.
Flickable {
    id: root

    readonly property var soon: Booking.soon
    readonly property var office: Booking.office

    ScrollBar.vertical: ScrollHint {}
    objectName: "whenStep"
    contentHeight: column.implicitHeight
    // Scrolls only when the page is longer than the screen: a finger that slips moves nothing.
    interactive: root.contentHeight > root.height
    clip: true

    ColumnLayout {
        id: column

        width: root.width
        spacing: Theme.spacing

        InfoRow {
            objectName: "whenOffice"
            // Read with the screen by its name only: the address is on the next screens too.
            property string screenReading: root.office.name ?? ""

            pictogram: Theme.pictogram("map-pin")
            text: (root.office.name ?? "") + "\n" + (root.office.address ?? "")
            Layout.fillWidth: true
        }
        Label {
            // Not read with the screen: the times themselves say what they are.
            property string screenReading: ""

            //: Above the next free times of an office, the earliest first
            text: qsTr("The next free times:")
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
            Layout.fillWidth: true
        }
        Repeater {
            model: root.soon

            delegate: SoonButton {
                id: time

                required property var modelData
                required property int index

                // Read with the screen, a time of the same day as the one before says only its
                // time: "lundi 7 décembre à 9:00. 10:00. 11:00". A touch says it whole.
                property string screenReading: time.index > 0 && root.soon[time.index - 1].day === time.modelData.day
                                               && root.soon[time.index - 1].month === time.modelData.month ? time.modelData.time
                                                                                                           : time.modelData.label

                objectName: "soonButton"
                text: time.modelData.label
                weekday: time.modelData.weekday
                day: time.modelData.day
                month: time.modelData.month
                hour: time.modelData.hour
                minute: time.modelData.minute
                Layout.fillWidth: true
                onClicked: Booking.chooseTime(time.modelData.slot)
            }
        }
        RowLayout {
            spacing: Theme.spacing
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing

            BigButton {
                objectName: "otherDays"
                pictogram: Theme.pictogram("calendar")
                //: Booking: shows a calendar of every day with a free time, instead of the next free times
                text: qsTr("Other days")
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // equal halves
                onClicked: Booking.otherDays()
            }
            BigButton {
                objectName: "otherOffice"
                pictogram: Theme.pictogram("offices")
                //: Booking: choose an office other than the one where this kiosk stands
                text: qsTr("Another office")
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // equal halves
                onClicked: Booking.otherOffice()
            }
        }
    }
}
