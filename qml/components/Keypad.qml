// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Guichet

// A large phone keypad: 1-9, then +, 0 and erase, laid out as on every phone and never
// mirrored (it is content, like the number it types). Digits show as the screen's other numbers
// do (Latin in every language today), with the Latin digit under them if that ever differs. A key acts on
// the first touch, even in voice mode; what a digit says is the consumer's choice (a phone
// number is private: BookingPhone.qml), erase says its name.
GridLayout {
    id: root

    signal keyPressed(string key)
    signal erasePressed()

    // A digit as the screens of the visitor's language write it (LocaleFormat::digitsFor);
    // where those are not Latin, the Latin digit shows under it.
    function localDigit(digit: string): string {
        return Kiosk.number(Number(digit))
    }

    columns: 3
    rowSpacing: Theme.spacing / 2
    columnSpacing: Theme.spacing / 2
    LayoutMirroring.enabled: false
    LayoutMirroring.childrenInherit: true

    Repeater {
        model: ["1", "2", "3", "4", "5", "6", "7", "8", "9"]

        delegate: KeypadKey {
            id: digitKey

            required property string modelData

            objectName: "key-" + digitKey.modelData
            key: digitKey.modelData
            latin: digitKey.modelData
            text: root.localDigit(digitKey.modelData)
            Layout.fillWidth: true
            Layout.fillHeight: true
            onClicked: root.keyPressed(digitKey.key)
        }
    }
    KeypadKey {
        id: plusKey

        objectName: "key-+"
        key: "+"
        text: "+"
        Layout.fillWidth: true
        Layout.fillHeight: true
        onClicked: root.keyPressed(plusKey.key)
    }
    KeypadKey {
        id: zeroKey

        objectName: "key-0"
        key: "0"
        latin: "0"
        text: root.localDigit("0")
        Layout.fillWidth: true
        Layout.fillHeight: true
        onClicked: root.keyPressed(zeroKey.key)
    }
    KeypadKey {
        id: eraseKey

        objectName: "key-erase"
        pictogram: Theme.pictogram("erase")
        //: Keypad key that erases the last digit typed
        text: qsTr("Erase")
        Layout.fillWidth: true
        Layout.fillHeight: true
        onClicked: {
            root.erasePressed()
            if (Voice.mode)
                Voice.read(eraseKey.text)
        }
    }
}
