// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// How to get help from a person. Until the server exists, it shows the office's phone.
Popup {
    id: root

    modal: true
    dim: true
    onOpened: root.read()
    anchors.centerIn: Overlay.overlay
    width: 960
    padding: Theme.margin

    background: Rectangle {
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.accent
        border.width: 2 * Theme.borderWidth
    }

    // Built when first shown: the dialog costs nothing at startup (guichet-bench startup).
    // The popup's height follows this single child.
    Loader {
        id: content

        anchors.fill: parent
        active: root.visible
        source: "HelpContent.qml"
    }

    // Read when it opens, in voice mode, as a screen is.
    function read() {
        if (Voice.mode && content.item)
            Voice.readScreen(content.item)
    }

    Connections {
        target: content.item
        ignoreUnknownSignals: true

        function onCloseRequested() {
            root.close()
        }
    }
}
