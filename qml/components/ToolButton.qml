// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Guichet

// A square chrome button (help, home, back, modes): a pictogram on screen, always named.
// `active` shows a mode that is on (large text, high contrast) without making it checkable,
// so a tap, a screen reader's Press and the idle reset all go through the same binding.
Button {
    id: root

    property url pictogram
    property string name
    property bool active: false
    property bool toggle: false
    property bool mirrorPictogram: false

    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget
    display: AbstractButton.IconOnly

    Accessible.role: root.toggle ? Accessible.CheckBox : Accessible.Button
    Accessible.name: root.name
    Accessible.checkable: root.toggle
    Accessible.checked: root.active
    Accessible.onPressAction: root.clicked()
    Accessible.onToggleAction: root.clicked()

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
}
