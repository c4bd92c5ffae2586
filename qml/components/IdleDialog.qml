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
    // Heard in every mode (a chime), and read in voice mode: a timed response in more than one
    // sense (WCAG 2.2.1). Any touch, or "again" in the voice's bar, keeps the session.
    onOpened: {
        Voice.chime()
        root.read()
    }
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

    // Read when it opens, in voice mode, as a screen is.
    function read() {
        if (Voice.mode && content.item)
            Voice.readScreen(content.item)
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
