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

        // One page at a time. A StackLayout, not a horizontal ListView: under right-to-left
        // mirroring a snapping ListView showed an empty page in Qt 6.4.
        StackLayout {
            id: offices

            readonly property int count: repeater.count

            currentIndex: root.index
            Layout.fillWidth: true
            Layout.fillHeight: true

            Repeater {
                id: repeater

                model: root.retired ? null : Kiosk.offices

                delegate: Flickable {
                    id: office

                    required property string name
                    required property string address
                    required property string phone
                    required property string access
                    required property bool open
                    required property string status
                    required property var week
                    required property string closures

                    contentHeight: column.implicitHeight
                    clip: true

                    ColumnLayout {
                        id: column

                        width: office.width
                        spacing: Theme.spacing

                        Label {
                            horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
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
                                    horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
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
                                    horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
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
                            visible: office.closures !== ""
                            pictogram: Theme.pictogram("closed")
                            //: Followed by a list of dates in the coming weeks when the office is closed
                            text: qsTr("Closed on these days:") + "\n" + office.closures
                            Layout.fillWidth: true
                        }
                        InfoRow {
                            objectName: "officeAddress"
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
        }
        PageFooter {
            index: root.index
            count: offices.count
            Layout.fillWidth: true
            onMoveRequested: index => root.index = index
        }
    }
}
