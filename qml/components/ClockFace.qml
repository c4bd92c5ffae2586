// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick

// An analog clock showing one time, for a visitor who knows a clock face better than digits.
// Drawn from plain items in the pictograms' colours; never mirrored (a clock is content).
Item {
    id: root

    property int hour
    property int minute
    property int size: 200
    // What a touch held on it says (the time as text); empty inside a button, which speaks.
    property string description

    readonly property color ink: "#1d2b36"
    readonly property real stroke: Math.max(2, root.size / 24)

    implicitWidth: root.size
    implicitHeight: root.size
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true
    Accessible.role: Accessible.StaticText
    Accessible.name: root.description
    Accessible.ignored: root.description === ""

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: "#ffffff"
        border.color: root.ink
        border.width: root.stroke
    }
    Repeater {
        model: 12

        delegate: Item {
            id: tick

            required property int index

            width: root.width
            height: root.height
            rotation: tick.index * 30

            Rectangle {
                readonly property bool quarter: tick.index % 3 === 0

                x: (tick.width - width) / 2
                y: root.size * 0.07
                width: quarter ? root.stroke * 1.4 : root.stroke * 0.8
                height: quarter ? root.size * 0.11 : root.size * 0.06
                color: root.ink
            }
        }
    }
    Item {
        objectName: "hourHand"
        width: root.width
        height: root.height
        rotation: (root.hour % 12) * 30 + root.minute * 0.5

        Rectangle {
            width: root.stroke * 1.8
            height: root.size * 0.27
            radius: width / 2
            x: (parent.width - width) / 2
            y: parent.height / 2 - height + width / 2
            color: root.ink
        }
    }
    Item {
        objectName: "minuteHand"
        width: root.width
        height: root.height
        rotation: root.minute * 6

        Rectangle {
            width: root.stroke * 1.2
            height: root.size * 0.38
            radius: width / 2
            x: (parent.width - width) / 2
            y: parent.height / 2 - height + width / 2
            color: "#1f6feb"
        }
    }
    Rectangle {
        width: root.stroke * 2.6
        height: width
        radius: width / 2
        anchors.centerIn: parent
        color: root.ink
    }
}
