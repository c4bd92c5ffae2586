// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// Booking: the visitor's phone number, typed on a large keypad and shown in very large digits.
// A number that cannot be used is shown in red with a pictogram and said aloud, in any mode.
ColumnLayout {
    id: root

    readonly property string error: Booking.phoneError

    // "Continue": a number refused again with the same words is said again.
    function accept() {
        const before = Booking.phoneError
        Booking.acceptPhone()
        if (Booking.phoneError !== "" && Booking.phoneError === before)
            Voice.read(Booking.phoneError)
    }

    objectName: "phoneStep"
    spacing: Theme.spacing

    // An error is shown and spoken (EN 301 549 5.1.3.15).
    onErrorChanged: if (root.error !== "") Voice.read(root.error)

    Label {
        //: Above the phone keypad
        text: qsTr("Type your phone number. The office will use it only about this appointment.")
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        color: Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
        Layout.fillWidth: true
    }
    Rectangle {
        implicitHeight: Math.max(Theme.touchTarget, number.implicitHeight + Theme.spacing)
        radius: Theme.radius
        color: Theme.surface
        border.color: root.error !== "" ? Theme.closed : Theme.accent
        border.width: 2 * Theme.borderWidth
        Layout.fillWidth: true

        Label {
            id: number

            objectName: "phoneDisplay"
            anchors.fill: parent
            anchors.margins: Theme.spacing / 2
            // A phone number reads left to right in every language; digits stay Latin (dialled).
            LayoutMirroring.enabled: false
            text: Booking.phone
            font.pixelSize: Math.round(Theme.fontTitle * 1.6)
            font.family: "Noto Sans"
            font.bold: true
            font.letterSpacing: 4
            color: Theme.text
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.fontBody
        }
    }
    Rectangle {
        objectName: "phoneError"
        visible: root.error !== ""
        implicitHeight: errorRow.implicitHeight + Theme.spacing
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.closed
        border.width: 2 * Theme.borderWidth
        Layout.fillWidth: true

        RowLayout {
            id: errorRow

            anchors.fill: parent
            anchors.margins: Theme.spacing / 2
            spacing: Theme.spacing / 2

            Pictogram {
                source: Theme.pictogram("error")
                size: 80
                Layout.alignment: Qt.AlignTop
            }
            Label {
                text: root.error
                font.pixelSize: Theme.fontBody
                font.family: Theme.fontFamily
                font.bold: true
                color: Theme.closed
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
                Layout.fillWidth: true
                Layout.alignment: Qt.AlignVCenter
            }
        }
    }
    Keypad {
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 4 * Theme.minimumTarget + 3 * Theme.spacing / 2
        Layout.maximumHeight: 4 * 180
        onKeyPressed: key => Booking.pressKey(key)
        onErasePressed: Booking.erase()
    }
    Item {
        // Room left over goes between the keypad and "Continue", not inside the keypad.
        Layout.fillHeight: true
    }
    BigButton {
        objectName: "phoneContinue"
        pictogram: Theme.pictogram("yes")
        //: Button under the phone keypad: the number is complete
        text: qsTr("Continue")
        tint: Theme.pressed
        Layout.fillWidth: true
        onClicked: root.accept()
    }
}
