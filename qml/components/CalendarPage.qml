// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Guichet

// A tear-off calendar page: the month on a blue band, a big day number, the weekday below.
// A picture, drawn rather than made of texts, so that voice mode reads the date once, from
// the text beside it, and not again from the picture.
Item {
    id: root

    property string month
    property string day
    property string weekday
    property string fontFamily: Theme.fontFamily
    // What a touch held on it says (the date as text); empty inside a button, which speaks.
    property string description

    // Everything the drawing depends on: a change of any repaints it.
    readonly property string drawn: root.month + "|" + root.day + "|" + root.weekday + "|" + root.fontFamily + "|" + root.width + "|" + root.height

    implicitWidth: 200
    implicitHeight: 220
    LayoutMirroring.enabled: false
    Accessible.role: Accessible.StaticText
    Accessible.name: root.description
    Accessible.ignored: root.description === ""

    onDrawnChanged: canvas.requestPaint()

    Canvas {
        id: canvas

        // The page keeps its proportions whatever room it is given, centred in it.
        readonly property real pageWidth: Math.min(canvas.width, canvas.height / 1.1)
        readonly property real pageHeight: canvas.pageWidth * 1.1

        // Sets the largest font up to `size` px at which text fits in `room` (long weekday names),
        // and returns that size.
        function useFittingFont(ctx: var, text: string, size: real, room: real, bold: bool): real {
            let px = size
            for (; px > 10; px -= 2) {
                ctx.font = (bold ? "bold " : "") + Math.round(px) + "px \"" + root.fontFamily + "\""
                if (ctx.measureText(text).width <= room)
                    break
            }
            return px
        }

        // Draws text centred on (page centre, y). Placed by its baseline, not by the font's
        // line box: Arabic faces have tall line boxes that would lift their digits off centre.
        function drawText(ctx: var, text: string, y: real, size: real, bold: bool, colour: string) {
            if (text === "")
                return
            const px = canvas.useFittingFont(ctx, text, size, canvas.pageWidth * 0.86, bold)
            ctx.fillStyle = colour
            ctx.fillText(text, canvas.width / 2, y + px * 0.36)
        }

        anchors.fill: parent
        onPaint: {
            const ctx = canvas.getContext("2d")
            ctx.reset()
            const line = Math.max(2, canvas.pageWidth / 32)
            const left = (canvas.width - canvas.pageWidth) / 2 + line / 2
            const top = (canvas.height - canvas.pageHeight) / 2 + line / 2
            const w = canvas.pageWidth - line
            const h = canvas.pageHeight - line
            const band = h * 0.26
            const radius = w * 0.08
            ctx.lineWidth = line
            ctx.strokeStyle = "#1d2b36"
            ctx.fillStyle = "#ffffff"
            ctx.beginPath()
            ctx.roundedRect(left, top, w, h, radius, radius)
            ctx.fill()
            ctx.save()
            ctx.clip()
            ctx.fillStyle = "#1f6feb"
            ctx.fillRect(left, top, w, band)
            ctx.restore()
            ctx.beginPath()
            ctx.roundedRect(left, top, w, h, radius, radius)
            ctx.stroke()
            ctx.beginPath()
            ctx.moveTo(left, top + band)
            ctx.lineTo(left + w, top + band)
            ctx.stroke()
            ctx.textAlign = "center"
            ctx.textBaseline = "alphabetic"
            canvas.drawText(ctx, root.month, top + band / 2, band * 0.62, true, "#ffffff")
            const rest = h - band
            const hasWeekday = root.weekday !== ""
            canvas.drawText(ctx, root.day, top + band + rest * (hasWeekday ? 0.4 : 0.5), rest * (hasWeekday ? 0.52 : 0.7), true, "#1d2b36")
            canvas.drawText(ctx, root.weekday, top + band + rest * 0.8, rest * 0.19, false, "#1d2b36")
        }
    }
}
