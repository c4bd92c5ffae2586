// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Guichet

// What the voice is saying, with the word being heard highlighted, for visitors who read a
// little and follow along. Always three lines high in voice mode, whatever is said, so that
// nothing above or below it moves between a touch that hears a control and the touch that
// chooses it; a longer text scrolls to keep the word being heard in view.
Rectangle {
    id: root

    readonly property int lines: 3

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

    implicitHeight: root.lines * metrics.lineSpacing + 2 * Theme.spacing
    color: Theme.pressed
    clip: true

    FontMetrics {
        id: metrics

        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
    }
    TextEdit {
        id: caption

        // The line of the word being heard, kept in the box: scrolled up by whole lines.
        readonly property rect word: Voice.wordStart >= 0 ? caption.positionToRectangle(Voice.wordStart) : Qt.rect(0, 0, 0, 0)
        readonly property real room: root.height - 2 * Theme.spacing

        x: Theme.spacing
        y: Theme.spacing - Math.max(0, caption.word.y + caption.word.height - caption.room)
        width: root.width - 2 * Theme.spacing
        readOnly: true
        enabled: false // a picture of the speech: touches go to HoldToHear, not to a cursor
        textFormat: TextEdit.RichText
        text: root.highlighted()
        font.pixelSize: Theme.fontBody
        font.family: Theme.fontFamily
        color: Theme.text
        wrapMode: TextEdit.Wrap
        horizontalAlignment: TextEdit.AlignLeft
        Accessible.ignored: true // the same words are already being spoken
    }
}
