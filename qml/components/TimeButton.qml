// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// A time that can be booked: a clock face showing it and the time in the visitor's digits.
KioskButton {
    id: root

    property int hour
    property int minute
    property int clockSize: 100

    padding: Theme.spacing / 2
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    font.pixelSize: Math.round(Theme.fontTitle * 1.2)
    font.family: Theme.fontFamily
    font.bold: true

    contentItem: RowLayout {
        spacing: Theme.spacing / 2

        ClockFace {
            hour: root.hour
            minute: root.minute
            size: root.clockSize
            Layout.alignment: Qt.AlignVCenter
        }
        Label {
            text: root.text
            font: root.font
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.fontSmall
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter
        }
    }
}
