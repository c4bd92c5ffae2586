// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for readPackArchive, the reader of the tar.gz packs kiosks download, then
// PackLoader on what it accepts.
#include "packarchive.h"
#include "packfiles.h"
#include "packloader.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Not copied: ASan then sees any read past the input's last byte.
    const QByteArray archive = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<guichet::PackFiles> files = guichet::readPackArchive(archive, &error);
    if (!files) {
        if (error.isEmpty()) // a refusal always says why (packarchive.h)
            std::abort();
        return 0;
    }
    // The writer (guichet-pack build) and the reader agree: whatever the reader accepts, written
    // again, reads back the same, whatever its paths and sizes.
    QString again;
    const std::optional<guichet::PackFiles> copy = guichet::readPackArchive(guichet::writePackArchive(*files), &again);
    if (!copy || copy->files != files->files)
        std::abort();
    guichet::PackLoader loader(*files);
    const bool loaded = loader.load().has_value();
    qsizetype length = 0;
    for (const guichet::PackProblem &problem : loader.problems())
        length += problem.toString().size();
    if (loaded != loader.problems().isEmpty() || (!loaded && length == 0))
        std::abort();
    return 0;
}
