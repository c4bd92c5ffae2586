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
    // A tile among tiles (vertical): pictogram and title at the top, so that they line up
    // across tiles, and the detail shown beneath only where it fits the tile's height; it is
    // still said on a touch. The tile's height is then the caller's, not the detail's.
    property bool detailIfRoom: false
    readonly property int pictogramSize: root.vertical ? 160 : 96
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
            size: root.pictogramSize
            Layout.alignment: Qt.AlignHCenter | (root.detailIfRoom ? Qt.AlignTop : Qt.AlignVCenter)
        }
        ColumnLayout {
            spacing: 4
            Layout.fillWidth: true
            Layout.alignment: root.detailIfRoom ? Qt.AlignTop : Qt.AlignVCenter

            Label {
                text: root.text
                font: root.font
                color: root.enabled ? Theme.text : Theme.subtle
                wrapMode: Text.Wrap
                horizontalAlignment: root.vertical ? Text.AlignHCenter : Text.AlignLeft
                Layout.fillWidth: true
            }
            Label {
                objectName: "detail"
                text: root.detail
                // Above it, the pictogram, the layout's spacing, the title and the column's.
                visible: root.detail !== "" && (!root.detailIfRoom || root.pictogramSize + Theme.spacing / 2
                                                + (parent as Item).children[0].implicitHeight + 4 + implicitHeight <= root.availableHeight)
                font.pixelSize: Theme.fontSmall
                font.family: Theme.fontFamily
                color: Theme.subtle
                wrapMode: Text.Wrap
                horizontalAlignment: root.vertical ? Text.AlignHCenter : Text.AlignLeft
                Layout.fillWidth: true
            }
        }
        // A tile keeps its pictogram and title at the top: the room left is below them.
        Item {
            visible: root.detailIfRoom
            Layout.fillHeight: true
        }
    }
}
