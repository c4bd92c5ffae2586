// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Guichet

// Each screen a visitor reaches: the office's open-now indicator, the category filter,
// and the eligibility check from first question to outcome.
TestCase {
    id: testCase

    name: "Screens"
    when: windowShown

    Component {
        id: mainComponent

        Main {}
    }

    function init() {
        Kiosk.resetSession()
    }

    function test_officesShowOpenNow() {
        // The harness freezes the clock on Thursday 26 November 2026, 18:30 in Brussels (school term).
        const offices = Kiosk.offices
        const row = offices.index(0, 0)
        compare(offices.data(row, Qt.DisplayRole), "BAPA BXL")
        // Roles by number: OfficeModel::OpenRole and StatusRole.
        verify(offices.data(row, Qt.UserRole + 6))
        verify(offices.data(row, Qt.UserRole + 7).indexOf("20:00") > 0)
    }

    function test_categoryFilter() {
        const model = Kiosk.organisations
        const all = model.rowCount()
        verify(all >= 15)
        model.category = "lgbtqi"
        verify(model.rowCount() > 0 && model.rowCount() < all)
        model.category = ""
        compare(model.rowCount(), all)
    }

    function test_eligibilityToOutcome() {
        const main = createTemporaryObject(mainComponent, testCase)
        verify(main.showScreen("eligibility"))
        const screen = main.currentScreen
        const yes = findChild(screen, "yes")
        verify(yes !== null)
        for (let i = 0; i < screen.controller.stepCount; ++i) {
            verify(!screen.controller.finished)
            mouseClick(yes)
        }
        verify(screen.controller.finished)
        verify(screen.controller.eligible)
        verify(screen.controller.outcomeNext !== "")
        verify(main.currentScreen.back())   // back goes to the last question, not out
        verify(!screen.controller.finished)
    }
}
