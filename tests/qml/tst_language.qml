// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Guichet

// Switching language updates every text in place: same window, same screen, no restart.
TestCase {
    id: testCase

    name: "LanguageSwitch"
    when: windowShown

    Component {
        id: mainComponent

        Main {}
    }

    SignalSpy {
        id: languageSpy

        target: Kiosk
        signalName: "languageChanged"
    }

    function init() {
        Kiosk.resetSession()
        languageSpy.clear()
    }

    function test_switchInPlace() {
        const main = createTemporaryObject(mainComponent, testCase)
        verify(main.showScreen("programme-page"))
        const screen = main.currentScreen
        const frenchTitle = screen.title
        const frenchPage = Kiosk.programme.data(Kiosk.programme.index(0, 0), Qt.DisplayRole)

        Kiosk.setLanguage("nl")
        compare(languageSpy.count, 1)
        compare(main.currentScreen, screen)          // the same screen object, not a new one
        verify(screen.title !== frenchTitle)         // the chrome was retranslated (qsTr)
        verify(screen.title !== "The welcome programme")
        const dutchPage = Kiosk.programme.data(Kiosk.programme.index(0, 0), Qt.DisplayRole)
        verify(dutchPage !== frenchPage)             // the pack texts followed

        Kiosk.setLanguage("ar")
        compare(languageSpy.count, 2)
        compare(main.currentScreen, screen)
        compare(Theme.fontFamily, "Noto Naskh Arabic")
        verify(Kiosk.rtl)

        Kiosk.setLanguage("fr")
        compare(screen.title, frenchTitle)
    }

    function test_unknownLanguageChangesNothing() {
        Kiosk.setLanguage("fr")
        languageSpy.clear()
        ignoreWarning("language xx is not in the pack")
        Kiosk.setLanguage("xx")
        compare(Kiosk.language, "fr")
        compare(languageSpy.count, 0)
    }

    function test_everyLanguageHasItsOwnName() {
        const names = []
        for (let row = 0; row < Kiosk.languages.rowCount(); ++row)
            names.push(Kiosk.languages.data(Kiosk.languages.index(row, 0), Qt.DisplayRole))
        verify(names.indexOf("العربية") >= 0)
        verify(names.indexOf("ትግርኛ") >= 0)
        verify(names.indexOf("Français") >= 0)
        compare(names.length, Kiosk.languages.rowCount())
    }
}
