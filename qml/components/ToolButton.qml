// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Guichet

// A square chrome button (help, home, back, modes): a pictogram on screen, always named.
KioskButton {
    id: root

    property url pictogram
    property string name
    property bool mirrorPictogram: false

    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget
    display: AbstractButton.IconOnly

    Accessible.name: root.name

    contentItem: Pictogram {
        source: root.pictogram
        mirrored: root.mirrorPictogram
        size: 80
    }
}
