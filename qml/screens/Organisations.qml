// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// Help organisations, filtered by category pictograms, sorted for the visitor's language.
Screen {
    id: root

    title: qsTr("Help organisations")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Flow {
            id: chips

            // Five chips a row, four with large text: squares that fill the width.
            readonly property int perRow: Kiosk.largeText ? 4 : 5
            readonly property real chipSize: Math.floor((width - (perRow - 1) * spacing) / perRow)

            spacing: Theme.spacing / 2
            Layout.fillWidth: true

            CategoryButton {
                objectName: "allCategories"
                pictogram: Theme.pictogram("all")
                //: Filter showing every help organisation
                text: qsTr("All")
                width: chips.chipSize
                height: chips.chipSize
                active: Kiosk.organisations.category === ""
                onClicked: Kiosk.organisations.category = ""
            }
            Repeater {
                model: root.retired ? null : Kiosk.categories

                delegate: CategoryButton {
                    id: chip

                    required property string categoryId
                    required property string title
                    required property url pictogramUrl

                    objectName: "categoryButton"
                    pictogram: chip.pictogramUrl
                    width: chips.chipSize
                    height: chips.chipSize
                    text: chip.title
                    active: Kiosk.organisations.category === chip.categoryId
                    onClicked: Kiosk.organisations.category = chip.categoryId
                }
            }
        }
        ListView {
            id: list

            ScrollBar.vertical: ScrollHint {}
            spacing: Theme.spacing
            clip: true
            model: root.retired ? null : Kiosk.organisations
            Layout.fillWidth: true
            Layout.fillHeight: true

            delegate: OrganisationCard {
                width: list.width
            }
        }
    }
}
