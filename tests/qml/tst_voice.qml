// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Guichet

// Voice mode with real eSpeak NG into the null output: a first touch reads a control and a
// second chooses it, screens are read when they open, speech controls act at once, a text-only
// language says so, and the idle reset restores the voice.
TestCase {
    id: testCase

    name: "VoiceMode"
    when: windowShown

    Component {
        id: mainComponent

        Main {}
    }

    function init() {
        Kiosk.resetSession()
    }

    function test_firstTouchReadsSecondChooses() {
        const main = createTemporaryObject(mainComponent, testCase)
        Kiosk.setLanguage("fr")
        Voice.mode = true
        verify(main.showScreen("menu"))
        const entry = findChild(main.contentItem, "officesEntry")
        verify(entry !== null)
        waitForRendering(main.contentItem)
        mouseClick(entry)
        compare(Voice.armed, entry)
        compare(main.currentScreen.objectName, "")     // still the menu
        verify(Voice.text.startsWith(entry.text))      // it said the entry's name
        const menu = main.currentScreen
        mouseClick(entry)
        verify(main.currentScreen !== menu)            // the second touch chose it
        // The new screen is read when it opens, starting with its title.
        tryVerify(() => Voice.text.startsWith(main.currentScreen.title), 3000)
    }

    function test_eachQuestionIsRead() {
        const main = createTemporaryObject(mainComponent, testCase)
        Kiosk.setLanguage("fr")
        Voice.mode = true
        verify(main.showScreen("eligibility"))
        const screen = main.currentScreen
        tryVerify(() => Voice.text.startsWith(screen.title), 3000)
        verify(Voice.lastRead.indexOf(screen.controller.question) > 0)
        screen.controller.answer(true)
        compare(screen.controller.step, 2)
        // The second question is read with its answers, as a new screen would be.
        tryVerify(() => Voice.lastRead.indexOf(screen.controller.question) > 0, 3000)
        verify(Voice.lastRead.indexOf(findChild(screen, "yes").text) > 0)
        verify(Voice.speaking)
    }

    function test_speechControlsActAtOnce() {
        const main = createTemporaryObject(mainComponent, testCase)
        Voice.mode = true
        verify(main.showScreen("menu"))
        const slower = findChild(main.contentItem, "slower")
        verify(slower !== null)
        waitForRendering(main.contentItem)
        mouseClick(slower)
        compare(Voice.rateStep, -1)
    }

    function test_textOnlyLanguageSaysSo() {
        const main = createTemporaryObject(mainComponent, testCase)
        verify(!Voice.hasVoice("ti"))
        verify(!Voice.hasVoice("ps"))
        verify(Voice.hasVoice("ar"))
        Voice.mode = true
        Voice.armIn(null, "ትግርኛ", "ti")
        tryVerify(() => Voice.text.indexOf("texte seulement") >= 0, 3000)
    }

    function test_resetRestoresTheVoice() {
        Voice.mode = true
        Voice.louder()
        Voice.faster()
        verify(Voice.volume > 0.85)
        Kiosk.resetSession()
        compare(Voice.mode, false)
        compare(Voice.rateStep, 0)
        fuzzyCompare(Voice.volume, 0.8, 0.001)
        compare(Voice.armed, null)
    }

    function test_modeSaysItsState() {
        Voice.mode = true
        tryVerify(() => Voice.text.length > 0, 2000)
        const on = Voice.text
        Voice.mode = false
        tryVerify(() => Voice.text !== on && Voice.text.length > 0, 2000)
    }

    function test_pauseHoldsAndTheSameButtonGoesOn() {
        const main = createTemporaryObject(mainComponent, testCase)
        Kiosk.setLanguage("fr")
        Voice.mode = true
        verify(main.showScreen("programme"))
        const pause = findChild(main.contentItem, "pause")
        verify(pause !== null)
        // The screen's own reading (new speech would end a pause on the mode's announcement).
        tryVerify(() => Voice.text.startsWith(main.currentScreen.title) && Voice.wordStart >= 0, 3000)
        waitForRendering(main.contentItem)
        mouseClick(pause)
        verify(Voice.paused)
        compare(pause.name, "Continuer")
        const held = Voice.wordStart
        wait(400)
        compare(Voice.wordStart, held)
        mouseClick(pause)
        verify(!Voice.paused)
        verify(Voice.speaking)
    }

    // The crossed speaker is on every screen, in voice mode or not, whenever nothing can be heard
    // (this harness plays into the null output, as a kiosk without a sound device does).
    function test_crossedSpeakerShowsWhySilent() {
        const main = createTemporaryObject(mainComponent, testCase)
        Voice.mode = false
        verify(main.showScreen("offices"))
        const speaker = findChild(main.contentItem, "speechUnavailable")
        verify(speaker !== null)
        Voice.read("Bonjour")
        tryVerify(() => !Voice.available, 3000)
        verify(speaker.visible)
    }

    // Touching and holding a plain text reads it, in any mode; a finger that moves scrolls instead.
    function test_holdingATextReadsIt() {
        const main = createTemporaryObject(mainComponent, testCase)
        Kiosk.setLanguage("fr")
        Voice.mode = false
        verify(main.showScreen("office"))
        waitForRendering(main.contentItem)
        const address = findChild(main.currentScreen, "officeAddress")
        verify(address !== null)
        verify(address.text.length > 0)
        mousePress(address, address.width / 2, address.height / 2)
        wait(1200)
        mouseRelease(address, address.width / 2, address.height / 2)
        tryVerify(() => Voice.lastRead === address.text, 1000)

        Voice.stop()
        Voice.read("")
        mousePress(address, address.width / 2, address.height / 2)
        mouseMove(address, address.width / 2, address.height / 2 + 60)
        wait(1200)
        mouseRelease(address, address.width / 2, address.height / 2 + 60)
        compare(Voice.lastRead, "")
    }
}
