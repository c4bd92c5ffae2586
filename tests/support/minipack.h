// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "memorypacksource.h"
#include "packloader.h"

namespace guichet::test {

/** The directory of tests/data/minipack, a small valid pack in French and Arabic. */
inline QString minipackDir()
{
    return qEnvironmentVariable("GUICHET_TEST_DATA") + QStringLiteral("/minipack");
}

/** The minipack loaded, or nothing (the test then fails on its QVERIFY). */
inline std::optional<Pack> loadMinipack()
{
    const MemoryPackSource source(minipackDir());
    PackLoader loader(source);
    return loader.load();
}

} // namespace guichet::test
