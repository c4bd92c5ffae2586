// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// Booking: which time of the chosen day, each a clock face and the time in the visitor's digits.
Flickable {
    id: root

    readonly property var times: Booking.times
    // The chosen day, found from its times: a slot's id ends with "yyyy-MM-ddTHH:mm".
    readonly property string dayLabel: {
        if (root.times.length === 0)
            return ""
        const date = String(root.times[0].slot).slice(-16, -6)
        const days = Booking.days
        const day = days.find(d => d.date === date)
        return day ? day.label : ""
    }

    ScrollBar.vertical: ScrollHint {}
    objectName: "timeStep"
    contentHeight: column.implicitHeight
    // Scrolls only when the page is longer than the screen: a finger that slips moves nothing.
    interactive: root.contentHeight > root.height
    clip: true

    ColumnLayout {
        id: column

        width: root.width
        spacing: Theme.spacing

        Label {
            objectName: "chosenDay"
            text: root.dayLabel
            visible: root.dayLabel !== ""
            font.pixelSize: Theme.fontButton
            font.family: Theme.fontFamily
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        GridLayout {
            id: grid

            // A few times get larger buttons.
            readonly property bool few: root.times.length <= 6

            columns: grid.few ? 2 : 3
            rowSpacing: Theme.spacing / 2
            columnSpacing: Theme.spacing / 2
            Layout.fillWidth: true

            Repeater {
                model: root.times

                delegate: TimeButton {
                    id: time

                    required property var modelData
                    // The slot's id ends with its local start, "…/yyyy-MM-ddTHH:mm" (README, Server).
                    readonly property string start: String(time.modelData.slot).slice(-5)

                    objectName: "timeButton"
                    text: time.modelData.label
                    hour: Number(time.start.slice(0, 2))
                    minute: Number(time.start.slice(3, 5))
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1 // equal columns
                    clockSize: grid.few ? 150 : 100
                    Layout.preferredHeight: grid.few ? 200 : 150
                    onClicked: Booking.chooseTime(time.modelData.slot)
                }
            }
        }
    }
}
