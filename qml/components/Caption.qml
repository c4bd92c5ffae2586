// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import Guichet

// What the voice is saying, with the word being heard highlighted, for visitors who read a
// little and follow along.
Rectangle {
    id: root

    function escaped(text: string): string {
        return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\n/g, "<br>")
    }

    function highlighted(): string {
        const text = Voice.text
        if (Voice.wordStart < 0)
            return root.escaped(text)
        const end = Voice.wordStart + Voice.wordLength
        return root.escaped(text.slice(0, Voice.wordStart)) + "<span style=\"background-color:" + Theme.accent
            + "; color:" + Theme.onAccent + ";\">" + root.escaped(text.slice(Voice.wordStart, end)) + "</span>"
            + root.escaped(text.slice(end))
    }

    implicitHeight: Math.min(caption.implicitHeight + 2 * Theme.spacing, 260)
    color: Theme.pressed
    clip: true

    Label {
        id: caption

        anchors.fill: parent
        anchors.margins: Theme.spacing
        textFormat: Text.StyledText
        text: root.highlighted()
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        color: Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignLeft
        Accessible.ignored: true // the same words are already being spoken
    }
}
