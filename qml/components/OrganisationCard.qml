// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// One help organisation: what it does, where, its phone and hours where published; above the
// first of a region's, the region's name (OrganisationModel: the kiosk's region comes first).
ColumnLayout {
    id: root

    required property string name
    required property string description
    required property string categories
    required property string address
    required property string phone
    required property string hours
    required property string regionHeading

    spacing: Theme.spacing / 2

    Label {
        objectName: "regionHeading"
        visible: root.regionHeading !== ""
        horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
        text: root.regionHeading
        font.pixelSize: Theme.fontTitle
        font.family: Theme.fontFamily
        font.bold: true
        color: Theme.text
        Layout.fillWidth: true
    }
    Rectangle {
        implicitHeight: column.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.surface
        border.color: Theme.border
        border.width: Theme.borderWidth
        Layout.fillWidth: true

        ColumnLayout {
            id: column

            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacing / 2

            Label {
                horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
                text: root.name
                font.pixelSize: Theme.fontButton
                font.family: Theme.fontFamily
                font.bold: true
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
                text: root.categories
                font.pixelSize: Theme.fontSmall
                font.family: Theme.fontFamily
                color: Theme.accent
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                horizontalAlignment: Text.AlignLeft // mirrored in right-to-left languages
                text: root.description
                font.pixelSize: Theme.fontBody
                font.family: Theme.fontFamily
                color: Theme.text
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            InfoRow {
                pictogram: Theme.pictogram("map-pin")
                text: root.address
                Layout.fillWidth: true
            }
            InfoRow {
                visible: root.phone !== ""
                pictogram: Theme.pictogram("phone")
                text: root.phone
                Layout.fillWidth: true
            }
            InfoRow {
                visible: root.hours !== ""
                pictogram: Theme.pictogram("offices")
                text: root.hours
                Layout.fillWidth: true
            }
        }
    }
}
