// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// "Open now" or "Closed" as a coloured pictogram with its sentence, never colour alone.
RowLayout {
    id: root

    property bool open
    property string status

    spacing: Theme.spacing / 2

    Pictogram {
        source: Theme.pictogram(root.open ? "open" : "closed")
        size: 64
        Layout.alignment: Qt.AlignTop
    }
    Label {
        horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
        text: root.status
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        font.bold: true
        color: root.open ? Theme.open : Theme.closed
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignVCenter
    }
}
