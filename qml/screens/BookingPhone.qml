// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// Booking: the visitor's phone number, typed on a large keypad and shown in very large digits.
// A number that cannot be used is shown in red with a pictogram and said aloud, in any mode.
// In voice mode the visitor is first asked whether the number may be said aloud, since others
// may hear (EN 301 549 5.1.3.9); if not, each key says only its place ("digit 4 of 10"), and
// "hear my number" says it on request.
ColumnLayout {
    id: root

    readonly property string error: Booking.phoneError
    readonly property bool asking: Voice.mode && Booking.sayAloud === ""
    readonly property bool aloud: Booking.sayAloud === "yes"

    // The answer changes what the screen shows: it is read again (Appointment.qml).
    signal readRequested()

    // The number digit by digit, in groups: "0 4 7 0, 1 2, 3 4, 5 6".
    function spokenNumber(): string {
        return Booking.phone.split(" ").map(group => group.split("").join(" ")).join(", ")
    }

    function answer(allowed: bool) {
        Booking.setSayAloud(allowed)
        root.readRequested()
    }

    function type(key: string) {
        Booking.pressKey(key)
        if (Voice.mode)
            Voice.read(Booking.keyHeard())
    }

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

    // Voice mode, before the keypad: may the number be said aloud? Either answer acts on the
    // first touch (the question was just read), and the keypad is read next.
    Label {
        objectName: "privacyQuestion"
        visible: root.asking
        //: Voice mode, before the phone keypad: the visitor chooses whether digits are spoken
        text: qsTr("Others may hear. May the kiosk say your number aloud?")
        font.pixelSize: Theme.fontTitle
        font.family: Theme.fontFamily
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
        Layout.fillWidth: true
    }
    RowLayout {
        visible: root.asking
        spacing: Theme.spacing
        Layout.fillWidth: true
        Layout.fillHeight: true

        BigButton {
            objectName: "privacyAloud"
            guarded: false
            vertical: true
            pictogram: Theme.pictogram("voice-mode")
            //: Answer: the kiosk may say the phone number aloud
            text: qsTr("Yes, say it aloud")
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1 // equal halves
            onClicked: root.answer(true)
        }
        BigButton {
            objectName: "privacySilent"
            guarded: false
            vertical: true
            pictogram: Theme.pictogram("no-voice")
            //: Answer: the kiosk must not say the phone number aloud
            text: qsTr("No, keep it silent")
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 1 // equal halves
            onClicked: root.answer(false)
        }
    }
    Label {
        visible: !root.asking
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
        visible: !root.asking
        implicitHeight: Math.max(Theme.touchTarget, number.implicitHeight + Theme.spacing)
        radius: Theme.radius
        color: Theme.surface
        border.color: root.error !== "" ? Theme.closed : Theme.accent
        border.width: 2 * Theme.borderWidth
        Layout.fillWidth: true

        Label {
            id: number

            // Read with the screen only when the visitor said it may be (a held touch still says it).
            property string screenReading: root.aloud ? root.spokenNumber() : ""

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
            // Room for "hear my number" on both sides: the button is at the end of the row (left
            // in right-to-left languages), and this label is not mirrored.
            anchors.rightMargin: hear.visible ? hear.width + Theme.spacing : Theme.spacing / 2
            anchors.leftMargin: hear.visible ? hear.width + Theme.spacing : Theme.spacing / 2
        }
        ToolButton {
            id: hear

            objectName: "hearNumber"
            visible: Voice.mode && Booking.phone !== ""
            guarded: false
            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            anchors.rightMargin: Theme.spacing / 2
            pictogram: Theme.pictogram("voice-mode")
            //: Voice mode, phone step: says the number typed so far, on the visitor's request
            name: qsTr("Hear my number")
            onClicked: Voice.read(root.spokenNumber())
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
        visible: !root.asking
        Layout.fillWidth: true
        Layout.fillHeight: true
        Layout.minimumHeight: 4 * Theme.minimumTarget + 3 * Theme.spacing / 2
        Layout.maximumHeight: 4 * 180
        onKeyPressed: key => root.type(key)
        onErasePressed: Booking.erase()
    }
    Item {
        // Room left over goes between the keypad and "Continue", not inside the keypad.
        visible: !root.asking
        Layout.fillHeight: true
    }
    BigButton {
        objectName: "phoneContinue"
        visible: !root.asking
        // Part of the keypad, as a phone's call key: it acts on the first touch and is said.
        guarded: false
        pictogram: Theme.pictogram("yes")
        //: Button under the phone keypad: the number is complete
        text: qsTr("Continue")
        tint: Theme.pressed
        Layout.fillWidth: true
        onClicked: root.accept()
    }
}
