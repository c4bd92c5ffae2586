// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Guichet

// What the kiosk can tell and do: five large pictogram tiles.
Screen {
    id: root

    // The number kept left to right inside a right-to-left sentence (isolated, U+2066…U+2069).
    //: Menu entry detail when this kiosk cannot book; %1 is the office's phone number
    readonly property string cannotBook: qsTr("Not on this kiosk: call %1").arg("\u2066" + Kiosk.helpPhone + "\u2069")

    signal programmeRequested()
    signal officesRequested()
    signal organisationsRequested()
    signal eligibilityRequested()
    signal bookingRequested()

    //: Title of the main menu
    title: qsTr("How can we help?")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        BigButton {
            objectName: "programmeEntry"
            pictogram: Theme.pictogram("programme")
            //: Menu entry: pages explaining the settlement programme (parcours d'accueil)
            text: qsTr("The welcome programme")
            detail: qsTr("What it is, step by step")
            Layout.fillWidth: true
            Layout.fillHeight: true
            onClicked: root.programmeRequested()
        }
        BigButton {
            objectName: "officesEntry"
            pictogram: Theme.pictogram("offices")
            text: qsTr("Offices and opening hours")
            detail: qsTr("Addresses, phone numbers, open now")
            Layout.fillWidth: true
            Layout.fillHeight: true
            onClicked: root.officesRequested()
        }
        BigButton {
            objectName: "organisationsEntry"
            pictogram: Theme.pictogram("organisations")
            text: qsTr("Help organisations")
            detail: qsTr("Legal aid, housing, health and more")
            Layout.fillWidth: true
            Layout.fillHeight: true
            onClicked: root.organisationsRequested()
        }
        BigButton {
            objectName: "eligibilityEntry"
            pictogram: Theme.pictogram("eligibility")
            text: qsTr("Can I take part?")
            detail: qsTr("Four questions, one answer")
            Layout.fillWidth: true
            Layout.fillHeight: true
            onClicked: root.eligibilityRequested()
        }
        BigButton {
            objectName: "bookingEntry"
            pictogram: Theme.pictogram("calendar")
            //: Menu entry: choose a day and time to meet the office's staff
            text: qsTr("Book an appointment")
            detail: Booking.available ? qsTr("Choose a day and a time") : root.cannotBook
            Layout.fillWidth: true
            Layout.fillHeight: true
            onClicked: root.bookingRequested()
        }
    }
}
