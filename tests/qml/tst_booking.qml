// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Guichet

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

    // Every item named `name` under `item`, in the order they were made (delegates of a list).
    function findAll(item, name) {
        let found = []
        for (let i = 0; i < item.children.length; ++i) {
            const child = item.children[i]
            if (child.objectName === name)
                found.push(child)
            found = found.concat(findAll(child, name))
        }
        return found
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

    // Service, office, day and time: the first of each, chosen by touch.
    function chooseUpToPhone(main: Item) {
        const services = findAll(step(main, "service"), "serviceButton")
        compare(services.length, Booking.services.length)
        const service = buttonShowing(services, Booking.services[0].name)
        verify(service.detail !== "")
        compare(service.Accessible.name, service.text + ". " + service.detail)
        compare(String(service.pictogram), String(Booking.services[0].pictogram))
        mouseClick(service)

        const offices = findAll(step(main, "office"), "officeButton")
        compare(offices.length, Booking.offices.length)
        const office = buttonShowing(offices, Booking.offices[0].name)
        verify(office.detail.indexOf(Booking.offices[0].address.split("\n")[0]) >= 0)
        compare(office.Accessible.name, office.text + ". " + office.detail)
        mouseClick(office)

        const days = findAll(step(main, "day"), "dayButton")
        verify(Booking.days.length > 0)
        compare(days.length, Booking.days.length)
        const day = buttonShowing(days, Booking.days[0].label)
        compare(day.Accessible.name, Booking.days[0].label)
        compare(day.day, Booking.days[0].day)
        compare(day.weekday, Booking.days[0].weekday)
        mouseClick(day)

        const times = findAll(step(main, "time"), "timeButton")
        verify(Booking.times.length > 0)
        compare(times.length, Booking.times.length)
        const time = buttonShowing(times, Booking.times[0].label)
        compare(time.Accessible.name, Booking.times[0].label)
        compare(time.hour, Number(String(Booking.times[0].slot).slice(-5, -3)))
        mouseClick(time)
        step(main, "phone")
    }

    function test_walk_data() {
        return [{tag: "fr", language: "fr", digits: "0470123456"},
                {tag: "ar", language: "ar", digits: "٠٤٧٠١٢٣٤٥٦"}] // Arabic-Indic digits, as the keypad shows them
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

        // The name is optional.
        const nameStep = step(main, "name")
        verify(findChild(nameStep, "nameField").Accessible.name !== "")
        mouseClick(findChild(nameStep, "nameSkip"))
        compare(Booking.name, "")

        const confirmStep = step(main, "confirm")
        const summary = Booking.summary
        compare(findChild(confirmStep, "summaryService").text, Booking.services[0].name)
        compare(findChild(confirmStep, "summaryDate").text, summary.date)
        compare(findChild(confirmStep, "summaryTime").text, summary.time)
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
        compare(findChild(doneStep, "clockFace").hour, result.hour)
        compare(findChild(doneStep, "clockFace").minute, result.minute)
        verify(result.qrSize > 20)
        compare(findChild(doneStep, "qrCode").modules, result.qrSize)
        compare(findChild(doneStep, "qrCode").path, result.qrPath)
        compare(findChild(doneStep, "printButton").visible, Booking.canPrint)
        verify(findChild(doneStep, "doneOffice").text.indexOf(result.officeName) === 0)
        compare(findChild(doneStep, "offlineNote").visible, result.offline)

        Voice.readScreen(main.currentScreen)
        verify(Voice.lastRead.indexOf(result.officeAddress) > 0, Voice.lastRead)
        mouseClick(findChild(doneStep, "finishButton"))
        verify(main.atHome)
        compare(Booking.step, "service")
        compare(Booking.result.code, undefined)
    }

    function test_rightToLeft() {
        const main = openBooking("ar")
        verify(main.currentScreen.title !== "What is the appointment for?")
        // Placement mirrors: the first service is on the right.
        const first = buttonShowing(findAll(main.currentScreen, "serviceButton"), Booking.services[0].name)
        verify(first.mapToItem(null, 0, 0).x > main.width / 2)
        mouseClick(first)
        mouseClick(findAll(step(main, "office"), "officeButton")[0])
        mouseClick(findAll(step(main, "day"), "dayButton")[0])
        mouseClick(findAll(step(main, "time"), "timeButton")[0])
        // The keypad does not: 1 2 3 read left to right, as on every phone.
        const phoneStep = step(main, "phone")
        const one = findChild(phoneStep, "key-1")
        const three = findChild(phoneStep, "key-3")
        verify(one.mapToItem(null, 0, 0).x < three.mapToItem(null, 0, 0).x)
        compare(three.text, "٣")
    }

    // Voice mode: a first touch reads a choice and a second makes it, and each new step is read
    // as a new screen would be, starting with its title.
    function test_voiceReadsEachStep() {
        const main = openBooking("fr")
        Voice.mode = true
        const service = findAll(step(main, "service"), "serviceButton")[0]
        mouseClick(service)
        compare(Booking.step, "service")
        compare(Voice.armed, service)
        mouseClick(service)
        step(main, "office")
        tryVerify(() => Voice.lastRead.startsWith(main.currentScreen.title), 3000)
        verify(Voice.lastRead.indexOf(Booking.offices[0].name) > 0)
        // The keypad acts on the first touch and says the digit.
        Booking.chooseOffice(Booking.offices[0].id)
        step(main, "day")
        Booking.chooseDay(Booking.days[0].date)
        step(main, "time")
        Booking.chooseTime(Booking.times[0].slot)
        const seven = findChild(step(main, "phone"), "key-7")
        mouseClick(seven)
        compare(Booking.phone, "7")
        compare(Voice.lastRead, "7")
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
        mouseClick(findAll(step(main, "service"), "serviceButton")[0])
        verify(Voice.lastRead.indexOf(description) > 0, Voice.lastRead)

        Booking.chooseService(first.id)
        step(main, "office")
        Booking.chooseOffice(Booking.offices[0].id)
        step(main, "day")
        verify(Booking.days.length > 1)
        Voice.readScreen(main.currentScreen)
        verify(Voice.lastRead.indexOf("Premier jour libre : " + Booking.days[0].label) > 0, Voice.lastRead)
        verify(Voice.lastRead.indexOf(Booking.days[1].label) < 0, Voice.lastRead)

        Booking.chooseDay(Booking.days[0].date)
        step(main, "time")
        Booking.chooseTime(Booking.times[0].slot)
        const phone = step(main, "phone")
        Voice.readScreen(main.currentScreen)
        verify(Voice.lastRead.startsWith(main.currentScreen.title), Voice.lastRead)
        verify(Voice.lastRead.indexOf(findChild(phone, "key-erase").Accessible.name) < 0, Voice.lastRead)
    }

    function test_backFromTheFirstStepReturnsToTheMenu() {
        const main = openBooking("fr")
        mouseClick(findAll(main.currentScreen, "serviceButton")[0])
        step(main, "office")
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
