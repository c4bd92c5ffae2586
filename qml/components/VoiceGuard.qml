// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Guichet

// Voice mode for one control: the first touch reads it (and arms it), the next touch reaches
// the control and chooses it. A touch held long reads it again.
MouseArea {
    id: root

    property Item control
    property string name
    // Empty: the visitor's language; a code: say the name in that language's voice.
    property string language

    function readControl() {
        if (root.language === "")
            Voice.arm(root.control, root.name)
        else
            Voice.armIn(root.control, root.name, root.language)
    }

    anchors.fill: parent
    Accessible.ignored: true // the control itself is what a screen reader meets
    enabled: Voice.mode && Voice.armed !== root.control
    onClicked: root.readControl()
    onPressAndHold: root.readControl()
}
