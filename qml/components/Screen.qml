// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick

// What every screen of the stack has: the title the top bar shows, and its own back step.
Item {
    id: root

    property string title

    // Returns true when the screen handled "back" itself (e.g. the previous question).
    function back(): bool {
        return false
    }
}
