// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// What the help dialog shows, built only when it opens.
ColumnLayout {
    id: root

    signal closeRequested()


    Accessible.role: Accessible.Dialog
    Accessible.name: qsTr("Ask for help")
    LayoutMirroring.enabled: Kiosk.rtl
    LayoutMirroring.childrenInherit: true
    spacing: Theme.spacing

    Pictogram {
        source: Theme.pictogram("help")
        size: 200
        Layout.alignment: Qt.AlignHCenter
    }
    Label {
        text: qsTr("Ask for help")
        font.pixelSize: Theme.fontTitle
        font.family: Theme.fontFamily
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }
    Label {
        //: %1 is the office's name, e.g. BAPA BXL
        text: qsTr("Ask a person at the desk, or call %1:").arg(Kiosk.helpOffice)
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        color: Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }
    InfoRow {
        pictogram: Theme.pictogram("phone")
        text: Kiosk.helpPhone
        large: true
        Layout.alignment: Qt.AlignHCenter
    }
    BigButton {
        //: Closes the help window
        text: qsTr("Close")
        Layout.fillWidth: true
        onClicked: root.closeRequested()
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
