// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// A large touch target: a pictogram and a label, named for screen readers and speech.
Button {
    id: root

    property url pictogram
    property string detail
    property bool vertical: false
    property color tint: Theme.surface
    // In voice mode a first touch reads the button; false for buttons that act at once.
    property bool guarded: true

    // "Title. Detail", without a full stop after a title that already ends a sentence ("…?").
    function spokenName(): string {
        if (root.detail === "")
            return root.text
        const endsSentence = /[.?!؟։።፧。]$/.test(root.text.trim())
        return root.text + (endsSentence ? " " : ". ") + root.detail
    }

    padding: Theme.spacing
    implicitHeight: Math.max(Theme.touchTarget, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: Math.max(Theme.touchTarget, implicitContentWidth + leftPadding + rightPadding)
    font.pixelSize: Theme.fontButton
    font.family: Theme.fontFamily

    Accessible.role: Accessible.Button
    Accessible.name: root.spokenName()
    // A screen reader's Press reaches a button even behind a dialog: obey `enabled`.
    onPressAndHold: Voice.read(root.Accessible.name)

    Accessible.onPressAction: if (root.enabled) root.clicked()

    background: Rectangle {
        radius: Theme.radius
        color: root.down ? Theme.pressed : root.tint
        border.color: root.visualFocus ? Theme.accent : Theme.border
        border.width: root.visualFocus ? 2 * Theme.borderWidth : Theme.borderWidth
    }

    contentItem: GridLayout {
        flow: root.vertical ? GridLayout.TopToBottom : GridLayout.LeftToRight
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing / 2

        Pictogram {
            source: root.pictogram
            visible: String(root.pictogram) !== ""
            size: root.vertical ? 160 : 96
            Layout.alignment: Qt.AlignHCenter | Qt.AlignVCenter
        }
        ColumnLayout {
            spacing: 4
            Layout.fillWidth: true
            Layout.alignment: Qt.AlignVCenter

            Label {
                text: root.text
                font: root.font
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: root.vertical ? Text.AlignHCenter : Text.AlignLeft
                Layout.fillWidth: true
            }
            Label {
                text: root.detail
                visible: root.detail !== ""
                font.pixelSize: Theme.fontSmall
                font.family: Theme.fontFamily
                color: Theme.subtle
                wrapMode: Text.Wrap
                horizontalAlignment: root.vertical ? Text.AlignHCenter : Text.AlignLeft
                Layout.fillWidth: true
            }
        }
    }

    VoiceGuard {
        control: root
        name: root.Accessible.name
        visible: root.guarded
    }
}
