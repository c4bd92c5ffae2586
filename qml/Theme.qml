// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton
import QtQuick
import Guichet

// Colours, sizes and fonts, following the visitor's modes: high contrast (yellow on black)
// and large text. Every size is for a 1080×1920 portrait screen.
QtObject {
    id: root

    readonly property bool contrast: Kiosk.highContrast
    readonly property real scale: Kiosk.largeText ? 1.35 : 1.0

    readonly property color background: contrast ? "#000000" : "#f4f1ea"
    readonly property color surface: contrast ? "#000000" : "#ffffff"
    readonly property color pressed: contrast ? "#3a3a00" : "#dce8f5"
    readonly property color text: contrast ? "#ffff00" : "#1d2b36"
    readonly property color subtle: contrast ? "#ffffff" : "#4a5a66"
    readonly property color accent: contrast ? "#ffff00" : "#1f5fa8"
    readonly property color onAccent: contrast ? "#000000" : "#ffffff"
    readonly property color border: contrast ? "#ffff00" : "#c9c2b3"
    readonly property color open: contrast ? "#00ff00" : "#1a7f37"
    readonly property color closed: contrast ? "#ff6060" : "#b42318"
    readonly property int borderWidth: contrast ? 4 : 2

    // Touch targets stay at least 80 px whatever the text size (EN 301 549, our own rule).
    readonly property int touchTarget: 120
    readonly property int minimumTarget: 80
    readonly property int spacing: 24
    readonly property int margin: 32
    readonly property int radius: 24

    // Ethiopic syllables carry more strokes than Latin letters of the same size: Tigrinya's
    // small and body texts (subtitles, category labels) are drawn larger to stay legible.
    readonly property real scriptScale: Kiosk.language === "ti" ? 1.25 : 1.0

    readonly property int fontBody: Math.round(34 * scale * Math.sqrt(scriptScale))
    readonly property int fontButton: Math.round(40 * scale)
    readonly property int fontTitle: Math.round(54 * scale)
    readonly property int fontSmall: Math.round(28 * scale * scriptScale)

    // "Noto Sans" has no Arabic or Ethiopic: name the script's face, or fallback picks DejaVu.
    readonly property string fontFamily: root.fontFor(Kiosk.language)

    function fontFor(language: string): string {
        switch (language) {
        case "ar": case "fa": case "ps": return "Noto Naskh Arabic"
        case "ti": return "Noto Sans Ethiopic"
        default: return "Noto Sans"
        }
    }

    function pictogram(name: string): url {
        return Qt.resolvedUrl("pictograms/" + name + ".svg")
    }
}
