// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// Booking confirmed: the booking number in very large characters, the date and time in the
// visitor's language and in French, a calendar page, a clock face and a QR code for a phone's
// calendar, where to go, and a ticket printed at once where a printer exists.
// Read aloud it says first what the visitor must keep: the code sign by sign, twice, then the
// day and time and "take your ticket". "Again" adds what the ticket prints besides (service,
// office, address, the office's phone); the date in French is said in French on a touch.
ColumnLayout {
    id: root

    readonly property var result: Booking.result
    // The ticket, printed when the screen opens: "" none, "printed" or "failed".
    property string ticket: ""
    readonly property string spokenCode: codeLabel.Accessible.name
    //: The appointment's date and time, e.g. jeudi 3 décembre 2026, 10:30
    readonly property string when: qsTr("%1, %2").arg(root.result.dateVisitor ?? "").arg(root.result.timeVisitor ?? "")
    //: Said once the ticket is printed, after the booking number, date and time
    readonly property string ticketSentence: root.ticket === "printed" ? qsTr("Take your ticket.")
                                             : root.ticket === "failed" ? printFailed.text : ""

    property string screenReading: root.sentences([qsTr("Your booking number:") + " " + root.spokenCode, root.spokenCode, root.when,
                                                   root.ticketSentence])
    property string againReading: root.sentences([root.screenReading, root.result.serviceName ?? "", root.result.officeName ?? "",
                                                  (root.result.officeAddress ?? "").replace("\n", ", "),
                                                  //: Said on "again" after a booking, as the ticket prints it
                                                  qsTr("Office phone: %1").arg(root.result.officePhone ?? ""),
                                                  root.result.offline === true ? offlineNote.text : ""])

    signal finished()

    // The parts that are not empty, as sentences.
    function sentences(parts: var): string {
        return parts.filter(part => part !== "").join(". ")
    }

    function printTicket() {
        root.ticket = Booking.print() ? "printed" : "failed"
        // A failure is said in any mode (EN 301 549 5.1.3.16); voice mode says it with the screen.
        if (root.ticket === "failed" && !Voice.mode)
            Voice.read(printFailed.text)
    }

    Component.onCompleted: if (Booking.canPrint) root.printTicket()

    objectName: "doneStep"
    spacing: Theme.spacing

    // Everything but the last buttons scrolls, and shows that it does: "Finished" stays on
    // screen whatever the language, the text size and the voice's caption.
    Flickable {
        id: page

        contentHeight: column.implicitHeight
        // Scrolls only when the page is longer than its room: a finger that slips moves nothing.
        interactive: page.contentHeight > page.height
        clip: true
        ScrollBar.vertical: ScrollHint {}
        Layout.fillWidth: true
        Layout.fillHeight: true

        ColumnLayout {
            id: column

            width: page.width - Theme.spacing // room for the scroll bar
            spacing: Theme.spacing

            RowLayout {
                spacing: Theme.spacing
                Layout.fillWidth: true

                Pictogram {
                    source: Theme.pictogram("yes")
                    size: 96
                }
                Label {
                    //: Shown when the appointment is booked
                    text: qsTr("Your appointment is booked.")
                    font.pixelSize: Theme.fontTitle
                    font.family: Theme.fontFamily
                    font.bold: true
                    color: Theme.open
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
                    Layout.fillWidth: true
                }
            }
            Label {
                //: Above the booking number (e.g. K7-4825), which the visitor shows at the desk
                text: qsTr("Your booking number:")
                font.pixelSize: Theme.fontBody
                font.family: Theme.fontFamily
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            Label {
                id: codeLabel

                objectName: "bookingCode"
                text: root.result.code ?? ""
                // Said sign by sign ("K 7, 4 8 2 5"), not as a number: the visitor repeats it at the desk.
                Accessible.name: text.replace("-", ",").split("").join(" ")
                font.pixelSize: Math.round(Theme.fontTitle * 2.4)
                font.family: "Noto Sans" // Latin letters and digits in every language
                font.bold: true
                color: Theme.accent
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            // The date and time as pictures, and the QR code of the appointment for a phone's calendar.
            RowLayout {
                spacing: Theme.spacing
                Layout.alignment: Qt.AlignHCenter

                WhenPictures {
                    when: root.result
                    dateDescription: root.result.dateVisitor ?? ""
                    timeDescription: root.result.timeVisitor ?? ""
                    Layout.alignment: Qt.AlignTop
                }
                ColumnLayout {
                    visible: (root.result.qrSize ?? 0) > 0
                    spacing: 4
                    Layout.maximumWidth: 300
                    Layout.alignment: Qt.AlignTop

                    QrCode {
                        id: qr

                        objectName: "qrCode"
                        path: root.result.qrPath ?? ""
                        modules: root.result.qrSize ?? 0
                        description: qrCaption.text
                        implicitWidth: 300
                        implicitHeight: 300
                    }
                    Label {
                        id: qrCaption

                        // Not read with the screen (a touch held on it or on the code says it).
                        property string screenReading: ""

                        //: Under the QR code of a booked appointment
                        text: qsTr("Scan it to put the appointment in your phone's calendar.")
                        font.pixelSize: Theme.fontSmall
                        font.family: Theme.fontFamily
                        color: Theme.subtle
                        wrapMode: Text.Wrap
                        horizontalAlignment: Text.AlignHCenter
                        Layout.fillWidth: true
                    }
                }
            }
            Label {
                objectName: "dateVisitor"
                text: root.when
                font.pixelSize: Theme.fontButton
                font.family: Theme.fontFamily
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
            BigButton {
                id: frenchDate

                // The same in French, the language of the desk: a touch says it in French.
                objectName: "dateFrench"
                visible: Kiosk.language !== "fr"
                pictogram: Theme.pictogram("also-french")
                text: "En français : " + (root.result.dateFrench ?? "") + ", " + (root.result.timeFrench ?? "")
                font.family: "Noto Sans"
                font.pixelSize: Theme.fontBody
                spokenLanguage: "fr"
                guarded: false
                Layout.fillWidth: true
                onClicked: Voice.alsoInFrench(frenchDate.text)
            }
            InfoRow {
                objectName: "doneOffice"
                pictogram: Theme.pictogram("map-pin")
                text: (root.result.officeName ?? "") + "\n" + (root.result.officeAddress ?? "")
                Layout.fillWidth: true
            }
            InfoRow {
                id: offlineNote

                objectName: "offlineNote"
                visible: root.result.offline === true
                pictogram: Theme.pictogram("offices")
                //: After booking while the server could not be reached; the seat was kept for this kiosk
                text: qsTr("The office will receive your booking as soon as the connection returns. Your booking number is already valid.")
                Layout.fillWidth: true
            }
            Label {
                id: printFailed

                objectName: "printFailed"
                visible: root.ticket === "failed"
                //: When the ticket printer fails; the booking itself is kept
                text: qsTr("The ticket could not be printed. Please write down your booking number.")
                font.pixelSize: Theme.fontBody
                font.family: Theme.fontFamily
                font.bold: true
                color: Theme.closed
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
                Layout.fillWidth: true
            }
        }
    }
    RowLayout {
        spacing: Theme.spacing
        Layout.fillWidth: true

        BigButton {
            objectName: "printButton"
            visible: Booking.canPrint
            pictogram: Theme.pictogram("printer")
            //: Prints a paper ticket with the booking number, date, time and address
            text: qsTr("Print a ticket")
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // equal halves
            onClicked: root.printTicket()
        }
        BigButton {
            objectName: "finishButton"
            pictogram: Theme.pictogram("home")
            //: Last button of a booking: back to the first screen for the next person
            text: qsTr("Finished")
            tint: Theme.pressed
            Layout.fillWidth: true
            Layout.preferredWidth: 1 // equal halves
            onClicked: root.finished()
        }
    }
}
