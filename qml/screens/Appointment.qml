// SPDX-License-Identifier: GPL-3.0-or-later
// Not `pragma ComponentBehavior: Bound`: Qt 6.4's Loader refuses a bound component declared in
// the same file ("Cannot instantiate bound component outside its creation context").
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// Booking an appointment: the step the Booking controller is at (service, when, office, day,
// time, phone, confirm, name, done, failed), one file each. "Back" goes back the way the
// visitor came, and from the first step to the menu. Leaving the screen, by any way, forgets
// the booking in progress. No "step N of M": the path depends on the visitor's choices, and a
// screen read aloud says only what is needed to act.
Screen {
    id: root

    // Without a server there is nothing to choose: the screen says so and gives a phone number.
    readonly property string step: Booking.available ? Booking.step : "failed"
    readonly property bool busy: Booking.busy
    readonly property var result: Booking.result

    signal homeRequested()
    signal menuRequested()

    function back(): bool {
        const leaving = root.step === "done" || root.step === "failed"
        if ((Booking.canGoBack && !leaving) || (root.step === "failed" && root.result.reason === "taken")) {
            Booking.back()
            return true
        }
        return false // the first step, the confirmation, or no booking possible: back to the menu
    }

    function titleFor(step: string): string {
        switch (step) {
        //: Title of the first booking step
        case "service": return qsTr("What is the appointment for?")
        //: Title of the booking step where the visitor chooses an office
        case "office": return qsTr("Where?")
        //: Title of the booking step with the next free times
        case "when": return qsTr("When can you come?")
        case "day": return qsTr("Which day?")
        case "time": return qsTr("At what time?")
        case "phone": return qsTr("Your phone number")
        case "name": return qsTr("Your name")
        case "confirm": return qsTr("Is this right?")
        case "done": return qsTr("Your appointment")
        }
        //: Title of the booking screens, e.g. when booking is not possible
        return qsTr("Book an appointment")
    }

    function componentFor(step: string): Component {
        switch (step) {
        case "service": return serviceStep
        case "office": return officeStep
        case "when": return whenStep
        case "day": return dayStep
        case "time": return timeStep
        case "phone": return phoneStep
        case "name": return nameStep
        case "confirm": return confirmStep
        case "done": return doneStep
        }
        return failedStep
    }

    objectName: "appointment"
    title: root.titleFor(root.step)

    Component.onCompleted: Booking.start()
    // Home, back, another language or the idle reset: nothing typed outlives the screen.
    Component.onDestruction: Booking.reset()
    // In voice mode each step is read as a new screen would be, once its list has come (not
    // "one moment" and then again). The first reading of a step says its title; a step read
    // again because the visitor answered on it (the phone step's question) does not.
    property bool titleSaid: false

    onStepChanged: {
        root.titleSaid = false
        if (Voice.mode)
            readAgain.restart()
    }
    onBusyChanged: if (Voice.mode && !root.busy) readAgain.restart()

    Timer {
        id: readAgain

        interval: 50
        onTriggered: {
            if (root.busy)
                return // read when the answer comes (onBusyChanged)
            if (root.titleSaid)
                Voice.readScreen(content.item)
            else
                Voice.readScreen(root)
            root.titleSaid = true
        }
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Loader {
            id: content

            enabled: !root.busy
            sourceComponent: root.componentFor(root.step)
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
    // The last steps lead out of the screen (without the pragma, qmllint rejects `root` inside
    // the components below as an unqualified access).
    Connections {
        target: content.item
        ignoreUnknownSignals: true

        function onFinished() {
            Booking.reset()
            root.homeRequested()
        }

        function onMenuRequested() {
            root.menuRequested()
        }

        function onReadRequested() {
            if (Voice.mode)
                readAgain.restart()
        }
    }
    BusyNote {
        objectName: "busy"
        anchors.fill: parent
        visible: root.busy
        //: Shown while the kiosk waits for the booking server (a few seconds at most)
        text: qsTr("One moment, please…")
    }

    Component {
        id: serviceStep

        BookingService {}
    }
    Component {
        id: officeStep

        BookingOffice {}
    }
    Component {
        id: whenStep

        BookingWhen {}
    }
    Component {
        id: dayStep

        BookingDay {}
    }
    Component {
        id: timeStep

        BookingTime {}
    }
    Component {
        id: phoneStep

        BookingPhone {}
    }
    Component {
        id: nameStep

        BookingName {}
    }
    Component {
        id: confirmStep

        BookingConfirm {}
    }
    Component {
        id: doneStep

        BookingDone {}
    }
    Component {
        id: failedStep

        BookingFailed {}
    }
}
