// SPDX-License-Identifier: GPL-3.0-or-later
// What the QML tests share to find controls and touch them where a finger lands.
.pragma library

// Every item named `name` under `item`, in the order they were made (delegates of a list).
function findAll(item, name) {
    let found = []
    for (let i = 0; i < item.children.length; ++i) {
        const child = item.children[i]
        if (child.objectName === name)
            found.push(child)
        found = found.concat(findAll(child, name))
    }
    return found
}

// The centre of `item` in the window's content: where a finger lands, found before touching.
function centreOf(main, item) {
    return item.mapToItem(main.contentItem, item.width / 2, item.height / 2)
}

// The Flickable (or ListView) that `item` scrolls in, or null.
function flickableOf(item) {
    let up = item.parent
    while (up !== null && up.contentY === undefined)
        up = up.parent
    return up
}
