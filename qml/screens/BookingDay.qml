// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// Booking: which day, laid out as a calendar (one row a week, one column a weekday; Monday
// comes first, on the right in right-to-left languages). Only days with a free seat appear.
Flickable {
    id: root

    readonly property var days: Booking.days
    // Saturday and Sunday get columns only when one of them is offered.
    readonly property bool weekend: root.days.some(d => root.weekdayOf(d.date) >= 5)
    // Rows count weeks from the Monday before the first day offered.
    readonly property real firstMonday: root.days.length > 0 ? root.dayNumber(root.days[0].date) - root.weekdayOf(root.days[0].date) : 0
    readonly property int weeks: root.days.length > 0 ? root.weekOf(root.days[root.days.length - 1].date) + 1 : 1
    // Calendar pages as tall as their width allows (the page inside keeps its proportions), less
    // when the weeks would not fit the height there is (never under a touch target).
    readonly property real columnWidth: (root.width - (grid.columns - 1) * grid.columnSpacing) / grid.columns
    readonly property real pageHeight: Math.max(Theme.touchTarget, Math.min((root.columnWidth - Theme.spacing) * 1.1 + Theme.spacing,
                                                                            (root.height - (root.weeks - 1) * grid.rowSpacing) / root.weeks))

    // Days since 1970 of an ISO date, counted in UTC so no time zone shifts it.
    function dayNumber(isoDate: string): real {
        const parts = isoDate.split("-")
        return Date.UTC(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2])) / 86400000
    }

    // 0 for Monday … 6 for Sunday.
    function weekdayOf(isoDate: string): int {
        return (root.dayNumber(isoDate) + 3) % 7 // 1 January 1970 was a Thursday
    }

    function weekOf(isoDate: string): int {
        return Math.floor((root.dayNumber(isoDate) - root.firstMonday) / 7)
    }

    ScrollBar.vertical: ScrollHint {}
    objectName: "dayStep"
    contentHeight: grid.implicitHeight
    // Scrolls only when the page is longer than the screen: a finger that slips moves nothing.
    interactive: root.contentHeight > root.height
    clip: true

    GridLayout {
        id: grid

        width: root.width
        columns: root.weekend ? 7 : 5
        rowSpacing: Theme.spacing / 2
        columnSpacing: Theme.spacing / 2

        Repeater {
            model: root.days

            delegate: DayButton {
                id: offered

                required property var modelData
                required property int index

                // The screen read says the first day only; each day says itself when touched.
                property string screenReading: offered.index === 0 ? qsTr("First free day: %1").arg(offered.text) : ""

                objectName: "dayButton"
                text: offered.modelData.label
                weekday: offered.modelData.weekday
                day: offered.modelData.day
                month: offered.modelData.month
                Layout.row: root.weekOf(offered.modelData.date)
                Layout.column: root.weekdayOf(offered.modelData.date)
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // equal columns
                Layout.preferredHeight: root.pageHeight
                onClicked: Booking.chooseDay(offered.modelData.date)
            }
        }
    }
}
