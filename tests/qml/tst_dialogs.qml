// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Guichet
import "finger.js" as Finger

// Voice mode around the dialogs and the idle reset, touched by position as a finger lands: the
// idle warning spoken (and chimed), speech holding the idle wait, "again" in the dialog's bar
// keeping the session, the help dialog read with a bar that works, and a caption that moves
// nothing between the touch that hears a control and the touch that chooses it.
TestCase {
    id: testCase

    name: "Dialogs"
    when: windowShown

    Component {
        id: mainComponent

        Main {}
    }

    function init() {
        Kiosk.resetSession()
        Kiosk.setLanguage("fr")
    }

    function cleanup() {
        Kiosk.idle.idleSeconds = 90
        Kiosk.idle.countdownSeconds = 20
        Voice.stop()
    }

    function touchAt(main: Item, at: point) {
        mouseClick(main.contentItem, at.x, at.y)
    }

    // The dialogs live in the window's overlay, beside the content.
    function inOverlay(main: Item, name: string): Item {
        return findChild(main.contentItem.parent, name)
    }

    // Voice mode on a screen, once the screen's own reading has begun, then silence.
    function quietOn(main: Item, screen: string) {
        Voice.mode = true
        verify(main.showScreen(screen))
        tryVerify(() => Voice.lastRead.startsWith(main.currentScreen.title), 3000)
        Voice.stop()
    }

    function test_idleWarningIsSpokenThenTheKioskResets() {
        const main = createTemporaryObject(mainComponent, testCase)
        quietOn(main, "menu")
        Kiosk.idle.countdownSeconds = 3
        Kiosk.idle.idleSeconds = 1
        tryCompare(Kiosk.idle, "counting", true, 3000)
        tryVerify(() => Voice.lastRead.startsWith("Vous êtes toujours là"), 3000, Voice.lastRead)
        // What it shows: the question, the countdown's sentence and the button.
        verify(Voice.lastRead.indexOf("La borne recommence pour la personne suivante") > 0, Voice.lastRead)
        verify(Voice.lastRead.indexOf("Je suis là") > 0, Voice.lastRead)
        // Nobody answered: the next visitor finds the home screen, voice mode off, and hears
        // where it is, in French and English.
        tryCompare(main, "atHome", true, 6000)
        compare(Voice.mode, false)
        tryVerify(() => Voice.text.startsWith("Pour la lecture à voix haute"), 3000, Voice.text)
    }

    function test_speechHoldsTheIdleWait() {
        const main = createTemporaryObject(mainComponent, testCase)
        verify(main.showScreen("programme"))
        Kiosk.idle.idleSeconds = 1
        verify(Kiosk.idle.armed)
        Voice.read("Le programme d'intégration comprend des cours de français, un module de citoyenneté et un accompagnement personnel. "
                   + "Il est gratuit et il dure environ un an.")
        verify(Voice.speaking)
        wait(2500)
        verify(Voice.speaking, "the text lasts longer than the test waited")
        compare(Kiosk.idle.counting, false)
        Voice.stop()
        tryCompare(Kiosk.idle, "counting", true, 3000)
    }

    function test_againInTheIdleDialogKeepsTheSession() {
        const main = createTemporaryObject(mainComponent, testCase)
        quietOn(main, "organisations")
        Kiosk.idle.countdownSeconds = 8
        Kiosk.idle.idleSeconds = 1
        tryCompare(Kiosk.idle, "counting", true, 3000)
        const bar = inOverlay(main, "dialogSpeechBar")
        verify(bar !== null)
        tryVerify(() => bar.visible && bar.width > 0, 2000)
        const again = findChild(bar, "again")
        waitForRendering(main.contentItem)
        touchAt(main, Finger.centreOf(main, again))
        compare(Kiosk.idle.counting, false)
        verify(!main.atHome)
        compare(Voice.mode, true)
    }

    function test_helpIsReadAndItsBarWorks() {
        const main = createTemporaryObject(mainComponent, testCase)
        verify(main.showScreen("menu"))
        Voice.mode = true
        const help = findChild(main.contentItem, "help")
        waitForRendering(main.contentItem)
        const at = Finger.centreOf(main, help)
        touchAt(main, at) // hear
        touchAt(main, at) // choose
        tryVerify(() => Voice.lastRead.startsWith("Demander de l'aide"), 3000, Voice.lastRead)
        verify(Voice.lastRead.indexOf(Kiosk.helpPhone) > 0, Voice.lastRead)
        verify(Voice.lastRead.indexOf("Plus lentement") < 0, Voice.lastRead) // the bar is not read
        verify(Voice.speaking)
        const bar = inOverlay(main, "dialogSpeechBar")
        verify(bar !== null && bar.visible)
        const stop = findChild(bar, "stop")
        waitForRendering(main.contentItem)
        touchAt(main, Finger.centreOf(main, stop))
        verify(!Voice.speaking)
    }

    // The caption's place is kept: a second touch where the first landed chooses the control,
    // though the caption now shows what the first touch said.
    function test_nothingMovesUnderAFinger_data() {
        return [{tag: "menu", screen: "menu", control: "officesEntry"},
                {tag: "booking", screen: "booking", control: "serviceButton"}]
    }

    function test_nothingMovesUnderAFinger(data) {
        const main = createTemporaryObject(mainComponent, testCase)
        verify(main.showScreen(data.screen))
        tryVerify(() => !Booking.busy, 5000)
        Voice.mode = true
        Voice.stop()
        waitForRendering(main.contentItem)
        const control = findChild(main.currentScreen, data.control)
        verify(control !== null)
        const at = Finger.centreOf(main, control)
        const screen = main.currentScreen
        const step = Booking.step
        touchAt(main, at)
        compare(Voice.armed, control)
        tryVerify(() => Voice.text !== "" && Voice.wordStart >= 0, 3000)
        waitForRendering(main.contentItem)
        const still = Finger.centreOf(main, control)
        compare(still.x, at.x)
        compare(still.y, at.y)
        touchAt(main, at)
        verify(main.currentScreen !== screen || Booking.step !== step, "the second touch chose it")
    }
}
