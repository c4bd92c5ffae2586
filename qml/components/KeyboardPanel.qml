// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.VirtualKeyboard
import QtQuick.VirtualKeyboard.Settings
import Guichet

// The on-screen keyboard for the name field, in the visitor's script where Qt Virtual Keyboard
// has a layout for it. Pashto and Tigrinya have none: their visitors get the French one, the
// letters the office writes names in. Loaded by Main.qml only when the kiosk runs with the
// virtual keyboard as its input method.
InputPanel {
    id: root

    // Qt Virtual Keyboard 6.4's layouts for the pack's languages.
    readonly property var layouts: ({
            "ar": "ar_AR",
            "fa": "fa_FA",
            "ru": "ru_RU",
            "uk": "uk_UA",
            "tr": "tr_TR",
            "ro": "ro_RO",
            "es": "es_ES",
            "pt": "pt_PT",
            "nl": "nl_NL",
            "fr": "fr_FR",
            "en": "en_GB"
        })

    // In window coordinates (the Loader sits at the top left): below the window until needed.
    y: root.active ? root.Window.height - root.height : root.Window.height
    z: 1000

    // How much of the window it covers, for Main.qml to end the screen above it.
    Binding {
        target: Kiosk
        property: "keyboardHeight"
        value: root.active ? root.height : 0
    }
    Binding {
        target: VirtualKeyboardSettings
        property: "locale"
        value: root.layouts[Kiosk.language] ?? "fr_FR"
    }
    Behavior on y {
        NumberAnimation {
            duration: 150
        }
    }
}
