// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// One office: open now or not, the week's hours, address, phone and how to get there.
Screen {
    id: root

    property int index: 0

    title: qsTr("Offices and opening hours")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        ListView {
            id: offices

            orientation: ListView.Horizontal
            snapMode: ListView.SnapOneItem
            highlightRangeMode: ListView.StrictlyEnforceRange
            highlightMoveDuration: 200
            currentIndex: root.index
            clip: true
            model: Kiosk.offices
            Layout.fillWidth: true
            Layout.fillHeight: true
            onCurrentIndexChanged: root.index = currentIndex

            delegate: Flickable {
                id: office

                required property string name
                required property string address
                required property string phone
                required property string access
                required property bool open
                required property string status
                required property var week

                width: offices.width
                height: offices.height
                contentHeight: column.implicitHeight
                clip: true

                ColumnLayout {
                    id: column

                    width: office.width
                    spacing: Theme.spacing

                    Label {
                        text: office.name
                        font.pixelSize: Theme.fontTitle
                        font.family: Theme.fontFamily
                        font.bold: true
                        color: Theme.text
                        Layout.fillWidth: true
                    }
                    OpenBadge {
                        open: office.open
                        status: office.status
                        Layout.fillWidth: true
                    }
                    GridLayout {
                        columns: 2
                        columnSpacing: Theme.spacing
                        rowSpacing: Theme.spacing / 2
                        Layout.fillWidth: true

                        Repeater {
                            model: office.week

                            delegate: Label {
                                required property var modelData
                                required property int index

                                text: modelData.day
                                font.pixelSize: Theme.fontBody
                                font.family: Theme.fontFamily
                                color: Theme.text
                                Layout.row: index
                                Layout.column: 0
                                Layout.alignment: Qt.AlignTop
                            }
                        }
                        Repeater {
                            model: office.week

                            delegate: Label {
                                required property var modelData
                                required property int index

                                text: modelData.hours
                                font.pixelSize: Theme.fontBody
                                font.family: Theme.fontFamily
                                font.bold: modelData.open
                                color: modelData.open ? Theme.text : Theme.subtle
                                wrapMode: Text.Wrap
                                Layout.row: index
                                Layout.column: 1
                                Layout.fillWidth: true
                            }
                        }
                    }
                    InfoRow {
                        pictogram: Theme.pictogram("map-pin")
                        text: office.address + (office.access === "" ? "" : "\n" + office.access)
                        Layout.fillWidth: true
                    }
                    InfoRow {
                        pictogram: Theme.pictogram("phone")
                        text: office.phone
                        large: true
                        Layout.fillWidth: true
                    }
                }
            }
        }
        PageFooter {
            index: root.index
            count: offices.count
            Layout.fillWidth: true
            onMoveRequested: index => root.index = index
        }
    }
}
