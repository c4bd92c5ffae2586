// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// Booking, first step: what the appointment is for, one tile per service: its pictogram and
// title, aligned across tiles, and the pack's few words on what happens there, said on a touch
// and shown beneath only where they fit.
Flickable {
    id: root

    // Tiles share the height there is (a description shows only where it fits).
    readonly property int rows: Math.ceil(Booking.services.length / grid.columns)
    readonly property real tileHeight: Math.min(640, (root.height - (root.rows - 1) * grid.rowSpacing) / Math.max(1, root.rows))

    ScrollBar.vertical: ScrollHint {}
    objectName: "serviceStep"
    contentHeight: grid.implicitHeight
    // Scrolls only when the page is longer than the screen: a finger that slips moves nothing.
    interactive: root.contentHeight > root.height
    clip: true

    GridLayout {
        id: grid

        width: root.width
        columns: 2
        rowSpacing: Theme.spacing
        columnSpacing: Theme.spacing

        Repeater {
            model: Booking.services

            delegate: BigButton {
                id: service

                required property var modelData

                objectName: "serviceButton"
                pictogram: service.modelData.pictogram
                vertical: true
                detailIfRoom: true
                text: service.modelData.name
                detail: Kiosk.text("service." + service.modelData.id + ".description")
                Layout.fillWidth: true
                Layout.preferredWidth: 1 // equal columns
                // Equal heights, whatever the words: pictograms and titles line up.
                Layout.preferredHeight: Math.max(root.tileHeight, 360) // a pictogram and two lines of title
                onClicked: Booking.chooseService(service.modelData.id)
            }
        }
    }
}
