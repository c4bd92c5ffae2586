// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// "Previous" and "Next" for screens shown one page at a time; arrows follow reading direction.
RowLayout {
    id: root

    property int index
    property int count

    signal moveRequested(int index)

    spacing: Theme.spacing

    BigButton {
        enabled: root.index > 0
        opacity: enabled ? 1 : 0.4
        //: Button showing the previous page
        text: qsTr("Previous")
        Layout.fillWidth: true
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
        enabled: root.index < root.count - 1
        opacity: enabled ? 1 : 0.4
        //: Button showing the next page
        text: qsTr("Next")
        Layout.fillWidth: true
        onClicked: root.moveRequested(root.index + 1)
    }
}
