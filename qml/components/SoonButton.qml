// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// One of the next free times: a calendar page and a clock face for a visitor who reads
// neither dates nor digits, and the day and time written out ("lundi 7 décembre, 9:30"),
// which is also what it says.
KioskButton {
    id: root

    property string weekday
    property string day
    property string month
    property int hour
    property int minute

    padding: Theme.spacing / 2
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    font.pixelSize: Theme.fontButton
    font.family: Theme.fontFamily
    font.bold: true

    contentItem: RowLayout {
        spacing: Theme.spacing

        CalendarPage {
            weekday: root.weekday
            day: root.day
            month: root.month
            implicitWidth: 150
            implicitHeight: 165
            Layout.alignment: Qt.AlignVCenter
        }
        ClockFace {
            hour: root.hour
            minute: root.minute
            size: 150
            Layout.alignment: Qt.AlignVCenter
        }
        Label {
            text: root.text
            font: root.font
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
