// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// One step of the programme at a time; swipe or use Previous / Next.
Screen {
    id: root

    property int index: 0

    title: qsTr("The welcome programme")

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        // One page at a time. A StackLayout, not a horizontal ListView: under right-to-left
        // mirroring a snapping ListView showed an empty page in Qt 6.4.
        StackLayout {
            id: pages

            readonly property int count: repeater.count

            currentIndex: root.index
            Layout.fillWidth: true
            Layout.fillHeight: true

            Repeater {
                id: repeater

                model: root.retired ? null : Kiosk.programme

                delegate: Flickable {
                    id: page

                    required property string title
                    required property string body
                    required property url pictogramUrl

                    contentHeight: column.implicitHeight
                    clip: true

                    ColumnLayout {
                        id: column

                        width: page.width
                        spacing: Theme.spacing

                        Pictogram {
                            source: page.pictogramUrl
                            size: 200
                            Layout.alignment: Qt.AlignHCenter
                        }
                        Label {
                            horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
                            text: page.title
                            font.pixelSize: Theme.fontTitle
                            font.family: Theme.fontFamily
                            font.bold: true
                            color: Theme.text
                            wrapMode: Text.Wrap
                            Layout.fillWidth: true
                        }
                        Label {
                            horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
                            text: page.body
                            font.pixelSize: Theme.fontBody
                            font.family: Theme.fontFamily
                            color: Theme.text
                            wrapMode: Text.Wrap
                            lineHeight: 1.2
                            Layout.fillWidth: true
                        }
                    }
                }
            }
        }
        PageFooter {
            index: root.index
            count: pages.count
            Layout.fillWidth: true
            onMoveRequested: index => root.index = index
        }
    }
}
