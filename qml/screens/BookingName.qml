// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// Booking: the visitor's name, reached from the confirm step by "add my name" and back to it
// (staff greet a visitor without one by booking number). In voice mode each letter typed says
// itself, or only its place when the visitor chose not to have their data said aloud.
ColumnLayout {
    id: root

    objectName: "nameStep"
    spacing: Theme.spacing

    Pictogram {
        source: Theme.pictogram("person")
        size: 160
        Layout.alignment: Qt.AlignHCenter
    }
    Label {
        id: prompt

        //: Above the name field when booking; the name is optional
        text: qsTr("Your name, if you wish. You may skip this.")
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        color: Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
        Layout.fillWidth: true
    }
    TextField {
        id: field

        objectName: "nameField"
        text: Booking.name
        font.pixelSize: Theme.fontTitle
        font.family: Theme.fontFamily
        color: Theme.text
        horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        maximumLength: 100
        implicitHeight: Math.max(Theme.touchTarget, field.contentHeight + field.topPadding + field.bottomPadding)
        Accessible.name: prompt.text
        Layout.fillWidth: true
        onTextEdited: {
            const longer = field.text.length > Booking.name.length
            Booking.name = field.text
            if (Voice.mode && longer)
                Voice.read(Booking.letterHeard())
        }
        onAccepted: Booking.acceptName() // the keyboard's enter key goes on too

        background: Rectangle {
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.accent
            border.width: 2 * Theme.borderWidth
        }
    }
    Item {
        Layout.fillHeight: true
    }
    // Side by side, or one above the other with large text, where "Продовжити" would not fit
    // half the width and would be cut in two.
    GridLayout {
        columns: Kiosk.largeText ? 1 : 2
        rowSpacing: Theme.spacing
        columnSpacing: Theme.spacing
        Layout.fillWidth: true

        BigButton {
            objectName: "nameSkip"
            // A person left as an outline: going on without one, not a red "cancel" cross.
            pictogram: Theme.pictogram("skip")
            //: Button that goes on without giving a name
            text: qsTr("Skip")
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // equal halves
            onClicked: {
                Booking.name = ""
                Booking.acceptName()
            }
        }
        BigButton {
            objectName: "nameContinue"
            pictogram: Theme.pictogram("yes")
            text: qsTr("Continue")
            tint: Theme.pressed
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // equal halves
            onClicked: Booking.acceptName()
        }
    }
}
