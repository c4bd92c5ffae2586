// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Guichet

// A QR code drawn from its dark runs ("M x y h n v1 h-n z", one per run, in a modules × modules
// box, as guichet_ticket writes them): black on white in every mode, never mirrored.
Item {
    id: root

    property string path
    property int modules
    // What a touch held on it says.
    property string description

    implicitWidth: 280
    implicitHeight: 280
    LayoutMirroring.enabled: false
    Accessible.role: Accessible.StaticText
    Accessible.name: root.description
    Accessible.ignored: root.description === ""

    onPathChanged: canvas.requestPaint()

    Canvas {
        id: canvas

        anchors.fill: parent
        onPaint: {
            const ctx = canvas.getContext("2d")
            ctx.reset()
            ctx.fillStyle = "#ffffff"
            ctx.fillRect(0, 0, canvas.width, canvas.height)
            if (root.modules <= 0)
                return
            // Whole pixels per module keep the code sharp enough to scan; centred in the box.
            const unit = Math.max(1, Math.floor(Math.min(canvas.width, canvas.height) / root.modules))
            ctx.translate(Math.floor((canvas.width - unit * root.modules) / 2), Math.floor((canvas.height - unit * root.modules) / 2))
            ctx.fillStyle = "#000000"
            const run = /M(\d+) (\d+)h(\d+)/g
            let m
            while ((m = run.exec(root.path)) !== null)
                ctx.fillRect(Number(m[1]) * unit, Number(m[2]) * unit, Number(m[3]) * unit, unit)
        }
    }
}
