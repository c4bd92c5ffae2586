// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for PackLoader, the reader of a pack's JSON files (content/FORMAT.md).
// The input's first byte picks one JSON file of tests/data/minipack (a valid pack) and the rest
// replaces it, so that a mutation of one file meets valid others and reaches the cross-file
// checks (references, text keys, eligibility loops) instead of stopping at a missing manifest.
#include "packfiles.h"
#include "packloader.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iterator>

namespace {

// The selector byte is taken modulo the list's size: keep the order, the seed corpus uses it.
const char *const kJsonFiles[] = {
    "manifest.json", "languages.json", "calendar.json", "offices.json", "services.json",
    "programme.json", "organisations.json", "eligibility.json", "texts/fr.json", "texts/ar.json",
};

// Read once: GUICHET_FUZZ_MINIPACK in the environment, else the checkout's (CMake gives its path).
const guichet::PackFiles &minipack()
{
    static const guichet::PackFiles pack = [] {
        const QByteArray env = qgetenv("GUICHET_FUZZ_MINIPACK");
        const QString dir = env.isEmpty() ? QStringLiteral(GUICHET_FUZZ_MINIPACK) : QString::fromLocal8Bit(env);
        guichet::PackFiles files = guichet::PackFiles::fromDirectory(dir);
        for (const char *name : kJsonFiles) {
            if (!files.exists(QString::fromLatin1(name))) {
                std::fprintf(stderr, "fuzz_packjson: no %s in %s (set GUICHET_FUZZ_MINIPACK)\n", name, qPrintable(dir));
                std::abort();
            }
        }
        return files;
    }();
    return pack;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    guichet::PackFiles files = minipack(); // implicitly shared: only the replaced entry is copied
    files.files.insert(QString::fromLatin1(kJsonFiles[data[0] % std::size(kJsonFiles)]),
                       QByteArray(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1)));
    guichet::PackLoader loader(files);
    const bool loaded = loader.load().has_value();
    // Every problem is shown to staff: its message must be buildable for any input.
    qsizetype length = 0;
    for (const guichet::PackProblem &problem : loader.problems())
        length += problem.toString().size();
    // PackLoader's contract (packloader.h): a pack exactly when there is no problem, and each
    // problem says something.
    if (loaded != loader.problems().isEmpty() || (!loaded && length == 0))
        std::abort();
    return 0;
}
