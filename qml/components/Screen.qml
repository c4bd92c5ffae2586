// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls

// What every screen of the stack has: the title the top bar shows, and its own back step.
Item {
    id: root

    property string title
    // Off the stack (back, home, the idle reset) but deleted only later by the StackView: its
    // lists then let go of the Kiosk's models (`model: root.retired ? null : …`), so that the
    // reset of a new pack does not build delegates for a screen nobody will see again.
    property bool retired: false

    StackView.onRemoved: root.retired = true

    // Returns true when the screen handled "back" itself (e.g. the previous question).
    function back(): bool {
        return false
    }
}
