// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Guichet

// After inactivity the kiosk asks, then forgets the visitor: language, modes and answers.
TestCase {
    id: testCase

    name: "IdleReset"
    when: windowShown

    Component {
        id: mainComponent

        Main {}
    }

    function init() {
        Kiosk.resetSession()
        Kiosk.idle.idleSeconds = 1
        Kiosk.idle.countdownSeconds = 1
    }

    function cleanup() {
        Kiosk.idle.idleSeconds = 90
        Kiosk.idle.countdownSeconds = 20
    }

    function test_resetClearsEverything() {
        const main = createTemporaryObject(mainComponent, testCase)
        Kiosk.setLanguage("ar")
        Kiosk.largeText = true
        Kiosk.highContrast = true
        verify(main.showScreen("eligibility"))
        const screen = main.currentScreen
        screen.controller.answer(true)
        compare(screen.controller.step, 2)
        verify(Kiosk.idle.armed)

        tryCompare(Kiosk.idle, "counting", true, 3000)
        tryCompare(main, "atHome", true, 3000)
        compare(Kiosk.language, "fr")
        compare(Kiosk.rtl, false)
        compare(Kiosk.largeText, false)
        compare(Kiosk.highContrast, false)
        compare(Kiosk.idle.armed, false)
        // The screen that held the answers left the stack (StackView destroys it), and a new
        // check starts from the first question.
        verify(main.currentScreen !== screen)
        verify(main.showScreen("eligibility"))
        verify(main.currentScreen !== screen)
        compare(main.currentScreen.controller.step, 1)
    }

    function test_stillHereKeepsTheSession() {
        const main = createTemporaryObject(mainComponent, testCase)
        Kiosk.idle.countdownSeconds = 5
        Kiosk.setLanguage("tr")
        verify(main.showScreen("organisations"))
        tryCompare(Kiosk.idle, "counting", true, 3000)
        const button = findChild(main.contentItem.parent, "stillHere")
        verify(button !== null)
        tryVerify(() => button.visible && button.width > 0, 2000)
        mouseClick(button)
        compare(Kiosk.idle.counting, false)
        compare(Kiosk.language, "tr")
        compare(main.atHome, false)
    }

    // Any touch is an answer, not only the button: here the dimmed screen outside the dialog.
    function test_anyTouchKeepsTheSession() {
        const main = createTemporaryObject(mainComponent, testCase)
        // The countdown ends 2 s after it starts; a new one could end only 4 s after the touch.
        Kiosk.idle.idleSeconds = 2
        Kiosk.idle.countdownSeconds = 2
        Kiosk.setLanguage("nl")
        verify(main.showScreen("offices"))
        tryCompare(Kiosk.idle, "counting", true, 4000)
        const button = findChild(main.contentItem.parent, "stillHere")
        tryVerify(() => button !== null && button.visible && button.width > 0, 2000)
        // A corner of the window, beside the dialog in the middle (found before touching).
        const corner = Qt.point(20, main.height - 20)
        verify(corner.x < button.mapToItem(main.contentItem, 0, 0).x, "the corner is outside the dialog")
        mouseClick(main.contentItem, corner.x, corner.y)
        compare(Kiosk.idle.counting, false)
        // Past the first countdown's end: the visitor is still where they were.
        wait(3000)
        compare(Kiosk.language, "nl")
        compare(main.atHome, false)
    }

    function test_untouchedHomeNeverAsks() {
        const main = createTemporaryObject(mainComponent, testCase)
        verify(main.atHome)
        compare(Kiosk.idle.armed, false)
        wait(1500)
        compare(Kiosk.idle.counting, false)
    }
}
