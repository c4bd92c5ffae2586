// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Guichet

// One language on the home screen, named in its own script and its own font. Lighter than a
// BigButton (no layouts, no pictogram): thirteen of them are the first thing drawn at startup.
KioskButton {
    id: root

    required property string code
    // eSpeak has no voice for it: shown (and, in voice mode, said) as text only. Bound to the
    // list rather than to hasVoice(), so that a new pack's voice profiles update it; a var,
    // since qmllint finds no indexOf on a QStringList (as on a QVariantList, docs/QT64.md).
    readonly property var voicedLanguages: Voice.voicedLanguages
    readonly property bool voiced: root.voicedLanguages.indexOf(root.code) >= 0

    font.pixelSize: Theme.fontTitle
    font.family: Theme.fontFor(root.code)
    padding: Theme.spacing
    // Its name is said in its own language's voice (a held touch too).
    spokenLanguage: root.code
    // Acts on the first touch, in voice mode too: a wrong choice is undone by the language
    // button every screen has. Voice mode says the name before the next screen.
    guarded: false

    onClicked: Voice.introduce(root.text, root.code)

    contentItem: Row {
        spacing: Theme.spacing / 2

        Text {
            width: parent.width - (root.voiced ? 0 : 64 + Theme.spacing / 2)
            height: parent.height
            text: root.text
            font: root.font
            color: Theme.text
            // A name shrinks to fit its button (three columns, a narrow screen) before it is cut.
            fontSizeMode: Text.HorizontalFit
            minimumPixelSize: Theme.fontBody
            elide: Text.ElideRight
            verticalAlignment: Text.AlignVCenter
            horizontalAlignment: Text.AlignLeft
        }
        Pictogram {
            visible: !root.voiced
            source: Theme.pictogram("no-voice")
            size: 64
            anchors.verticalCenter: parent.verticalCenter
        }
    }
}
