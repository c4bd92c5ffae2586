// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Guichet

// A blind visitor with a USB keypad or keyboard (EN 301 549 5.1.6): every control reached in
// reading order and around, speech following focus, Enter pressing, Escape going back, a
// dialog keeping the keys to itself, and a whole booking with keys only, against the real
// server the harness starts.
TestCase {
    id: testCase

    name: "Keys"
    when: windowShown

    Component {
        id: mainComponent

        Main {}
    }

    function init() {
        Kiosk.resetSession()
    }

    function cleanup() {
        Voice.stop()
    }

    // Tab until the control named `name` has the keys' focus.
    function tabTo(main: Item, name: string): Item {
        for (let i = 0; i < 120; ++i) {
            keyClick(Qt.Key_Tab)
            const current = main.keyNavigator.current
            if (current && current.objectName === name)
                return current
        }
        fail("no control named " + name + " reached by Tab")
        return null
    }

    function test_readingOrderAroundAndSpeechFollows_data() {
        return [{tag: "fr", language: "fr"}, {tag: "ar", language: "ar"}]
    }

    function test_readingOrderAroundAndSpeechFollows(data) {
        const main = createTemporaryObject(mainComponent, testCase)
        Kiosk.setLanguage(data.language)
        verify(main.showScreen("menu"))
        waitForRendering(main.contentItem)
        // Main reads a new screen 50 ms after it shows; let that pass with voice mode off, or
        // on a busy machine it lands after the first key and the menu is read over the focus.
        wait(150)
        keyClick(Qt.Key_Tab)
        verify(Voice.mode, "the first key turns voice mode on")
        verify(Voice.lastRead.startsWith(data.language === "fr" ? "Touches" : ""), Voice.lastRead)
        compare(main.keyNavigator.current, null) // and says how the keys work, no more
        waitForRendering(main.contentItem)
        keyClick(Qt.Key_Tab)
        const controls = main.keyNavigator.controls()
        verify(controls.length > 8)
        // A new screen starts at its own first control, not the top bar's.
        compare(main.keyNavigator.current.objectName, "programmeEntry")
        keyClick(Qt.Key_Up)
        keyClick(Qt.Key_Up)
        keyClick(Qt.Key_Up)
        const first = main.keyNavigator.current
        compare(first, controls[0])
        // The top bar's first control: back, on the left, or on the right in Arabic.
        compare(first.objectName, "back")
        verify(data.language === "ar" ? first.mapToItem(null, 0, 0).x > main.width / 2 : first.mapToItem(null, 0, 0).x < main.width / 2)
        let previous = first
        for (let i = 1; i < controls.length; ++i) {
            keyClick(i % 2 ? Qt.Key_Tab : Qt.Key_Down)
            const current = main.keyNavigator.current
            compare(current, controls[i])
            verify(current.activeFocus)
            // Speech follows focus: its name (and a toggle its state).
            verify(Voice.lastRead.startsWith(current.Accessible.name), Voice.lastRead + " / " + current.Accessible.name)
            // Never upwards: rows top to bottom.
            verify(current.mapToItem(null, 0, current.height / 2).y >= previous.mapToItem(null, 0, 0).y)
            previous = current
        }
        keyClick(Qt.Key_Tab) // around: no dead end
        compare(main.keyNavigator.current, first)
        keyClick(Qt.Key_Backtab)
        compare(main.keyNavigator.current, controls[controls.length - 1])
    }

    function test_enterPressesEscapeGoesBack() {
        const main = createTemporaryObject(mainComponent, testCase)
        Kiosk.setLanguage("fr")
        verify(main.showScreen("menu"))
        waitForRendering(main.contentItem)
        const menu = main.currentScreen
        tabTo(main, "officesEntry")
        keyClick(Qt.Key_Return)
        verify(main.currentScreen !== menu)
        keyClick(Qt.Key_Escape)
        compare(main.currentScreen, menu)
        // The help key says how the keys work.
        keyClick(Qt.Key_F1)
        verify(Voice.lastRead.startsWith("Touches"), Voice.lastRead)
    }

    // While the help dialog is open only its controls are reached, and Escape closes it.
    function test_dialogKeepsTheKeys() {
        const main = createTemporaryObject(mainComponent, testCase)
        Kiosk.setLanguage("fr")
        verify(main.showScreen("menu"))
        waitForRendering(main.contentItem)
        tabTo(main, "help")
        keyClick(Qt.Key_Return)
        const bar = findChild(main.contentItem.parent, "dialogSpeechBar")
        tryVerify(() => bar !== null && bar.visible && bar.width > 0, 2000)
        const inDialog = main.keyNavigator.controls()
        verify(inDialog.length >= 2)
        for (const control of inDialog) {
            let inside = false
            for (let p = control; p; p = p.parent) {
                if (p === bar.parent)
                    inside = true
            }
            verify(inside, control.objectName + " is behind the dialog")
        }
        for (let i = 0; i < inDialog.length + 1; ++i)
            keyClick(Qt.Key_Tab)
        verify(inDialog.indexOf(main.keyNavigator.current) >= 0)
        keyClick(Qt.Key_Escape)
        tryVerify(() => !bar.visible, 2000)
        verify(main.keyNavigator.controls().length > inDialog.length)
    }

    // Home to the booking code with keys only: no touch, no call into the booking.
    function test_bookingWithKeysOnly() {
        const main = createTemporaryObject(mainComponent, testCase)
        waitForRendering(main.contentItem)
        tabTo(main, "language-fr")
        keyClick(Qt.Key_Return)
        compare(Kiosk.language, "fr")
        tabTo(main, "bookingEntry")
        keyClick(Qt.Key_Return)
        tryVerify(() => Booking.step === "service" && !Booking.busy, 5000)
        waitForRendering(main.contentItem)
        tabTo(main, "serviceButton")
        keyClick(Qt.Key_Return)
        tryVerify(() => Booking.step === "when" && !Booking.busy, 5000)
        waitForRendering(main.contentItem)
        tabTo(main, "soonButton")
        keyClick(Qt.Key_Return)
        compare(Booking.step, "phone")
        waitForRendering(main.contentItem)
        tabTo(main, "privacySilent")
        keyClick(Qt.Key_Space)
        compare(Booking.sayAloud, "no")
        waitForRendering(main.contentItem)
        for (const digit of "0470123456")
            keyClick(digit)
        compare(Booking.phone, "0470 12 34 56")
        compare(Voice.lastRead, "chiffre 10 sur 10")
        tabTo(main, "phoneContinue")
        keyClick(Qt.Key_Enter)
        compare(Booking.step, "confirm")
        waitForRendering(main.contentItem)
        tabTo(main, "confirmButton")
        keyClick(Qt.Key_Return)
        tryVerify(() => Booking.step === "done", 5000)
        verify(/^[A-HJ-NP-Z][2-9]-[2-9]{4}$/.test(Booking.result.code), Booking.result.code)
        waitForRendering(main.contentItem)
        tabTo(main, "finishButton")
        keyClick(Qt.Key_Return)
        verify(main.atHome)
        compare(Booking.step, "service")
    }
}
