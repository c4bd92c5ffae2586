// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Guichet

// Booking: where, one button per office offering the chosen service, with its address.
ListView {
    id: root

    ScrollBar.vertical: ScrollHint {}
    objectName: "officeStep"
    spacing: Theme.spacing
    // Scrolls only when the list is longer than the screen: a finger that slips moves nothing.
    interactive: root.contentHeight > root.height
    clip: true
    model: Booking.offices

    delegate: BigButton {
        id: office

        required property var modelData

        objectName: "officeButton"
        width: root.width
        pictogram: Theme.pictogram("map-pin")
        text: office.modelData.name
        detail: office.modelData.address.replace("\n", ", ")
        onClicked: Booking.chooseOffice(office.modelData.id)
    }
}
