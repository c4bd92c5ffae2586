// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Guichet

// What every button of the kiosk shares: named for screen readers and speech (one name for
// both), a screen reader's Press that obeys `enabled` (it reaches a button even behind a
// dialog), a touch held reads it, voice mode's first-touch guard, and the common background.
// A mode or filter is `toggle` with `active` bound to the state it shows: the button is then
// really checkable, because in Qt 6.4 only that makes a screen reader hear "on"/"off"
// (Accessible.checkable alone is overridden by the Button), and its `checked` is kept bound
// to `active` so a tap, a screen reader's Press and the idle reset all agree.
Button {
    id: root

    property bool active: false
    property bool toggle: false
    // In voice mode a first touch reads the button; false for buttons that act at once.
    property bool guarded: true
    // Empty: spoken in the visitor's language; a code: in that language's voice (the picker).
    property string spokenLanguage
    property color tint: Theme.surface
    // How much thicker the border is while active or focused.
    property int emphasis: 2

    // What voice mode and a held touch say: the name, and a toggle's state (EN 301 549 5.6.1;
    // a screen reader gets the state from `checked`, so it is not in Accessible.name).
    readonly property string spokenName: root.toggle ? Voice.withState(root.Accessible.name, root.active) : root.Accessible.name

    function readAloud() {
        if (root.spokenLanguage === "")
            Voice.read(root.spokenName)
        else
            Voice.armIn(root, root.spokenName, root.spokenLanguage)
    }

    checkable: root.toggle
    checked: root.active

    Accessible.name: root.text
    Accessible.onPressAction: if (root.enabled) root.clicked()
    Accessible.onToggleAction: if (root.enabled) root.clicked()

    // A tap toggles `checked` itself, which breaks the binding: restore it; the consumer's
    // onClicked then changes `active`, and `checked` follows.
    onToggled: root.checked = Qt.binding(() => root.active)
    // The new state is said once the consumer's onClicked has changed `active`.
    onClicked: if (root.toggle && Voice.mode) Voice.sayStateAfterClick(root)
    onPressAndHold: root.readAloud()

    // A disabled button stays visible, in the subtle colour and without its surface; an active
    // toggle shows a tick in its corner as well as its colour, so that the two states differ in
    // high contrast too (where the pressed colour is close to black).
    background: Rectangle {
        radius: Theme.radius
        color: !root.enabled ? Theme.background : root.down || root.active ? Theme.pressed : root.tint
        border.color: !root.enabled ? Theme.subtle : root.active || root.visualFocus ? Theme.accent : Theme.border
        border.width: root.active || root.visualFocus ? root.emphasis * Theme.borderWidth : Theme.borderWidth

        Rectangle {
            objectName: "activeTick"
            visible: root.toggle && root.active
            anchors.top: parent.top
            anchors.right: parent.right // the end of the row, mirrored in right-to-left languages
            anchors.margins: 6
            width: 34
            height: 34
            radius: 17
            color: Theme.accent

            // A tick: a short and a long rounded stroke.
            Rectangle {
                x: 6
                y: 16
                width: 12
                height: 5
                radius: 2
                rotation: 45
                color: Theme.onAccent
            }
            Rectangle {
                x: 11
                y: 13
                width: 19
                height: 5
                radius: 2
                rotation: -50
                color: Theme.onAccent
            }
        }
    }

    VoiceGuard {
        control: root
        name: root.spokenName
        language: root.spokenLanguage
        visible: root.guarded
    }
}
