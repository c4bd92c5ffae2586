// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Guichet

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
}
