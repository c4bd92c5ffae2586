// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Guichet

// "Please wait" over a screen while the kiosk waits for an answer: a clock whose hands turn and a
// sentence, said once in voice mode when it appears. The screen under it is disabled meanwhile.
Rectangle {
    id: root

    property string text

    color: Qt.rgba(Theme.background.r, Theme.background.g, Theme.background.b, 0.9)

    onVisibleChanged: if (root.visible && Voice.mode) Voice.read(root.text)

    ColumnLayout {
        anchors.centerIn: parent
        width: parent.width - 2 * Theme.margin
        spacing: Theme.spacing

        ClockFace {
            size: 200
            hour: 12
            Layout.alignment: Qt.AlignHCenter

            NumberAnimation on minute {
                from: 0
                to: 59
                duration: 2000
                loops: Animation.Infinite
                running: root.visible
            }
        }
        Label {
            text: root.text
            font.pixelSize: Theme.fontTitle
            font.family: Theme.fontFamily
            font.bold: true
            color: Theme.text
            wrapMode: Text.Wrap
            horizontalAlignment: Text.AlignHCenter
            Layout.fillWidth: true
        }
    }
}
