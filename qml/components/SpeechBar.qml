// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Guichet

// The voice's controls, on every screen in voice mode: again, slower, faster, pause (and go
// on), stop, quieter, louder, and again in French. They act on the first touch; a held touch names them.
Rectangle {
    id: root

    // "Also in French" shows the screen in French: not inside a dialog, which has no screen.
    property bool frenchOffered: true

    signal alsoInFrenchRequested()

    implicitHeight: controls.implicitHeight + 2 * Theme.spacing
    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth

    // Eight controls fit 1080 px at 96 px each (targets stay over 80); a narrower screen (a
    // 720 px panel) puts the last ones on a second row rather than cutting them off.
    readonly property int buttonSize: 96

    Flow {
        id: controls

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        ToolButton {
            guarded: false
            implicitWidth: root.buttonSize
            implicitHeight: root.buttonSize
            objectName: "again"
            pictogram: Theme.pictogram("repeat")
            //: Voice mode: say the last thing again
            name: qsTr("Say it again")
            onClicked: Voice.repeat()
        }
        ToolButton {
            guarded: false
            implicitWidth: root.buttonSize
            implicitHeight: root.buttonSize
            objectName: "slower"
            pictogram: Theme.pictogram("slower")
            active: Voice.rateStep < 0
            name: qsTr("Slower")
            onClicked: Voice.slower()
        }
        ToolButton {
            guarded: false
            implicitWidth: root.buttonSize
            implicitHeight: root.buttonSize
            objectName: "faster"
            pictogram: Theme.pictogram("faster")
            active: Voice.rateStep > 0
            name: qsTr("Faster")
            onClicked: Voice.faster()
        }
        ToolButton {
            // One place for both: "pause" while speaking, "go on" while held.
            guarded: false
            implicitWidth: root.buttonSize
            implicitHeight: root.buttonSize
            objectName: "pause"
            pictogram: Theme.pictogram(Voice.paused ? "resume" : "pause")
            name: Voice.paused ? qsTr("Go on") : qsTr("Pause")
            onClicked: Voice.paused ? Voice.resume() : Voice.pause()
        }
        ToolButton {
            guarded: false
            implicitWidth: root.buttonSize
            implicitHeight: root.buttonSize
            objectName: "stop"
            pictogram: Theme.pictogram("stop")
            //: Voice mode: stop speaking now
            name: qsTr("Stop")
            onClicked: Voice.stop()
        }
        ToolButton {
            guarded: false
            implicitWidth: root.buttonSize
            implicitHeight: root.buttonSize
            objectName: "quieter"
            pictogram: Theme.pictogram("volume-down")
            name: qsTr("Quieter")
            onClicked: Voice.quieter()
        }
        ToolButton {
            guarded: false
            implicitWidth: root.buttonSize
            implicitHeight: root.buttonSize
            objectName: "louder"
            pictogram: Theme.pictogram("volume-up")
            name: qsTr("Louder")
            onClicked: Voice.louder()
        }
        ToolButton {
            guarded: false
            implicitWidth: root.buttonSize
            implicitHeight: root.buttonSize
            objectName: "alsoFrench"
            visible: root.frenchOffered && Kiosk.language !== "fr"
            pictogram: Theme.pictogram("also-french")
            //: Voice mode: show and say this screen in French, to learn French
            name: qsTr("Also in French")
            onClicked: root.alsoInFrenchRequested()
        }
    }
}
