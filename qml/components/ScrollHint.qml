// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Guichet

// A scrolling list or page that shows it scrolls, without a touch: its bar is always drawn
// while there is more than fits, and until the end is reached the bottom edge fades out under a
// large "more below" chevron. Use as `ScrollBar.vertical: ScrollHint {}` on a Flickable or a
// ListView. Decoration only: screen readers and the keys reach what is below by themselves.
ScrollBar {
    id: root

    readonly property bool moreBelow: root.size < 1 && root.position + root.size < 0.995
    readonly property Item view: root.parent

    policy: root.size < 1 ? ScrollBar.AlwaysOn : ScrollBar.AlwaysOff
    minimumSize: 0.1
    interactive: false // a finger drags the page itself; the bar is too thin to aim at
    Accessible.ignored: true
    contentItem: Rectangle {
        implicitWidth: 10
        radius: 5
        color: Theme.subtle
    }
    background: Rectangle {
        implicitWidth: 10
        radius: 5
        color: Theme.border
        opacity: 0.5
    }

    // The fade and the chevron, across the whole view's bottom edge (the bar's own coordinates).
    Item {
        objectName: "moreBelow"
        visible: root.moreBelow && root.view !== null
        x: -root.x
        y: (root.view ? root.view.height : 0) - height - root.y
        width: root.view ? root.view.width : 0
        height: 96

        Rectangle {
            anchors.fill: parent
            gradient: Gradient {
                GradientStop { position: 0; color: "transparent" }
                GradientStop { position: 0.7; color: Theme.background }
            }
        }
        Rectangle {
            id: chevron

            anchors.horizontalCenter: parent.horizontalCenter
            anchors.bottom: parent.bottom
            width: 88
            height: 56
            radius: 28
            color: Theme.accent

            // A "V": two rounded strokes meeting at the bottom.
            Repeater {
                model: [45, -45]

                delegate: Rectangle {
                    id: stroke

                    required property int modelData

                    x: chevron.width / 2 - width / 2 + (stroke.modelData > 0 ? -8 : 8)
                    y: chevron.height / 2 - height / 2
                    width: 28
                    height: 8
                    radius: 4
                    rotation: stroke.modelData
                    color: Theme.onAccent
                }
            }
        }
    }
}
