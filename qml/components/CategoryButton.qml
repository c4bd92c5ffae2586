// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// A category filter: pictogram above a short name, highlighted while it filters the list.
Button {
    id: root

    property url pictogram
    property bool active: false

    implicitWidth: 190
    implicitHeight: 190
    font.pixelSize: Theme.fontSmall
    font.family: Theme.fontFamily

    // Really checkable, so a screen reader says which filter is on (see ToolButton.qml).
    checkable: true
    checked: root.active

    Accessible.name: root.text
    // A screen reader's Press reaches a button even behind a dialog: obey `enabled`.
    onPressAndHold: Voice.read(root.Accessible.name)

    Accessible.onPressAction: if (root.enabled) root.clicked()
    Accessible.onToggleAction: if (root.enabled) root.clicked()

    onToggled: root.checked = Qt.binding(() => root.active)

    background: Rectangle {
        radius: Theme.radius
        color: root.down || root.active ? Theme.pressed : Theme.surface
        border.color: root.active ? Theme.accent : Theme.border
        border.width: root.active ? 3 * Theme.borderWidth : Theme.borderWidth
    }
    contentItem: ColumnLayout {
        spacing: 4

        Pictogram {
            source: root.pictogram
            size: 96
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: root.text
            font: root.font
            color: Theme.text
            // Whole words, shrunk to fit: "Juridische hulp" must not break inside a word.
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            fontSizeMode: Text.Fit
            minimumPixelSize: 16
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }

    VoiceGuard {
        control: root
        name: root.Accessible.name
    }
}
