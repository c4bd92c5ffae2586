// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// What the idle dialog shows, built only when it opens.
ColumnLayout {
    id: root

    signal stillHere()

    Accessible.role: Accessible.Dialog
    Accessible.name: qsTr("Are you still there?")
    LayoutMirroring.enabled: Kiosk.rtl
    LayoutMirroring.childrenInherit: true
    spacing: Theme.spacing

    Pictogram {
        source: Theme.pictogram("still-here")
        size: 200
        Layout.alignment: Qt.AlignHCenter
    }
    Label {
        text: qsTr("Are you still there?")
        font.pixelSize: Theme.fontTitle
        font.family: Theme.fontFamily
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }
    Label {
        //: Above a large countdown number (seconds); phrased to need no plural form
        text: qsTr("The kiosk starts again for the next person in:")
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        color: Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }
    Label {
        objectName: "secondsLeft"
        text: Kiosk.number(Kiosk.idle.counting ? Kiosk.idle.secondsLeft : Kiosk.idle.countdownSeconds)
        font.pixelSize: Theme.fontTitle * 2
        font.family: Theme.fontFamily
        font.bold: true
        color: Theme.accent
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }
    BigButton {
        objectName: "stillHere"
        pictogram: Theme.pictogram("still-here")
        //: The visitor answers that they are still using the kiosk
        text: qsTr("I am here")
        tint: Theme.pressed
        Layout.fillWidth: true
        Layout.preferredHeight: 220
        onClicked: {
            root.stillHere()
        }
    }
    // Voice mode's bar works while the dialog is open (everything behind it does not).
    SpeechBar {
        // Not read with the dialog: its buttons say themselves when touched.
        property string screenReading: ""

        objectName: "dialogSpeechBar"
        visible: Voice.mode
        frenchOffered: false
        Layout.fillWidth: true
    }
}
