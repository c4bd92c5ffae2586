// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// Back, home, the screen's title, and help, which stays in the same corner on every screen.
Rectangle {
    id: root

    property string title
    property bool atHome: true

    signal backRequested()
    signal homeRequested()
    signal helpRequested()

    // Taller with large text, so that the title grows with it rather than shrinking to fit;
    // without a title (home), as high as ever, leaving the room to the language buttons.
    implicitHeight: Math.round(Theme.touchTarget * (root.title === "" ? 1 : Theme.scale)) + 2 * Theme.spacing
    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        ToolButton {
            objectName: "back"
            visible: !root.atHome
            pictogram: Theme.pictogram("back")
            mirrorPictogram: Kiosk.rtl
            //: Button that goes back one screen
            name: qsTr("Back")
            onClicked: root.backRequested()
        }
        ToolButton {
            objectName: "home"
            visible: !root.atHome
            pictogram: Theme.pictogram("home")
            //: Button that returns to the first screen
            name: qsTr("Home")
            onClicked: root.homeRequested()
        }
        Label {
            objectName: "screenTitle"
            visible: root.title !== ""
            text: root.title
            font.pixelSize: Theme.fontTitle
            font.family: Theme.fontFamily
            font.bold: true
            color: Theme.text
            // Long titles (Tigrinya, Russian) shrink and wrap rather than lose their end (no
            // maximumLineCount: with it, Fit keeps the size and drops the third line).
            wrapMode: Text.Wrap
            fontSizeMode: Text.Fit
            minimumPixelSize: Theme.fontSmall
            verticalAlignment: Text.AlignVCenter
            horizontalAlignment: Text.AlignLeft
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
        Item {
            // Keeps help at the end when the title is hidden (home screen).
            visible: root.title === ""
            Layout.fillWidth: true
        }
        Pictogram {
            // No sound device, or the sound server died: on every screen, in any mode, a
            // picture says why a held touch or voice mode is silent.
            objectName: "speechUnavailable"
            visible: !Voice.available
            source: Theme.pictogram("speaker-off")
            size: 80
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Speech cannot be heard on this kiosk")
        }
        ToolButton {
            objectName: "help"
            pictogram: Theme.pictogram("help")
            //: Button that shows how to get help from staff
            name: qsTr("Help")
            onClicked: root.helpRequested()
        }
    }
}
