// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Guichet

// A square chrome button (help, home, back, modes): a pictogram on screen, always named.
// A mode (large text, high contrast) is `toggle` with `active` bound to the Kiosk: the button
// is really checkable, because in Qt 6.4 only that makes a screen reader hear "on"/"off"
// (Accessible.checkable alone is overridden by the Button), and its `checked` is kept bound
// to `active` so a tap, a screen reader's Press and the idle reset all agree.
Button {
    id: root

    property url pictogram
    property string name
    property bool active: false
    property bool toggle: false
    property bool mirrorPictogram: false
    // Speech controls act on the first touch even in voice mode.
    property bool guarded: true

    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget
    display: AbstractButton.IconOnly
    checkable: root.toggle
    checked: root.active

    Accessible.name: root.name
    // A screen reader's Press reaches a button even behind a dialog: obey `enabled`.
    onPressAndHold: Voice.read(root.Accessible.name)

    Accessible.onPressAction: if (root.enabled) root.clicked()
    Accessible.onToggleAction: if (root.enabled) root.clicked()

    // A tap toggles `checked` itself, which breaks the binding: restore it; the consumer's
    // onClicked then changes `active`, and `checked` follows.
    onToggled: root.checked = Qt.binding(() => root.active)

    background: Rectangle {
        radius: Theme.radius
        color: root.down || root.active ? Theme.pressed : Theme.surface
        border.color: root.active ? Theme.accent : Theme.border
        border.width: root.active ? 2 * Theme.borderWidth : Theme.borderWidth
    }
    contentItem: Pictogram {
        source: root.pictogram
        mirrored: root.mirrorPictogram
        size: 80
    }

    VoiceGuard {
        control: root
        name: root.Accessible.name
        visible: root.guarded
    }
}
