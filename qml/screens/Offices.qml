// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Guichet

// The offices, each with its address and whether it is open now.
Screen {
    id: root

    signal officeRequested(int index)

    title: qsTr("Offices and opening hours")

    ListView {
        id: list

        ScrollBar.vertical: ScrollHint {}
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        clip: true
        model: root.retired ? null : Kiosk.offices

        delegate: BigButton {
            id: entry

            required property int index
            required property string name
            required property string address
            required property bool open
            required property string status

            width: list.width
            text: entry.name
            detail: entry.address.replace("\n", ", ") + "\n" + entry.status
            pictogram: Theme.pictogram(entry.open ? "open" : "closed")
            onClicked: root.officeRequested(entry.index)
        }
    }
}
