// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// "Is someone still there?" with a countdown; one large button keeps the session.
Popup {
    id: root

    modal: true
    dim: true
    closePolicy: Popup.NoAutoClose
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
        source: "IdleContent.qml"
    }

    Connections {
        target: content.item
        ignoreUnknownSignals: true

        function onStillHere() {
            Kiosk.idle.poke()
            root.close()
        }
    }
}
