// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// "Previous" and "Next" for screens shown one page at a time: equal widths, each with an arrow
// that points the way it goes in the reading direction, the page count between them.
RowLayout {
    id: root

    property int index
    property int count

    signal moveRequested(int index)

    spacing: Theme.spacing

    BigButton {
        objectName: "previousPage"
        enabled: root.index > 0
        pictogram: Theme.pictogram("back")
        pictogramMirrored: Kiosk.rtl
        //: Button showing the previous page
        text: qsTr("Previous")
        Layout.fillWidth: true
        Layout.preferredWidth: 1 // equal halves
        onClicked: root.moveRequested(root.index - 1)
    }
    Label {
        //: Page position, e.g. 2 / 9
        text: qsTr("%L1 / %L2").arg(Kiosk.number(root.index + 1)).arg(Kiosk.number(root.count))
        font.pixelSize: Theme.fontButton
        font.family: Theme.fontFamily
        color: Theme.subtle
    }
    BigButton {
        objectName: "nextPage"
        enabled: root.index < root.count - 1
        pictogram: Theme.pictogram("back")
        pictogramMirrored: !Kiosk.rtl
        pictogramLast: true
        //: Button showing the next page
        text: qsTr("Next")
        Layout.fillWidth: true
        Layout.preferredWidth: 1 // equal halves
        onClicked: root.moveRequested(root.index + 1)
    }
}
