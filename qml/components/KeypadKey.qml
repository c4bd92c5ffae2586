// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// One key of the phone keypad: its digit in the visitor's script, the Latin digit under it
// when the two differ (numbers on paper and on the screen are dialled in Latin digits), or a
// pictogram with its name. A key acts on the first touch, even in voice mode; what a digit then
// says is the keypad's consumer's choice (a phone number is private).
KioskButton {
    id: root

    property string key
    // The Latin digit, shown small when `text` is written in another script.
    property string latin
    property url pictogram
    // Not read with the screen: a screen read whole says no keys (voice.cpp).
    property string screenReading: ""

    guarded: false
    padding: Theme.spacing / 2
    implicitWidth: 200
    implicitHeight: Theme.touchTarget
    font.pixelSize: Math.round(Theme.fontTitle * 1.3)
    font.family: Theme.fontFamily
    font.bold: true

    contentItem: ColumnLayout {
        spacing: 0

        Pictogram {
            visible: String(root.pictogram) !== ""
            source: root.pictogram
            size: 72
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: root.text
            font.pixelSize: String(root.pictogram) !== "" ? Theme.fontSmall : root.font.pixelSize
            font.family: root.font.family
            font.bold: root.font.bold
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            fontSizeMode: Text.Fit
            minimumPixelSize: 16
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
        Label {
            visible: root.latin !== "" && root.latin !== root.text
            text: root.latin
            font.pixelSize: Theme.fontSmall
            font.family: "Noto Sans"
            color: Theme.subtle
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
    }
}
