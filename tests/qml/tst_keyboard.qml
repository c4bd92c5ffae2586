// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.VirtualKeyboard.Settings
import QtTest
import Guichet

// The on-screen keyboard of the name step (run with QT_IM_MODULE=qtvirtualkeyboard, as the
// kiosk is): it comes up with the field, in the visitor's script where it has a layout (French
// for Pashto and Tigrinya), and the screen ends above it so Continue stays in reach.
TestCase {
    id: testCase

    name: "Keyboard"
    when: windowShown
    width: 1080
    height: 1920

    Component {
        id: mainComponent

        Main {}
    }

    function init() {
        Kiosk.resetSession()
    }

    function toNameStep(main: Item, language: string) {
        Kiosk.setLanguage(language)
        verify(main.showScreen("booking"))
        Booking.chooseService(Booking.services[0].id)
        tryVerify(() => !Booking.busy && Booking.soon.length > 0, 5000, "the server's free times")
        Booking.chooseTime(Booking.soon[0].slot)
        for (const key of "0470123456")
            Booking.pressKey(key)
        Booking.acceptPhone()
        compare(Booking.step, "confirm")
        Booking.addName()
        compare(Booking.step, "name")
    }

    function test_keyboardInTheVisitorsScript_data() {
        return [
            {tag: "fr", language: "fr", layout: "fr_FR"},
            {tag: "ar", language: "ar", layout: "ar_AR"},
            {tag: "ru", language: "ru", layout: "ru_RU"},
            {tag: "ti", language: "ti", layout: "fr_FR"},
        ]
    }

    function test_keyboardInTheVisitorsScript(data) {
        verify(Kiosk.virtualKeyboard, "run with QT_IM_MODULE=qtvirtualkeyboard")
        const main = createTemporaryObject(mainComponent, testCase)
        toNameStep(main, data.language)
        const field = findChild(main.contentItem, "nameField")
        verify(field !== null)
        tryVerify(() => field.visible && field.width > 0, 3000)
        field.forceActiveFocus()
        tryVerify(() => Kiosk.keyboardHeight > 200, 3000, "the keyboard came up")
        compare(VirtualKeyboardSettings.locale, data.layout)
        // Continue is above the keyboard, not behind it.
        const next = findChild(main.contentItem, "nameContinue")
        const bottom = next.mapToItem(main.contentItem, 0, next.height).y
        verify(bottom <= main.contentItem.height - Kiosk.keyboardHeight, bottom + " vs " + Kiosk.keyboardHeight)
        field.focus = false
        Booking.reset()
    }
}
