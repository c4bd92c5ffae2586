// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Guichet
import "finger.js" as Finger

// Screens a visitor understands at a glance: the office page puts today's hours, the address
// and the phone in view, a page that scrolls shows it, Previous and Next point the way, and high
// contrast, large text and the Ethiopic script keep every state and word readable.
TestCase {
    id: testCase

    name: "Glance"
    when: windowShown

    Component {
        id: mainComponent

        Main {}
    }

    function init() {
        Kiosk.resetSession()
    }

    function openScreen(language: string, screen: string): Item {
        const main = createTemporaryObject(mainComponent, testCase)
        Kiosk.setLanguage(language)
        verify(main.showScreen(screen))
        waitForRendering(main.contentItem)
        return main
    }

    // The Flickable an item scrolls in (checked to be there).
    function flickableOf(item: Item): Item {
        const page = Finger.flickableOf(item)
        verify(page !== null)
        return page
    }

    // Entirely inside its Flickable's view, as the page opens.
    function inView(item: Item): bool {
        const page = flickableOf(item)
        const top = item.mapToItem(page, 0, 0).y
        return top >= 0 && top + item.height <= page.height
    }

    function test_officeAtAGlance_data() {
        return [{tag: "fr", language: "fr", large: false, voice: false},
                {tag: "ar large", language: "ar", large: true, voice: false},
                {tag: "fa voice", language: "fa", large: false, voice: true},
                {tag: "uk large voice", language: "uk", large: true, voice: true}]
    }

    function test_officeAtAGlance(data) {
        Kiosk.largeText = data.large
        Voice.mode = data.voice
        const main = openScreen(data.language, "office")
        const office = main.currentScreen
        // What a visitor needs now is in view: today's hours, the address and the phone.
        for (const name of ["todayHours", "officeAddress", "officePhone"])
            verify(inView(findChild(office, name)), name + " is below the fold")
        // Equal days are grouped: the bapa-bxl office has fewer rows than days.
        const week = findChild(office, "week")
        verify(week.children.length - 1 < 7, "one row a day") // the Repeater is a child too
        // A page longer than its view says so until its end is reached.
        const page = flickableOf(findChild(office, "week"))
        const hint = findChild(page, "moreBelow")
        compare(hint.visible, page.contentHeight > page.height)
        if (page.contentHeight > page.height) {
            page.contentY = page.contentHeight - page.height
            tryVerify(() => !hint.visible)
        }
    }

    // Previous and Next: the same width, an arrow each, pointing the reading way; right under a
    // short page, with no empty half page between.
    function test_pageButtons_data() {
        return [{tag: "fr", language: "fr", rtl: false}, {tag: "ar", language: "ar", rtl: true}]
    }

    function test_pageButtons(data) {
        const main = openScreen(data.language, "programme-page")
        const previous = findChild(main.currentScreen, "previousPage")
        const next = findChild(main.currentScreen, "nextPage")
        verify(Math.abs(previous.width - next.width) <= 1, previous.width + " / " + next.width)
        verify(String(previous.pictogram).endsWith("back.svg") && String(next.pictogram).endsWith("back.svg"))
        compare(previous.pictogramMirrored, data.rtl)
        compare(next.pictogramMirrored, !data.rtl)
        // Next on the reading side: right in French, left in Arabic.
        compare(next.mapToItem(null, 0, 0).x > previous.mapToItem(null, 0, 0).x, !data.rtl)
        verify(!previous.enabled && next.enabled)
        // The first page is short: the buttons follow its text.
        const footerTop = next.mapToItem(main.currentScreen, 0, 0).y
        verify(footerTop < main.currentScreen.height / 2 + 200, "buttons at " + footerTop + " of " + main.currentScreen.height)
    }

    // On a Brussels kiosk the Brussels organisations come first, under their region's name;
    // those in Wallonia follow under theirs.
    function test_organisationsByRegion() {
        const main = openScreen("fr", "organisations")
        const headings = Finger.findAll(main.currentScreen, "regionHeading").filter(h => h.visible)
        verify(headings.length >= 1)
        compare(headings[0].text, "Bruxelles")
        const list = flickableOf(headings[0])
        list.positionViewAtEnd()
        waitForRendering(main.contentItem)
        tryVerify(() => Finger.findAll(main.currentScreen, "regionHeading").some(h => h.visible && h.text === "Wallonie"))
    }

    // Pictograms that mean what they say: restarting the questions is not an arrow, going to
    // the commune first is the town hall, not a refusal's red cross, and "all" is not a picture
    // of people.
    function test_pictogramsMeanWhatTheySay() {
        const outcome = openScreen("ar", "eligibility-outcome")
        const restart = findChild(outcome.currentScreen, "restart")
        verify(String(restart.pictogram).endsWith("/restart.svg"), restart.pictogram)
        verify(!restart.pictogramMirrored)
        const shown = Finger.findAll(outcome.currentScreen, "").filter(item => item.source !== undefined && String(item.source).indexOf("/pictograms/") >= 0)
        verify(!shown.some(item => String(item.source).endsWith("/cross.svg")), "a red cross on an outcome")
        verify(shown.some(item => String(item.source).endsWith("/town-hall.svg")), "the commune's town hall")
        const filter = openScreen("fr", "organisations")
        verify(String(findChild(filter.currentScreen, "allCategories").pictogram).endsWith("/all.svg"))
    }

    // High contrast: an active toggle differs from an inactive one by more than a colour (a
    // tick), and a disabled button stays visible (full opacity, its subtle colour).
    function test_highContrastStates() {
        Kiosk.highContrast = true
        const main = openScreen("fr", "organisations")
        const all = findChild(main.currentScreen, "allCategories")
        const chips = Finger.findAll(main.currentScreen, "categoryButton")
        verify(all.active && chips.every(chip => !chip.active))
        verify(findChild(all, "activeTick").visible)
        verify(!findChild(chips[0], "activeTick").visible)
        const pages = openScreen("fr", "programme-page")
        const previous = findChild(pages.currentScreen, "previousPage")
        verify(!previous.enabled)
        compare(previous.opacity, 1)
        verify(previous.visible)
    }

    // Large text: the top bar's title grows with the rest rather than shrinking to fit.
    function test_largeTextTitleGrows() {
        const normal = openScreen("fr", "office")
        const before = findChild(normal, "screenTitle")
        const normalHeight = before.contentHeight
        Kiosk.largeText = true
        waitForRendering(normal.contentItem)
        const after = findChild(normal, "screenTitle")
        verify(after.contentHeight > normalHeight * 1.2, normalHeight + " -> " + after.contentHeight)
        verify(after.truncated === false)
    }

    // Large text: the language buttons on the first screen grow their names and do not get
    // shorter, and all thirteen stay on one screen without scrolling.
    function test_largeTextLanguageButtons() {
        const main = openScreen("fr", "home")
        const buttonsOf = () => Kiosk.languages.rowCount() > 0 ? [...Array(Kiosk.languages.rowCount()).keys()].map(
                                    row => findChild(main.currentScreen, "language-" + Kiosk.languages.data(Kiosk.languages.index(row, 0), Qt.UserRole + 1)))
                                : []
        const normal = buttonsOf()
        verify(normal.length >= 13)
        const normalHeight = normal[0].height
        const normalFont = normal[0].font.pixelSize
        Kiosk.largeText = true
        waitForRendering(main.contentItem)
        const large = buttonsOf()
        verify(large[0].height >= normalHeight - 1, normalHeight + " -> " + large[0].height)
        verify(large[0].font.pixelSize > normalFont)
        const last = large[large.length - 1]
        verify(last.mapToItem(null, 0, last.height).y <= main.height, "the last language is below the screen")
    }

    // On a small panel (720×1280) with large text and voice mode, the first screen does not hold
    // everything: it scrolls, says more is below until its end, and every language keeps a
    // touch target's height (none hides in a list of no height). On the kiosk's own screen all
    // of it fits, and no hint shows.
    function test_homeSaysMoreLanguagesBelow() {
        Kiosk.largeText = true
        Voice.mode = true
        const small = createTemporaryObject(mainComponent, testCase, {width: 720, height: 1280})
        verify(small.showScreen("home"))
        waitForRendering(small.contentItem)
        const page = findChild(small.currentScreen, "homePage")
        verify(page.contentHeight > page.height, "the fixture no longer overflows: " + page.contentHeight + " in " + page.height)
        const hint = findChild(page, "moreBelow")
        verify(hint.visible)
        const last = findChild(small.currentScreen, "language-ti")
        verify(last.height >= Theme.touchTarget, "a language button " + last.height + " high")
        page.contentY = page.contentHeight - page.height
        tryVerify(() => !hint.visible)
        const bottom = last.mapToItem(page, 0, last.height).y
        verify(bottom <= page.height + 1, "the last language ends at " + bottom + " of " + page.height)
        Kiosk.largeText = false
        Voice.mode = false
        const main = openScreen("fr", "home")
        const fits = findChild(main.currentScreen, "homePage")
        verify(!fits.interactive)
        verify(!findChild(fits, "moreBelow").visible)
    }

    // Voice mode's bar on a 720 px panel: every control shown whole (a second row), none cut off
    // at the edge; on the kiosk's 1080 px screen they stay on one row.
    function test_speechBarFitsTheWidth_data() {
        return [{tag: "720", width: 720, rows: 2}, {tag: "1080", width: 1080, rows: 1}]
    }

    function test_speechBarFitsTheWidth(data) {
        Voice.mode = true
        const main = createTemporaryObject(mainComponent, testCase, {width: data.width, height: 1280})
        Kiosk.setLanguage("ar") // with "also in French": nine controls
        verify(main.showScreen("menu"))
        waitForRendering(main.contentItem)
        const names = ["again", "slower", "faster", "pause", "stop", "quieter", "louder", "alsoFrench"]
        const buttons = names.map(name => findChild(main.contentItem, name))
        const bar = buttons[0].parent.parent
        const rows = new Set()
        for (let i = 0; i < buttons.length; ++i) {
            const b = buttons[i]
            verify(b.visible, names[i] + " is not shown")
            const left = b.mapToItem(bar, 0, 0).x
            verify(left >= 0 && left + b.width <= bar.width, names[i] + " at " + left + " in a bar " + bar.width + " wide")
            rows.add(Math.round(b.mapToItem(bar, 0, 0).y))
        }
        compare(rows.size, data.rows)
        verify(bar.height >= data.rows * buttons[0].height, "a bar " + bar.height + " high")
        Voice.mode = false
    }

    // Tigrinya's small texts (subtitles, category labels) are larger than Latin ones.
    function test_ethiopicSmallTextsLarger() {
        Kiosk.setLanguage("fr")
        const latin = Theme.fontSmall
        Kiosk.setLanguage("ti")
        verify(Theme.fontSmall >= latin * 1.2, latin + " / " + Theme.fontSmall)
    }
}
