// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// A pictogram and a piece of information beside it (address, phone, hours).
RowLayout {
    id: root

    property url pictogram
    property string text
    property bool large: false

    spacing: Theme.spacing

    Pictogram {
        source: root.pictogram
        size: 64
        Layout.alignment: Qt.AlignTop
    }
    Label {
        horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
        text: root.text
        font.pixelSize: root.large ? Theme.fontTitle : Theme.fontBody
        font.family: Theme.fontFamily
        color: Theme.text
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
