// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// A category filter: pictogram above a short name, highlighted while it filters the list.
KioskButton {
    id: root

    property url pictogram

    implicitWidth: 190
    implicitHeight: 190
    font.pixelSize: Theme.fontSmall
    font.family: Theme.fontFamily
    // A filter says whether it is on (see KioskButton.qml).
    toggle: true
    emphasis: 3

    contentItem: ColumnLayout {
        spacing: 4

        Pictogram {
            source: root.pictogram
            size: 96
            Layout.alignment: Qt.AlignHCenter
        }
        Label {
            text: root.text
            font: root.font
            color: Theme.text
            // Whole words, shrunk to fit: "Juridische hulp" must not break inside a word.
            wrapMode: Text.WordWrap
            maximumLineCount: 2
            fontSizeMode: Text.Fit
            minimumPixelSize: 16
            horizontalAlignment: Text.AlignHCenter
            verticalAlignment: Text.AlignVCenter
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }
}
