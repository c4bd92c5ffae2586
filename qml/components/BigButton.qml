// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// A large touch target: a pictogram and a label, named for screen readers and speech.
KioskButton {
    id: root

    property url pictogram
    property string detail
    property bool vertical: false
    // An arrow that points the way: drawn after the text ("Next →") and turned around.
    property bool pictogramLast: false
    property bool pictogramMirrored: false
    // The whole screen read says the title; a touch says the detail too (voice.cpp).
    property string screenReading: root.text

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

    Accessible.name: root.spokenName()

    contentItem: GridLayout {
        flow: root.vertical ? GridLayout.TopToBottom : GridLayout.LeftToRight
        // Mirrored in right-to-left languages like every layout: "last" stays at the end.
        layoutDirection: root.pictogramLast ? Qt.RightToLeft : Qt.LeftToRight
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing / 2

        Pictogram {
            source: root.pictogram
            visible: String(root.pictogram) !== ""
            mirrored: root.pictogramMirrored
            opacity: root.enabled ? 1 : 0.5
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
                color: root.enabled ? Theme.text : Theme.subtle
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
}
