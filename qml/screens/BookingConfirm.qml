// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// Booking: everything chosen, each beside its pictogram, one large button that books it, and
// "add my name" (optional, off the main path). Read aloud, it says the phone number and the
// name only when the visitor said they may be (BookingPhone.qml).
ColumnLayout {
    id: root

    readonly property var summary: Booking.summary
    readonly property var services: Booking.services
    // The chosen service's pictogram, found by its name among the services.
    readonly property url servicePictogram: {
        const service = root.services.find(s => s.name === root.summary.service)
        return service ? service.pictogram : Theme.pictogram("calendar")
    }

    objectName: "confirmStep"
    spacing: Theme.spacing

    // The summary scrolls, and shows that it does, when large text or the voice's caption
    // leave it less room; the two buttons below it stay on screen.
    Flickable {
        id: page

        contentHeight: summaryColumn.implicitHeight
        interactive: page.contentHeight > page.height
        clip: true
        ScrollBar.vertical: ScrollHint {}
        Layout.fillWidth: true
        Layout.fillHeight: true

        ColumnLayout {
            id: summaryColumn

            width: page.width - Theme.spacing // room for the scroll bar
            spacing: Theme.spacing

            Label {
                // Not read with the screen: its title already asks "is this right?".
                property string screenReading: ""

                //: Above the summary of an appointment, before it is booked
                text: qsTr("Please check your appointment:")
                font.pixelSize: Theme.fontBody
                font.family: Theme.fontFamily
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
                Layout.fillWidth: true
            }
            InfoRow {
                objectName: "summaryService"
                pictogram: root.servicePictogram
                text: root.summary.service
                large: true
                Layout.fillWidth: true
            }
            // The day and time as the booked screen will show them: the pictures, then the date as
            // large as the time.
            WhenPictures {
                objectName: "summaryWhen"
                when: root.summary
                size: 180
                Layout.alignment: Qt.AlignHCenter
            }
            Label {
                objectName: "summaryDate"
                text: root.summary.date
                font.pixelSize: Theme.fontTitle
                font.family: Theme.fontFamily
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            Label {
                objectName: "summaryTime"
                text: root.summary.time
                font.pixelSize: Theme.fontTitle
                font.family: Theme.fontFamily
                font.bold: true
                color: Theme.text
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            InfoRow {
                // Read with the screen by its name: the address is said once the appointment is booked.
                property string screenReading: root.summary.office

                objectName: "summaryOffice"
                pictogram: Theme.pictogram("map-pin")
                text: root.summary.office + "\n" + root.summary.address
                Layout.fillWidth: true
            }
            InfoRow {
                property string screenReading: Booking.sayAloud === "yes" ? root.summary.phone : ""

                objectName: "summaryPhone"
                pictogram: Theme.pictogram("phone")
                text: root.summary.phone
                Layout.fillWidth: true
            }
            InfoRow {
                property string screenReading: Booking.sayAloud === "yes" ? root.summary.name : ""

                objectName: "summaryName"
                visible: root.summary.name !== ""
                pictogram: Theme.pictogram("person")
                text: root.summary.name
                Layout.fillWidth: true
            }
        }
    }
    BigButton {
        objectName: "addName"
        visible: root.summary.name === ""
        pictogram: Theme.pictogram("person")
        //: Confirm step: optional, opens a keyboard to give a name with the booking
        text: qsTr("Add my name")
        Layout.fillWidth: true
        onClicked: Booking.addName()
    }
    BigButton {
        objectName: "confirmButton"
        pictogram: Theme.pictogram("yes")
        //: The button that books the appointment shown above
        text: qsTr("Book this appointment")
        tint: Theme.pressed
        Layout.fillWidth: true
        Layout.preferredHeight: 200
        onClicked: Booking.confirm()
    }
}
