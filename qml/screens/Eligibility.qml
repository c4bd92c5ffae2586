// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// "Can I take part?": one question a screen with yes/no pictograms, then a clear outcome.
Screen {
    id: root

    readonly property EligibilityController controller: controller

    signal officesRequested()
    signal organisationsRequested()

    function back(): bool {
        return controller.back()
    }

    title: qsTr("Can I take part?")

    EligibilityController {
        id: controller

        // In voice mode each new question (or the outcome) is read, as a new screen would be.
        onChanged: if (Voice.mode) readAgain.restart()
    }
    Timer {
        id: readAgain

        interval: 50
        onTriggered: Voice.readScreen(root)
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Label {
            visible: !controller.finished
            //: Progress in the eligibility questions, e.g. Question 2 of 4
            text: qsTr("Question %L1 of %L2").arg(Kiosk.number(controller.step)).arg(Kiosk.number(controller.stepCount))
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.subtle
        }
        Pictogram {
            source: controller.pictogram
            size: 300
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: controller.finished ? controller.outcomeTitle : controller.question
            font.pixelSize: Theme.fontTitle
            font.family: Theme.fontFamily
            font.bold: true
            color: controller.finished ? (controller.eligible ? Theme.open : Theme.text) : Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Label {
            text: controller.finished ? controller.outcomeNext : controller.hint
            font.pixelSize: Theme.fontBody
            font.family: Theme.fontFamily
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
        Item {
            Layout.fillHeight: true
        }
        RowLayout {
            visible: !controller.finished
            spacing: Theme.spacing
            Layout.fillWidth: true

            BigButton {
                objectName: "yes"
                pictogram: Theme.pictogram("yes")
                vertical: true
                //: Answer to an eligibility question
                text: qsTr("Yes")
                Layout.fillWidth: true
                Layout.preferredHeight: 320
                onClicked: controller.answer(true)
            }
            BigButton {
                objectName: "no"
                pictogram: Theme.pictogram("no")
                vertical: true
                //: Answer to an eligibility question
                text: qsTr("No")
                Layout.fillWidth: true
                Layout.preferredHeight: 320
                onClicked: controller.answer(false)
            }
        }
        BigButton {
            visible: controller.finished
            pictogram: Theme.pictogram(controller.eligible ? "offices" : "organisations")
            text: controller.eligible ? qsTr("Offices and opening hours") : qsTr("Help organisations")
            Layout.fillWidth: true
            onClicked: controller.eligible ? root.officesRequested() : root.organisationsRequested()
        }
        BigButton {
            visible: controller.finished
            objectName: "restart"
            // The questions to answer again, not an arrow: "back" would point forward in
            // right-to-left languages, and means going back rather than starting over.
            pictogram: Theme.pictogram("restart")
            //: Button that restarts the eligibility questions
            text: qsTr("Start the questions again")
            Layout.fillWidth: true
            onClicked: controller.restart()
        }
    }
}
