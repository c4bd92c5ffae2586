// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Guichet
import "finger.js" as Finger

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

    // The end of a visit ("home" in the top bar) restores voice mode, speed and volume too,
    // not only the idle reset (EN 301 549 5.1.3.13); volume steps are 3 dB over 18 dB or more.
    function test_homeEndsTheVisit() {
        const main = createTemporaryObject(mainComponent, testCase)
        Kiosk.setLanguage("fr")
        verify(main.showScreen("menu"))
        Voice.mode = true
        for (let i = 0; i < 10; ++i)
            Voice.quieter()
        const lowest = Voice.volume
        for (let i = 0; i < 10; ++i)
            Voice.louder()
        verify(20 * Math.log10(Voice.volume / lowest) >= 18, Voice.volume + " / " + lowest)
        Voice.slower()
        compare(Voice.rateStep, -1)
        const home = findChild(main.contentItem, "home")
        verify(home !== null)
        waitForRendering(main.contentItem)
        const at = Finger.centreOf(main, home)
        mouseClick(main.contentItem, at.x, at.y) // hear
        mouseClick(main.contentItem, at.x, at.y) // choose
        verify(main.atHome)
        compare(Voice.mode, false)
        compare(Voice.rateStep, 0)
        fuzzyCompare(Voice.volume, 0.8, 0.001)
    }

    // Language buttons act on the first touch in voice mode, saying their name in their own
    // voice first; the next screen is read after the name, not over it.
    function test_languageActsOnFirstTouchAndSaysItsName() {
        const main = createTemporaryObject(mainComponent, testCase)
        Voice.mode = true
        waitForRendering(main.contentItem)
        const arabic = Finger.findAll(main.contentItem, "language-ar")[0]
        verify(arabic !== undefined)
        const at = Finger.centreOf(main, arabic)
        mouseClick(main.contentItem, at.x, at.y)
        compare(Kiosk.language, "ar")
        verify(!main.atHome)
        compare(Voice.text, arabic.text)
        // The menu is read once the name has been said.
        tryVerify(() => Voice.text === main.currentScreen.title, 5000, Voice.text)
        verify(Voice.lastRead.startsWith(main.currentScreen.title))
    }

    // How voice mode works is said once a visit; switched on again, it only says it is on.
    function test_instructionsOncePerVisit() {
        Voice.mode = true
        verify(Voice.lastRead.indexOf("Touchez une fois") > 0, Voice.lastRead)
        Voice.mode = false
        Voice.mode = true
        compare(Voice.lastRead, "La lecture à voix haute est activée.")
        Voice.endVisit()
        Voice.mode = true
        verify(Voice.lastRead.indexOf("Touchez une fois") > 0, Voice.lastRead)
    }

    // Toggles say their state (EN 301 549 5.6.1): a first touch says name and state, the
    // second changes it and says the new state; speed steps say theirs, then go on.
    function test_toggleStatesAreSpoken() {
        const main = createTemporaryObject(mainComponent, testCase)
        Kiosk.setLanguage("fr")
        verify(main.showScreen("organisations"))
        Voice.mode = true
        waitForRendering(main.contentItem)
        const large = findChild(main.contentItem, "largeText")
        const at = Finger.centreOf(main, large)
        mouseClick(main.contentItem, at.x, at.y)
        compare(Voice.lastRead, "Grand texte\u00a0: désactivé")
        mouseClick(main.contentItem, at.x, at.y)
        verify(Kiosk.largeText)
        tryCompare(Voice, "lastRead", "Grand texte\u00a0: activé", 2000)
        Kiosk.largeText = false

        const filter = Finger.findAll(main.currentScreen, "categoryButton")[0]
        verify(filter !== undefined)
        waitForRendering(main.contentItem)
        const filterAt = Finger.centreOf(main, filter)
        mouseClick(main.contentItem, filterAt.x, filterAt.y)
        verify(Voice.lastRead.endsWith("désactivé"), Voice.lastRead)
        mouseClick(main.contentItem, filterAt.x, filterAt.y)
        tryVerify(() => Voice.lastRead.endsWith("\u00a0: activé"), 2000, Voice.lastRead)
    }

    function test_speedStepsSayTheirState() {
        Kiosk.setLanguage("fr")
        Voice.mode = true
        Voice.read("Bonjour")
        Voice.slower()
        compare(Voice.text, "Plus lentement\u00a0: activé")
        Voice.faster()
        compare(Voice.text, "Plus lentement\u00a0: désactivé")
        tryCompare(Voice, "text", "Bonjour", 3000) // then what was heard, again
    }

    // "Again" says a screen's longer form where it has one (the booked screen's address).
    function test_againSaysTheLongerForm() {
        const main = createTemporaryObject(mainComponent, testCase)
        Kiosk.setLanguage("fr")
        Voice.mode = true
        const item = Qt.createQmlObject('import QtQuick; Item { property string title: "Titre"; width: 400; height: 200;'
                                        + ' Item { width: 100; height: 50; property string screenReading: "court";'
                                        + ' property string againReading: "court, puis long" } }', main.contentItem)
        Voice.readScreen(item)
        compare(Voice.lastRead, "Titre. court")
        Voice.repeat()
        compare(Voice.text, "Titre. court, puis long")
        item.destroy()
    }

    // The "text only" notice is said once a visit, not on every touch.
    function test_textOnlyNoticeOncePerVisit() {
        Voice.endVisit()
        Voice.mode = true
        Voice.armIn(null, "ትግርኛ", "ti")
        tryVerify(() => Voice.text.indexOf("texte seulement") >= 0, 3000)
        Voice.stop()
        Voice.armIn(null, "ትግርኛ", "ti")
        wait(200)
        verify(!Voice.speaking)
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
