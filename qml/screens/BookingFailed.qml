// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// Booking did not succeed, said plainly with what to do next: the time was just taken
// (choose another), or booking is not possible now or on this kiosk (call the office).
ColumnLayout {
    id: root

    readonly property var result: Booking.result
    readonly property bool taken: Booking.available && root.result.reason === "taken"
    readonly property string phone: root.result.officePhone || Kiosk.helpPhone

    signal menuRequested()

    objectName: "failedStep"
    spacing: Theme.spacing

    Pictogram {
        source: Theme.pictogram(root.taken ? "clock" : "phone")
        size: 200
        Layout.alignment: Qt.AlignHCenter
    }
    Label {
        objectName: "failedReason"
        text: root.taken ? qsTr("Sorry, someone has just booked this time.")
                         : Booking.available ? qsTr("Booking is not possible at the moment.")
                                             : qsTr("Appointments cannot be booked on this kiosk.")
        font.pixelSize: Theme.fontTitle
        font.family: Theme.fontFamily
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }
    Label {
        text: root.taken ? qsTr("Please choose another time.")
                         : qsTr("Please call the office to book an appointment, or ask at the desk:")
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        color: Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }
    Label {
        objectName: "officePhone"
        visible: !root.taken
        text: root.phone
        font.pixelSize: Math.round(Theme.fontTitle * 1.4)
        font.family: Theme.fontFamily
        font.bold: true
        color: Theme.accent
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }
    Item {
        Layout.fillHeight: true
    }
    BigButton {
        objectName: "chooseAnotherTime"
        visible: root.taken
        pictogram: Theme.pictogram("calendar")
        //: After a time was taken by someone else: back to the free days and times
        text: qsTr("Choose another time")
        tint: Theme.pressed
        Layout.fillWidth: true
        onClicked: Booking.back()
    }
    BigButton {
        objectName: "backToMenu"
        visible: !root.taken
        //: Leaves the booking screens for the main menu
        text: qsTr("Back to the menu")
        Layout.fillWidth: true
        onClicked: root.menuRequested()
    }
}
