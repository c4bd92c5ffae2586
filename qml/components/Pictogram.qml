// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Guichet

// An SVG pictogram rendered sharp at its shown size, on a light tile so it reads in high contrast.
Rectangle {
    id: root

    property alias source: image.source
    property int size: 96
    // Directional pictograms (back) turn around in right-to-left languages; others never do.
    property alias mirrored: image.mirror

    implicitWidth: size
    implicitHeight: size
    radius: size / 6
    color: Theme.contrast ? "#ffffff" : "transparent"

    Image {
        id: image

        anchors.fill: parent
        anchors.margins: Theme.contrast ? root.size / 12 : 0
        sourceSize.width: width
        sourceSize.height: height
        fillMode: Image.PreserveAspectFit
        asynchronous: false
    }
}
