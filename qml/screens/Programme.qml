// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Guichet

// The steps of the programme as a list of pictogram buttons.
Screen {
    id: root

    signal pageRequested(int index)

    title: qsTr("The welcome programme")

    ListView {
        id: list

        ScrollBar.vertical: ScrollHint {}
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing
        clip: true
        model: root.retired ? null : Kiosk.programme

        delegate: BigButton {
            id: entry

            required property int index
            required property string title
            required property url pictogramUrl

            width: list.width
            text: entry.title
            pictogram: entry.pictogramUrl
            onClicked: root.pageRequested(entry.index)
        }
    }
}
