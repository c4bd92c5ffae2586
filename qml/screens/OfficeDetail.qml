// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// One office: open now or not, today's hours, address, phone and how to get there, then the
// week and the closures to come. The page scrolls, and shows that it does (ScrollHint).
Screen {
    id: root

    property int index: 0

    title: qsTr("Offices and opening hours")

    ColumnLayout {
        id: layout

        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        // One page at a time. A StackLayout, not a horizontal ListView: under right-to-left
        // mirroring a snapping ListView showed an empty page in Qt 6.4.
        StackLayout {
            id: offices

            readonly property int count: repeater.count
            readonly property Flickable shown: repeater.count > root.index ? repeater.itemAt(root.index) as Flickable : null

            currentIndex: root.index
            Layout.fillWidth: true
            Layout.fillHeight: false // a layout fills by default
            // As high as the page shown, up to the room there is: Previous and Next follow the
            // text, with no half-empty page between (a longer page scrolls, and shows it).
            Layout.preferredHeight: Math.min(offices.shown ? offices.shown.contentHeight : 0, layout.height - footer.implicitHeight - layout.spacing)

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
                    required property string today
                    required property var week
                    required property string closures

                    contentHeight: column.implicitHeight
                    clip: true
                    ScrollBar.vertical: ScrollHint {}

                    // What a visitor needs now comes first: open or not, today's hours, where
                    // and how to call. The week and the closures follow.
                    ColumnLayout {
                        id: column

                        width: office.width - Theme.spacing // room for the scroll bar
                        spacing: Theme.spacing

                        Label {
                            horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
                            text: office.name
                            font.pixelSize: Theme.fontTitle
                            font.family: Theme.fontFamily
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        OpenBadge {
                            open: office.open
                            status: office.status
                            Layout.fillWidth: true
                        }
                        // Today's hours, highlighted.
                        Rectangle {
                            objectName: "todayHours"
                            color: Theme.pressed
                            border.color: Theme.accent
                            border.width: Theme.borderWidth
                            radius: Theme.radius / 2
                            implicitHeight: today.implicitHeight + Theme.spacing
                            Layout.fillWidth: true

                            Label {
                                id: today

                                anchors.fill: parent
                                anchors.margins: Theme.spacing / 2
                                horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
                                //: Before the office's hours of the current day, e.g. "Today: 09:00 – 12:00"
                                text: qsTr("Today: %1").arg(office.today)
                                font.pixelSize: Theme.fontButton
                                font.family: Theme.fontFamily
                                font.bold: true
                                color: Theme.text
                                wrapMode: Text.Wrap
                            }
                        }
                        InfoRow {
                            objectName: "officeAddress"
                            pictogram: Theme.pictogram("map-pin")
                            text: office.address
                            Layout.fillWidth: true
                        }
                        InfoRow {
                            objectName: "officePhone"
                            pictogram: Theme.pictogram("phone")
                            text: office.phone
                            large: true
                            Layout.fillWidth: true
                        }
                        // How to get there: longer, after what fits in a glance.
                        Label {
                            objectName: "officeAccess"
                            visible: office.access !== ""
                            horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
                            text: office.access
                            font.pixelSize: Theme.fontBody
                            font.family: Theme.fontFamily
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        // The week, equal days grouped: "lundi – mercredi et vendredi   09:00 – 12:00 et …".
                        ColumnLayout {
                            objectName: "week"
                            spacing: Theme.spacing / 2
                            Layout.fillWidth: true

                            Repeater {
                                model: office.week

                                delegate: RowLayout {
                                    id: days

                                    required property var modelData

                                    spacing: Theme.spacing
                                    Layout.fillWidth: true

                                    Label {
                                        horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
                                        text: days.modelData.days
                                        font.pixelSize: Theme.fontBody
                                        font.family: Theme.fontFamily
                                        font.bold: days.modelData.today
                                        color: Theme.text
                                        wrapMode: Text.Wrap
                                        // The same column width on every row, whatever the texts.
                                        Layout.preferredWidth: Math.round(column.width * 0.38)
                                        Layout.alignment: Qt.AlignTop
                                    }
                                    Label {
                                        horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
                                        text: days.modelData.hours
                                        font.pixelSize: Theme.fontBody
                                        font.family: Theme.fontFamily
                                        font.bold: days.modelData.today
                                        color: days.modelData.open ? Theme.text : Theme.subtle
                                        wrapMode: Text.Wrap
                                        Layout.fillWidth: true
                                        Layout.alignment: Qt.AlignTop
                                    }
                                }
                            }
                        }
                        InfoRow {
                            objectName: "closures"
                            visible: office.closures !== ""
                            pictogram: Theme.pictogram("closed")
                            //: Followed by a list of dates in the coming weeks when the office is closed
                            text: qsTr("Closed on these days:") + "\n" + office.closures
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
        PageFooter {
            id: footer

            index: root.index
            count: offices.count
            Layout.fillWidth: true
            onMoveRequested: index => root.index = index
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
