// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Guichet
import "finger.js" as Finger

// Booking an appointment on screen, through the real controller and the real guichet-server
// the harness starts: every step in French and in Arabic, a refused phone number shown and
// said, the confirmation with its booking number, and the idle reset in the middle of a booking.
TestCase {
    id: testCase

    name: "Booking"
    when: windowShown

    Component {
        id: mainComponent

        Main {}
    }

    function init() {
        Kiosk.resetSession()
    }

    // The button among `buttons` showing `text`, checked to be named as it reads.
    function buttonShowing(buttons, text) {
        const button = buttons.find(b => b.text === text)
        verify(button !== undefined, "no button shows \"" + text + "\"")
        verify(button.visible)
        verify(button.width >= 80 && button.height >= 80, text + " is too small to touch")
        return button
    }

    function openBooking(language: string): Item {
        const main = createTemporaryObject(mainComponent, testCase)
        Kiosk.setLanguage(language)
        verify(main.showScreen("booking"))
        compare(main.currentScreen.objectName, "appointment")
        compare(Booking.step, "service")
        waitForRendering(main.contentItem)
        return main
    }

    function step(main: Item, name: string): Item {
        tryVerify(() => !Booking.busy, 5000, "the server answered")
        compare(Booking.step, name)
        const item = findChild(main.currentScreen, name + "Step")
        verify(item !== null, "the " + name + " step is on screen")
        waitForRendering(main.contentItem)
        return item
    }

    // Service, then the first of the next free times at the kiosk's own office, by touch.
    function chooseUpToPhone(main: Item) {
        const services = Finger.findAll(step(main, "service"), "serviceButton")
        compare(services.length, Booking.services.length)
        const service = buttonShowing(services, Booking.services[0].name)
        verify(service.detail !== "")
        compare(service.Accessible.name, service.text + ". " + service.detail)
        compare(String(service.pictogram), String(Booking.services[0].pictogram))
        mouseClick(service)

        // No office step: the kiosk's own office (the pack's default) offers the service.
        const when = step(main, "when")
        compare(Booking.office.id, "bapa-bxl")
        verify(findChild(when, "whenOffice").text.indexOf(Booking.office.name) === 0)
        const soon = Finger.findAll(when, "soonButton")
        verify(Booking.soon.length > 0 && Booking.soon.length <= 4)
        compare(soon.length, Booking.soon.length)
        const first = buttonShowing(soon, Booking.soon[0].label)
        compare(first.Accessible.name, Booking.soon[0].label)
        compare(first.hour, Booking.soon[0].hour)
        verify(findChild(when, "otherDays").visible)
        verify(findChild(when, "otherOffice").visible)
        mouseClick(first)
        step(main, "phone")
    }

    function test_walk_data() {
        return [{tag: "fr", language: "fr", digits: "0470123456"},
                {tag: "ar", language: "ar", digits: "0470123456"}] // Latin, as every Arabic screen (docs/LANGUAGES.md)
    }

    function test_walk(data) {
        const main = openBooking(data.language)
        chooseUpToPhone(main)

        // A number too short: shown in red with its pictogram, and said aloud.
        const phoneStep = step(main, "phone")
        for (const key of ["1", "2", "3"])
            Booking.pressKey(key)
        compare(findChild(phoneStep, "phoneDisplay").text, "123")
        mouseClick(findChild(phoneStep, "phoneContinue"))
        compare(Booking.step, "phone")
        verify(Booking.phoneError !== "")
        const error = findChild(phoneStep, "phoneError")
        verify(error.visible)
        compare(Voice.lastRead, Booking.phoneError)

        // Erased on the keypad, then typed again: the keypad shows the visitor's digits.
        const erase = findChild(phoneStep, "key-erase")
        for (let i = 0; i < 3; ++i)
            mouseClick(erase)
        compare(Booking.phone, "")
        verify(!error.visible)
        const zero = findChild(phoneStep, "key-0")
        compare(zero.text, data.digits[0])
        mouseClick(zero)
        for (const key of data.digits.slice(1))
            Booking.pressKey(key)
        compare(Booking.phone, "0470 12 34 56")
        compare(findChild(phoneStep, "phoneDisplay").text, "0470 12 34 56")
        mouseClick(findChild(phoneStep, "phoneContinue"))

        // The name is optional, off the main path: "add my name" on the confirm step.
        let confirmStep = step(main, "confirm")
        mouseClick(findChild(confirmStep, "addName"))
        const nameStep = step(main, "name")
        verify(findChild(nameStep, "nameField").Accessible.name !== "")
        mouseClick(findChild(nameStep, "nameSkip"))
        compare(Booking.name, "")

        confirmStep = step(main, "confirm")
        const summary = Booking.summary
        compare(findChild(confirmStep, "summaryService").text, Booking.services[0].name)
        compare(findChild(confirmStep, "summaryDate").text, summary.date)
        compare(findChild(confirmStep, "summaryTime").text, summary.time)
        // The same pictures as the booked screen, the date as large as the time.
        compare(findChild(confirmStep, "calendarPage").day, summary.day)
        compare(findChild(confirmStep, "clockFace").hour, summary.hour)
        compare(findChild(confirmStep, "summaryDate").font.pixelSize, findChild(confirmStep, "summaryTime").font.pixelSize)
        compare(findChild(confirmStep, "summaryPhone").text, "0470 12 34 56")
        verify(!findChild(confirmStep, "summaryName").visible)
        // Read whole, the confirmation names the office; its address is said once booked.
        Voice.readScreen(main.currentScreen)
        verify(Voice.lastRead.indexOf(summary.office) > 0, Voice.lastRead)
        verify(Voice.lastRead.indexOf(summary.address) < 0, Voice.lastRead)
        const confirm = findChild(confirmStep, "confirmButton")
        compare(confirm.Accessible.name, confirm.text)
        mouseClick(confirm)

        const doneStep = step(main, "done")
        const result = Booking.result
        const code = findChild(doneStep, "bookingCode").text
        verify(/^[A-HJ-NP-Z][2-9]-[2-9]{4}$/.test(code), code)
        compare(code, result.code)
        compare(findChild(doneStep, "dateVisitor").text.indexOf(result.dateVisitor), 0)
        verify(findChild(doneStep, "dateVisitor").text.indexOf(result.timeVisitor) > 0)
        const french = findChild(doneStep, "dateFrench")
        compare(french.visible, data.language !== "fr")
        verify(french.text.indexOf(result.dateFrench) > 0)
        compare(findChild(doneStep, "calendarPage").day, String(result.day))
        compare(findChild(doneStep, "calendarPage").month, result.month)
        // The picture in the visitor's words: "ديسمبر / الاثنين" in Arabic, not "déc. / lundi".
        const arabicScript = /[\u0600-\u06FF]/
        compare(arabicScript.test(result.month), data.language === "ar")
        compare(arabicScript.test(findChild(doneStep, "calendarPage").weekday), data.language === "ar")
        compare(findChild(doneStep, "clockFace").hour, result.hour)
        compare(findChild(doneStep, "clockFace").minute, result.minute)
        verify(result.qrSize > 20)
        compare(findChild(doneStep, "qrCode").modules, result.qrSize)
        compare(findChild(doneStep, "qrCode").path, result.qrPath)
        compare(findChild(doneStep, "printButton").visible, Booking.canPrint)
        verify(findChild(doneStep, "doneOffice").text.indexOf(result.officeName) === 0)
        compare(findChild(doneStep, "offlineNote").visible, result.offline)

        // The address is said on "again" (and on a touch), after what the visitor must keep.
        Voice.readScreen(main.currentScreen)
        verify(Voice.lastRead.indexOf(result.officeAddress.split("\n")[0]) < 0, Voice.lastRead)
        verify(doneStep.againReading.indexOf(result.officeAddress.split("\n")[0]) > 0, doneStep.againReading)
        mouseClick(findChild(doneStep, "finishButton"))
        verify(main.atHome)
        compare(Booking.step, "service")
        compare(Booking.result.code, undefined)
    }

    function test_rightToLeft() {
        const main = openBooking("ar")
        verify(main.currentScreen.title !== "What is the appointment for?")
        // Placement mirrors: the first service is on the right.
        const first = buttonShowing(Finger.findAll(main.currentScreen, "serviceButton"), Booking.services[0].name)
        verify(first.mapToItem(null, 0, 0).x > main.width / 2)
        mouseClick(first)
        mouseClick(Finger.findAll(step(main, "when"), "soonButton")[0])
        // The keypad does not: 1 2 3 read left to right, as on every phone.
        const phoneStep = step(main, "phone")
        const one = findChild(phoneStep, "key-1")
        const three = findChild(phoneStep, "key-3")
        verify(one.mapToItem(null, 0, 0).x < three.mapToItem(null, 0, 0).x)
        compare(three.text, "3") // Latin digits, as every number on an Arabic screen
    }

    // Touches the window where a finger would, not an object.
    function touchAt(main: Item, at: point) {
        mouseClick(main.contentItem, at.x, at.y)
    }

    // Voice mode: a first touch reads a choice and a second at the same place makes it, and
    // each new step is read as a new screen would be, starting with its title.
    function test_voiceReadsEachStep() {
        const main = openBooking("fr")
        Voice.mode = true
        const service = Finger.findAll(step(main, "service"), "serviceButton")[0]
        const at = Finger.centreOf(main, service)
        touchAt(main, at)
        compare(Booking.step, "service")
        compare(Voice.armed, service)
        touchAt(main, at)
        const when = step(main, "when")
        // Read once the times have come (the first reading says "one moment").
        tryVerify(() => Voice.lastRead.startsWith(main.currentScreen.title) && Voice.lastRead.indexOf(Booking.soon[0].label) > 0, 3000,
                  Voice.lastRead)
        verify(Voice.lastRead.indexOf(findChild(when, "otherDays").text) > 0, Voice.lastRead)
        // No "step N of M" is shown or said.
        verify(findChild(main.currentScreen, "stepProgress") === null)
        verify(Voice.lastRead.indexOf("Étape") < 0, Voice.lastRead)
    }

    // A screen read whole says what there is to choose, in seconds: titles without details,
    // the first free day, no keypad keys. A touch on a choice then says it in full.
    function test_voiceReadsAScreenShortAndAChoiceInFull() {
        const main = openBooking("fr")
        Voice.mode = true
        const first = Booking.services[0]
        const description = Kiosk.text("service." + first.id + ".description")
        verify(description.length > 0)
        Voice.readScreen(main.currentScreen)
        verify(Voice.lastRead.indexOf(first.name) > 0, Voice.lastRead)
        verify(Voice.lastRead.indexOf(description) < 0, Voice.lastRead)
        mouseClick(Finger.findAll(step(main, "service"), "serviceButton")[0])
        verify(Voice.lastRead.indexOf(description) > 0, Voice.lastRead)

        Booking.chooseService(first.id)
        step(main, "when")
        Booking.otherDays()
        step(main, "day")
        verify(Booking.days.length > 1)
        Voice.readScreen(main.currentScreen)
        verify(Voice.lastRead.indexOf("Premier jour libre : " + Booking.days[0].label) > 0, Voice.lastRead)
        verify(Voice.lastRead.indexOf(Booking.days[1].label) < 0, Voice.lastRead)

        Booking.chooseDay(Booking.days[0].date)
        step(main, "time")
        Booking.chooseTime(Booking.times[0].slot)
        Booking.setSayAloud(true)
        const phone = step(main, "phone")
        Voice.readScreen(main.currentScreen)
        verify(Voice.lastRead.startsWith(main.currentScreen.title), Voice.lastRead)
        verify(Voice.lastRead.indexOf(findChild(phone, "key-erase").Accessible.name) < 0, Voice.lastRead)
    }

    // "Other days" opens the calendar and then that day's times; "another office" the offices,
    // whose choice gives that office's next free times. Back retraces the visitor's way.
    function test_otherDaysAndAnotherOffice() {
        const main = openBooking("fr")
        mouseClick(Finger.findAll(step(main, "service"), "serviceButton")[0])
        mouseClick(findChild(step(main, "when"), "otherDays"))
        const days = Finger.findAll(step(main, "day"), "dayButton")
        compare(days.length, Booking.days.length)
        mouseClick(days[days.length - 1])
        const times = Finger.findAll(step(main, "time"), "timeButton")
        verify(times.length > 0)
        main.goBack()
        step(main, "day")
        main.goBack()
        step(main, "when")

        mouseClick(findChild(step(main, "when"), "otherOffice"))
        const offices = Finger.findAll(step(main, "office"), "officeButton")
        const other = offices.find(o => o.text !== Booking.office.name)
        verify(other !== undefined)
        const otherName = other.text
        mouseClick(other)
        step(main, "when")
        compare(Booking.office.name, otherName)
        verify(Booking.soon.length > 0)
        main.goBack()
        step(main, "office")
        main.goBack()
        step(main, "when")
        main.goBack()
        step(main, "service")
        compare(Booking.canGoBack, false)
    }

    // Voice mode asks once, before the keypad, whether the number may be said aloud. "No": each
    // key says only its place, nothing of the number is read with a screen, the confirmation
    // reads neither number nor name, and "hear my number" still says it on request.
    function test_privacySilent() {
        const main = openBooking("fr")
        Voice.mode = true
        Booking.chooseService(Booking.services[0].id)
        step(main, "when")
        Booking.chooseTime(Booking.soon[0].slot)
        let phone = step(main, "phone")
        const question = findChild(phone, "privacyQuestion")
        verify(question.visible)
        verify(!findChild(phone, "key-4").visible)
        tryVerify(() => Voice.lastRead.indexOf(question.text) >= 0, 3000)
        const silent = findChild(phone, "privacySilent")
        verify(findChild(phone, "privacyAloud").visible && silent.visible)
        mouseClick(silent) // acts on the first touch
        compare(Booking.sayAloud, "no")
        verify(!question.visible)
        const four = findChild(phone, "key-4")
        verify(four.visible)
        waitForRendering(main.contentItem)
        for (const key of "0470")
            mouseClick(findChild(phone, "key-" + key))
        compare(Booking.phone, "0470")
        compare(Voice.lastRead, "chiffre 4 sur 10")
        for (const key of "123456")
            Booking.pressKey(key)
        Voice.readScreen(main.currentScreen)
        verify(Voice.lastRead.indexOf("0 4 7 0") < 0, Voice.lastRead)
        verify(Voice.lastRead.indexOf("0470") < 0, Voice.lastRead)
        const hear = findChild(phone, "hearNumber")
        verify(hear.visible)
        mouseClick(hear)
        compare(Voice.lastRead, "0 4 7 0, 1 2, 3 4, 5 6")

        Booking.acceptPhone()
        let confirm = step(main, "confirm")
        Booking.addName()
        const name = step(main, "name")
        // The step is read as it opens (after a short timer): let that happen before typing, or
        // on a busy machine it lands after the letter.
        tryVerify(() => Voice.lastRead.startsWith("Votre nom"), 3000, Voice.lastRead)
        const field = findChild(name, "nameField")
        field.forceActiveFocus()
        keyClick(Qt.Key_A)
        compare(Booking.name, "a")
        compare(Voice.lastRead, "lettre 1")
        Booking.name = "Amina"
        Booking.acceptName()
        confirm = step(main, "confirm")
        verify(findChild(confirm, "summaryName").visible)
        Voice.readScreen(main.currentScreen)
        verify(Voice.lastRead.indexOf(Booking.summary.office) > 0, Voice.lastRead)
        verify(Voice.lastRead.indexOf("Amina") < 0, Voice.lastRead)
        verify(Voice.lastRead.indexOf("0470") < 0, Voice.lastRead)
    }

    // "Yes": the digits are said as typed, and the confirmation reads the number.
    function test_privacyAloud() {
        const main = openBooking("ar")
        Voice.mode = true
        Booking.chooseService(Booking.services[0].id)
        step(main, "when")
        Booking.chooseTime(Booking.soon[0].slot)
        const phone = step(main, "phone")
        mouseClick(findChild(phone, "privacyAloud"))
        compare(Booking.sayAloud, "yes")
        waitForRendering(main.contentItem)
        mouseClick(findChild(phone, "key-7"))
        compare(Voice.lastRead, "7")
        for (const key of "0470123456")
            Booking.pressKey(key)
        Booking.erase()
        Booking.erase()
        Booking.erase()
        Booking.erase()
        Booking.erase()
        Booking.erase()
        Booking.erase()
        Booking.erase()
        Booking.erase()
        Booking.erase()
        Booking.erase()
        compare(Booking.phone, "")
        for (const key of "0470123456")
            Booking.pressKey(key)
        // "Hear my number" sits beside the number, on its left in Arabic, never over it.
        waitForRendering(main.contentItem)
        const display = findChild(phone, "phoneDisplay")
        const hear = findChild(phone, "hearNumber")
        verify(hear.visible)
        // The number's whole box, not only today's digits: a longer number must not slide under it.
        const displayLeft = display.mapToItem(null, 0, 0).x
        const hearLeft = hear.mapToItem(null, 0, 0).x
        verify(hearLeft + hear.width <= displayLeft || hearLeft >= displayLeft + display.width,
               "the button covers the number: " + hearLeft + "+" + hear.width + " over " + displayLeft + "+" + display.width)
        Booking.acceptPhone()
        step(main, "confirm")
        Voice.readScreen(main.currentScreen)
        verify(Voice.lastRead.indexOf("0470 12 34 56") > 0, Voice.lastRead)
    }

    // Outside voice mode nothing is asked: the keypad is there at once, and says nothing.
    function test_noQuestionOutsideVoiceMode() {
        const main = openBooking("fr")
        Booking.chooseService(Booking.services[0].id)
        step(main, "when")
        Booking.chooseTime(Booking.soon[0].slot)
        const phone = step(main, "phone")
        verify(!findChild(phone, "privacyQuestion").visible)
        verify(findChild(phone, "key-4").visible)
        verify(!findChild(phone, "hearNumber").visible)
    }

    // The booked screen says the code first, sign by sign and twice, then the day and time;
    // "again" adds the service, the office, its address and phone.
    function test_bookedScreenSaysTheCodeTwiceFirst() {
        const main = openBooking("fr")
        const done = bookFirstTime(main)
        const result = Booking.result
        const spokenCode = result.code.replace("-", ",").split("").join(" ")
        Voice.mode = true
        Voice.readScreen(main.currentScreen)
        const said = Voice.lastRead
        const firstCode = said.indexOf(spokenCode)
        verify(firstCode > 0, said)
        const secondCode = said.indexOf(spokenCode, firstCode + spokenCode.length)
        verify(secondCode > firstCode, said)
        verify(said.indexOf(result.dateVisitor) > secondCode, said)
        verify(said.indexOf(result.timeVisitor) > secondCode, said)
        verify(said.indexOf(result.officeAddress.split("\n")[0]) < 0, said)
        verify(said.indexOf(result.dateFrench) < 0 || Kiosk.language === "fr", said)
        const again = done.againReading
        verify(again.indexOf(said) === 0 || again.indexOf(spokenCode) >= 0, again)
        verify(again.indexOf(result.serviceName) > 0, again)
        verify(again.indexOf(result.officeAddress.split("\n")[0]) > 0, again)
        verify(again.indexOf(result.officePhone) > 0, again)
    }

    function bookFirstTime(main: Item): Item {
        Booking.chooseService(Booking.services[0].id)
        step(main, "when")
        Booking.chooseTime(Booking.soon[0].slot)
        step(main, "phone")
        for (const key of "0470123456")
            Booking.pressKey(key)
        Booking.acceptPhone()
        step(main, "confirm")
        Booking.confirm()
        return step(main, "done")
    }

    // Entirely inside the screen, above the voice's caption and bar.
    function onScreen(main: Item, button: Item): bool {
        const top = button.mapToItem(main.currentScreen, 0, 0).y
        return button.visible && top >= 0 && top + button.height <= main.currentScreen.height
    }

    // "Book this appointment" and "Finished" are always on screen, under the voice's caption
    // and bar, in Arabic with large text too: the page above them scrolls, and shows it.
    function test_finishedAlwaysVisible_data() {
        return [{tag: "fr voice", language: "fr", large: false}, {tag: "ar voice large", language: "ar", large: true}]
    }

    function test_finishedAlwaysVisible(data) {
        const main = openBooking(data.language)
        Voice.mode = true
        Kiosk.largeText = data.large
        Booking.chooseService(Booking.services[0].id)
        step(main, "when")
        Booking.chooseTime(Booking.soon[0].slot)
        step(main, "phone")
        Booking.setSayAloud(false)
        for (const key of "0470123456")
            Booking.pressKey(key)
        Booking.acceptPhone()
        const confirm = step(main, "confirm")
        verify(onScreen(main, findChild(confirm, "confirmButton")), "Book this appointment is off screen")
        Booking.confirm()
        const done = step(main, "done")
        waitForRendering(main.contentItem)
        verify(onScreen(main, findChild(done, "finishButton")), "Finished is off screen")
        const office = findChild(done, "doneOffice")
        const page = Finger.flickableOf(office)
        verify(page !== null)
        if (page.contentHeight > page.height) // what does not fit shows that it scrolls
            verify(findChild(page, "moreBelow").visible)
    }

    // The ticket is printed as the booked screen opens, and voice mode then says "take your
    // ticket"; a printer that fails is shown and said, in any mode (EN 301 549 5.1.3.16).
    function test_ticketPrintedOrFailureSaid() {
        const printer = Booking.printer
        verify(printer.startsWith("pdf:"))
        let main = openBooking("fr")
        Voice.mode = true
        let done = bookFirstTime(main)
        verify(!findChild(done, "printFailed").visible)
        tryVerify(() => Voice.lastRead.indexOf("Prenez votre ticket.") > 0, 3000, Voice.lastRead)

        Booking.printer = printer + "/missing/directory"
        try {
            main = openBooking("fr")
            Voice.mode = false
            done = bookFirstTime(main)
            const failed = findChild(done, "printFailed")
            verify(failed.visible)
            compare(Voice.lastRead, failed.text)
        } finally {
            Booking.printer = printer
        }
    }

    function test_backFromTheFirstStepReturnsToTheMenu() {
        const main = openBooking("fr")
        mouseClick(Finger.findAll(main.currentScreen, "serviceButton")[0])
        step(main, "when")
        main.goBack()
        step(main, "service")
        main.goBack()
        verify(findChild(main.currentScreen, "bookingEntry") !== null)
    }

    function test_idleResetForgetsTheBooking() {
        const main = openBooking("fr")
        chooseUpToPhone(main)
        for (const key of "0470123456")
            Booking.pressKey(key)
        compare(Booking.phone, "0470 12 34 56")
        Booking.name = "Amina"
        Kiosk.resetSession()
        verify(main.atHome)
        compare(Booking.step, "service")
        compare(Booking.phone, "")
        compare(Booking.name, "")
    }
}
