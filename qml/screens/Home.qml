// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// The first screen: every language named in its own script, one touch to choose.
Screen {
    id: root

    signal languageChosen(string code)

    // On a panel too small for all of it (720×1280 with large text and voice mode) the whole
    // screen scrolls, and says so: the languages never shrink below a touch target, and never
    // hide behind the greeting in a list of no height.
    Flickable {
        id: page

        objectName: "homePage"
        anchors.fill: parent
        anchors.margins: Theme.margin
        contentWidth: width
        contentHeight: column.height
        interactive: contentHeight > height + 1
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        ScrollBar.vertical: ScrollHint {}

        ColumnLayout {
            id: column

            width: page.width
            spacing: Theme.spacing

            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true

                Pictogram {
                    source: Theme.pictogram("globe")
                    size: 140
                }
                Label {
                    // Not translated on purpose: it greets before a language is chosen.
                    text: "Bienvenue · Welkom · Welcome · أهلاً وسهلاً · Hoş geldiniz · Ласкаво просимо"
                    // Not enlarged by large text (it is no language's text yet): the room goes to the
                    // language buttons below, which must not get shorter.
                    font.pixelSize: Math.round(Theme.fontButton / Theme.scale)
                    font.family: "Noto Sans"
                    color: Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
            BigButton {
                objectName: "voiceMode"
                pictogram: Theme.pictogram("voice-mode")
                // Bilingual on purpose: it is chosen before the language.
                text: Voice.mode ? "Lecture à voix haute : oui · Read aloud: on" : "Lecture à voix haute · Read aloud"
                tint: Voice.mode ? Theme.pressed : Theme.surface
                guarded: false
                Layout.fillWidth: true
                // Acts on the first touch, and says what it did (Voice.setMode).
                onClicked: Voice.mode = !Voice.mode
            }
            GridView {
                id: grid

                objectName: "languageGrid"
                // Two columns, or three when two would not fit the room there is (voice mode's
                // caption and bar take some) and the screen is wide enough for names in three.
                readonly property real smallestCell: Theme.touchTarget + Theme.spacing // the button has half a spacing above and below
                readonly property real room: page.height - grid.y
                readonly property int columns: Math.ceil(count / 2) * grid.smallestCell > grid.room && width / 3 >= 320 ? 3 : 2

                model: Kiosk.languages
                cellWidth: width / grid.columns
                // Every language on one screen without scrolling: a visitor may not know to scroll.
                // Never below a touch target, though: on a screen too small for all of them (a
                // 720×1280 panel) the page scrolls rather than shrinking the buttons to slivers.
                cellHeight: Math.max(grid.smallestCell,
                                     Math.min(Theme.touchTarget + 2 * Theme.spacing + 40, height / Math.ceil(count / grid.columns)))
                interactive: false // the page scrolls when they do not all fit
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(grid.room, Math.ceil(count / grid.columns) * grid.smallestCell)

                delegate: Item {
                    id: cell

                    required property string code
                    required property string name

                    width: grid.cellWidth
                    height: grid.cellHeight

                    LanguageButton {
                        objectName: "language-" + cell.code
                        anchors.fill: parent
                        anchors.margins: Theme.spacing / 2
                        code: cell.code
                        text: cell.name
                        onClicked: root.languageChosen(cell.code)
                    }
                }
            }
        }
    }
}
