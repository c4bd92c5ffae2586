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
        id: layout

        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        // One page at a time. A StackLayout, not a horizontal ListView: under right-to-left
        // mirroring a snapping ListView showed an empty page in Qt 6.4.
        StackLayout {
            id: pages

            readonly property int count: repeater.count
            readonly property Flickable shown: repeater.count > root.index ? repeater.itemAt(root.index) as Flickable : null

            currentIndex: root.index
            Layout.fillWidth: true
            Layout.fillHeight: false // a layout fills by default
            // As high as the page shown, up to the room there is: Previous and Next follow the
            // text, with no half-empty page between (a longer page scrolls, and shows it).
            Layout.preferredHeight: Math.min(pages.shown ? pages.shown.contentHeight : 0, layout.height - footer.implicitHeight - layout.spacing)

            Repeater {
                id: repeater

                model: root.retired ? null : Kiosk.programme

                delegate: Flickable {
                    id: page

                    required property string title
                    required property string body
                    required property url pictogramUrl

                    ScrollBar.vertical: ScrollHint {}
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
            id: footer

            index: root.index
            count: pages.count
            Layout.fillWidth: true
            onMoveRequested: index => root.index = index
        }
        Item {
            Layout.fillHeight: true
        }
    }
}
