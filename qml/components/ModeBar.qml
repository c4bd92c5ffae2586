// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// The visitor's modes, on every screen: large text, high contrast, and back to the languages.
Rectangle {
    id: root

    property bool atHome: true

    signal languageRequested()

    implicitHeight: Theme.touchTarget + 2 * Theme.spacing
    color: Theme.surface
    border.color: Theme.border
    border.width: Theme.borderWidth

    RowLayout {
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        ToolButton {
            objectName: "largeText"
            pictogram: Theme.pictogram("large-text")
            toggle: true
            active: Kiosk.largeText
            //: Toggle that makes every text bigger
            name: qsTr("Large text")
            onClicked: Kiosk.largeText = !Kiosk.largeText
        }
        ToolButton {
            objectName: "highContrast"
            pictogram: Theme.pictogram("contrast")
            toggle: true
            active: Kiosk.highContrast
            //: Toggle for yellow text on black, easier to read for some eyes
            name: qsTr("High contrast")
            onClicked: Kiosk.highContrast = !Kiosk.highContrast
        }
        Item {
            Layout.fillWidth: true
        }
        ToolButton {
            objectName: "changeLanguage"
            visible: !root.atHome
            pictogram: Theme.pictogram("globe")
            //: Button that goes back to the list of languages
            name: qsTr("Change language")
            onClicked: root.languageRequested()
        }
    }
}
