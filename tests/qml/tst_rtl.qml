// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Guichet
import "finger.js" as Finger

// Right-to-left languages mirror placement, not content: the help button changes side,
// phone numbers keep their order.
TestCase {
    id: testCase

    name: "RightToLeft"
    when: windowShown

    Component {
        id: mainComponent

        Main {}
    }

    function init() {
        Kiosk.resetSession()
    }

    Component {
        id: layoutComponent

        // Lays a text out as a label would, to ask where each character lands.
        TextEdit {
            width: 900
            wrapMode: TextEdit.Wrap
            textFormat: TextEdit.PlainText
            font.pixelSize: 30
            font.family: Theme.fontFamily
        }
    }

    // Where the character at `index` of `text` is drawn, from the left (bidi applied).
    function drawnX(text: string, index: int): real {
        const layout = createTemporaryObject(layoutComponent, testCase, {text: text})
        return layout.positionToRectangle(index).x
    }

    function sceneX(item: Item): real {
        return item.mapToItem(null, 0, 0).x
    }

    function test_layoutMirrors_data() {
        return [{tag: "ar", rtl: true}, {tag: "fa", rtl: true}, {tag: "ps", rtl: true},
                {tag: "fr", rtl: false}, {tag: "ti", rtl: false}]
    }

    function test_layoutMirrors(data) {
        const main = createTemporaryObject(mainComponent, testCase)
        Kiosk.setLanguage(data.tag)
        verify(main.showScreen("menu"))
        waitForRendering(main.contentItem)
        compare(Kiosk.rtl, data.rtl)
        const help = findChild(main.contentItem, "help")
        const back = findChild(main.contentItem, "back")
        verify(help !== null && back !== null)
        // Help sits at the end of the reading direction, back at its start.
        const helpOnLeft = sceneX(help) < main.width / 2
        const backOnLeft = sceneX(back) < main.width / 2
        compare(helpOnLeft, data.rtl)
        compare(backOnLeft, !data.rtl)
        compare(help.LayoutMirroring.enabled, data.rtl)
    }

    function test_phoneNumbersKeepTheirOrder() {
        Kiosk.setLanguage("ar")
        const phone = Kiosk.helpPhone
        // Left-to-right isolate around Latin digits: shown as +32 2 279 49 70 in any direction.
        compare(phone.charCodeAt(0), 0x2066)
        compare(phone.charCodeAt(phone.length - 1), 0x2069)
        verify(phone.indexOf("+32 2 279 49 70") > 0)
    }

    // As drawn, not only as stored: the menu's booking entry ends with the phone number, and
    // "+32" must stay on the left of "70" in every right-to-left language.
    function test_phoneNumberDrawnInOrder_data() {
        return [{tag: "ar"}, {tag: "fa"}, {tag: "ps"}]
    }

    function test_phoneNumberDrawnInOrder(data) {
        const main = createTemporaryObject(mainComponent, testCase)
        Kiosk.setLanguage(data.tag)
        verify(main.showScreen("menu"))
        const detail = main.currentScreen.cannotBook // what the entry says on a kiosk without a server
        const plus = detail.indexOf("+32")
        const end = detail.lastIndexOf("70")
        verify(plus >= 0 && end > plus, detail)
        // Cursor places inside the number, which bidi never splits: after "+", and after "7".
        verify(drawnX(detail, plus + 1) < drawnX(detail, end + 1), detail)
    }

    // "LGBTQI+" keeps its "+" after the term in Arabic and Persian, in the filter and the cards.
    function test_latinTermKeepsItsSymbol_data() {
        return [{tag: "ar"}, {tag: "fa"}]
    }

    function test_latinTermKeepsItsSymbol(data) {
        const main = createTemporaryObject(mainComponent, testCase)
        Kiosk.setLanguage(data.tag)
        verify(main.showScreen("organisations"))
        const chip = Finger.findAll(main.currentScreen, "categoryButton").find(b => b.text.indexOf("LGBTQI") >= 0)
        verify(chip !== undefined)
        for (const text of [chip.text, Kiosk.text("organisation.rainbow-house.description")]) {
            const term = text.indexOf("LGBTQI")
            // Cursor places after "L", after "I" and after "+": left to right as written.
            verify(drawnX(text, term + 1) < drawnX(text, term + 6), text)
            verify(drawnX(text, term + 6) < drawnX(text, term + 7), text)
            verify(text.charCodeAt(term + 7) === 0x200E, text) // the mark that ties "+" to the term // the mark that ties "+" to the term
        }
    }
}
