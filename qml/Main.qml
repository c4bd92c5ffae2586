// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// The kiosk's window: top bar (back, home, title, help), the screen stack, the mode bar, and
// the idle and help dialogs. Right-to-left languages mirror the whole layout from here.
ApplicationWindow {
    id: root

    // Every screen the self-test and screenshots visit, in the order a visitor meets them.
    readonly property list<string> screenNames: ["home", "menu", "programme", "programme-page", "offices",
        "office", "organisations", "eligibility", "eligibility-outcome", "booking", "help", "idle"]
    // `stack.currentItem as Screen` gives null in Qt 6.4 (seen here): keep it untyped.
    readonly property var currentScreen: stack.currentItem
    readonly property bool atHome: stack.depth <= 1
    readonly property bool nameStep: Booking.step === "name"
    property bool keyboardWanted: false
    // The keypad's navigator (tests follow its focus).
    readonly property alias keyNavigator: keys

    onNameStepChanged: if (root.nameStep) root.keyboardWanted = true

    function goHome() {
        helpDialog.close()
        stack.pop(null, StackView.Immediate)
    }

    // The end of a visit (home, or "finished" after a booking): the voice's mode, speed and
    // volume return to their defaults for the next person (EN 301 549 5.1.3.13).
    function endVisit() {
        Voice.endVisit()
        root.goHome()
    }

    function goBack() {
        if (root.currentScreen && root.currentScreen.back())
            return
        stack.pop()
    }

    // The visitor's language to return to after "Also in French", or empty.
    property string returnFromFrench

    function readCurrentScreen() {
        if (Voice.mode && root.currentScreen)
            Voice.readScreen(root.currentScreen)
    }

    // Shows and says the screen in French, then returns to the visitor's language.
    function alsoInFrench() {
        const language = Kiosk.language
        Kiosk.setLanguage("fr")
        Voice.readScreen(root.currentScreen)
        root.returnFromFrench = language
    }

    function push(component: Component, properties: var): Item {
        return stack.push(component, properties, StackView.Immediate)
    }

    // Shows a screen by name, from home, as a visitor would reach it (self-test, screenshots).
    function showScreen(name: string): bool {
        root.goHome()
        idleDialog.close()
        switch (name) {
        case "home": return true
        case "menu": return root.push(menuScreen, {}) !== null
        case "programme": return root.push(programmeScreen, {}) !== null
        case "programme-page": return root.push(programmePageScreen, {index: 0}) !== null
        case "offices": return root.push(officesScreen, {}) !== null
        case "office": return root.push(officeScreen, {index: 0}) !== null
        case "organisations": return root.push(organisationsScreen, {}) !== null
        case "eligibility": return root.push(eligibilityScreen, {}) !== null
        case "eligibility-outcome": {
            const screen = root.push(eligibilityScreen, {})
            screen.controller.answer(false)
            return screen.controller.finished
        }
        case "booking":
            // From the menu, so that back from the first step returns to it. Without a server
            // the screen says that booking is not possible here and gives a phone number.
            root.push(menuScreen, {})
            return root.push(appointmentScreen, {}) !== null
        case "help":
            root.push(menuScreen, {})
            helpDialog.open()
            return true
        case "idle":
            root.push(menuScreen, {})
            idleDialog.open()
            return true
        }
        return false
    }

    width: 1080
    height: 1920
    visible: true
    //: Window title; the name of the kiosk
    title: qsTr("Guichet")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.fontBody

    Connections {
        target: Kiosk

        function onSessionReset() {
            idleDialog.close()
            Booking.reset()
            root.goHome()
        }
    }
    Connections {
        target: Kiosk.idle

        function onCountingChanged() {
            if (Kiosk.idle.counting)
                idleDialog.open()
            else
                idleDialog.close()
        }
    }
    Connections {
        target: stack

        function onCurrentItemChanged() {
            readTimer.restart()
        }
    }
    Connections {
        target: Voice

        function onSpeakingChanged() {
            if (!Voice.speaking && root.returnFromFrench !== "") {
                Kiosk.setLanguage(root.returnFromFrench)
                root.returnFromFrench = ""
            }
        }
    }
    // Only a session in use can time out: an untouched home screen has nothing to forget.
    // Speech being heard is activity: nobody is reset in the middle of a long reading.
    Binding {
        target: Kiosk.idle
        property: "holding"
        value: Voice.speaking && !Voice.paused
    }
    Binding {
        target: Kiosk.idle
        property: "armed"
        value: !root.atHome || Kiosk.language !== Kiosk.defaultLanguage || Kiosk.largeText || Kiosk.highContrast
               || Voice.mode
    }

    Item {
        id: frame

        anchors.fill: parent
        // The screen ends where the on-screen keyboard begins, so nothing hides behind it.
        anchors.bottomMargin: Kiosk.keyboardHeight
        // Behind an open dialog nothing answers, not even a screen reader's Press; nor while a
        // booking waits for the server (3 s at most), so that home or back cannot lose its answer.
        enabled: !helpDialog.opened && !idleDialog.opened && !Booking.busy
        LayoutMirroring.enabled: Kiosk.rtl
        LayoutMirroring.childrenInherit: true

        ColumnLayout {
            anchors.fill: parent
            spacing: 0

            TopBar {
                title: root.currentScreen ? root.currentScreen.title : ""
                atHome: root.atHome
                Layout.fillWidth: true
                onBackRequested: root.goBack()
                onHomeRequested: root.endVisit()
                onHelpRequested: helpDialog.open()
            }
            StackView {
                id: stack

                initialItem: homeScreen
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
            Caption {
                // Its place is kept whatever is said: nothing moves between a touch that
                // hears a control and the touch that chooses it.
                visible: Voice.mode
                Layout.fillWidth: true
            }
            SpeechBar {
                visible: Voice.mode
                Layout.fillWidth: true
                onAlsoInFrenchRequested: root.alsoInFrench()
            }
            ModeBar {
                atHome: root.atHome
                Layout.fillWidth: true
                onLanguageRequested: root.goHome()
            }
        }
    }

    HoldToHear {
        window: root
    }
    // A keypad or keyboard reaches every control (EN 301 549 5.1.6).
    KeyNavigator {
        id: keys

        window: root
        start: root.currentScreen
        onBackRequested: {
            if (helpDialog.opened)
                helpDialog.close()
            else if (!root.atHome)
                root.goBack()
        }
    }
    // Reads a screen once it is laid out, after the stack changed.
    Timer {
        id: readTimer

        interval: 50
        onTriggered: root.readCurrentScreen()
    }
    // The on-screen keyboard, when the kiosk runs with it (main.cpp sets QT_IM_MODULE).
    Loader {
        width: root.width // not its height: the panel keeps its own and slides in from below
        // Built when the name step first opens (the only text field), not at start-up: the
        // keyboard is a large tree, and most visitors never type a letter.
        active: Kiosk.virtualKeyboard && root.keyboardWanted
        source: "components/KeyboardPanel.qml"
        z: 1000
    }
    IdleDialog {
        id: idleDialog
    }
    HelpDialog {
        id: helpDialog
    }

    Component {
        id: homeScreen

        Home {
            onLanguageChosen: code => {
                Kiosk.setLanguage(code)
                root.push(menuScreen, {})
            }
        }
    }
    Component {
        id: menuScreen

        Menu {
            onProgrammeRequested: root.push(programmeScreen, {})
            onOfficesRequested: root.push(officesScreen, {})
            onOrganisationsRequested: root.push(organisationsScreen, {})
            onEligibilityRequested: root.push(eligibilityScreen, {})
            onBookingRequested: root.push(appointmentScreen, {})
        }
    }
    Component {
        id: programmeScreen

        Programme {
            onPageRequested: index => root.push(programmePageScreen, {index: index})
        }
    }
    Component {
        id: programmePageScreen

        ProgrammePage {}
    }
    Component {
        id: officesScreen

        Offices {
            onOfficeRequested: index => root.push(officeScreen, {index: index})
        }
    }
    Component {
        id: officeScreen

        OfficeDetail {}
    }
    Component {
        id: organisationsScreen

        Organisations {}
    }
    Component {
        id: appointmentScreen

        Appointment {
            onHomeRequested: root.endVisit()
            onMenuRequested: stack.pop()
        }
    }
    Component {
        id: eligibilityScreen

        Eligibility {
            onOfficesRequested: root.push(officesScreen, {})
            onOrganisationsRequested: root.push(organisationsScreen, {})
        }
    }
}
