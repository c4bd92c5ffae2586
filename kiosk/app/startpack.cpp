// SPDX-License-Identifier: GPL-3.0-or-later
#include "startpack.h"

#include "packdirectory.h"
#include "packfiles.h"
#include "packloader.h"
#include "packsignature.h"
#include "packstore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace guichet {

namespace {

/** An installed pack is run only whole: every file as signed, none added or missing. */
bool intact(const QString &dir, QTextStream &err)
{
    const PackFiles files = PackFiles::fromDirectory(dir);
    QString error;
    const std::optional<packsignature::Signed> signedPack = packsignature::read(files, &error);
    if (!signedPack || !packsignature::filesMatch(files, signedPack->files, &error)) {
        err << "guichet-kiosk: " << dir << ": " << error << '\n';
        return false;
    }
    return true;
}

} // namespace

QString packVersionIn(const QString &dir)
{
    const std::optional<QByteArray> manifest = PackDirectory(dir).read(QStringLiteral("manifest.json"));
    return manifest ? QJsonDocument::fromJson(*manifest).object().value(QStringLiteral("version")).toString() : QString();
}

std::optional<Pack> loadPackDir(const QString &dir, QTextStream &err)
{
    const PackDirectory source(dir);
    PackLoader loader(source);
    std::optional<Pack> pack = loader.load();
    for (const PackProblem &p : loader.problems())
        err << dir << '/' << p.toString() << '\n';
    return pack;
}

std::optional<StartPack> chooseStartPack(const QString &explicitDir, const QString &dataDir, const QString &installedDir, QTextStream &err)
{
    if (!explicitDir.isEmpty()) {
        std::optional<Pack> pack = loadPackDir(explicitDir, err);
        if (!pack)
            return std::nullopt;
        return StartPack{std::move(*pack), explicitDir};
    }
    const PackStore store(dataDir);
    for (const QString &dir : {store.currentDir(), store.previousDir()}) {
        if (dir.isEmpty())
            continue;
        if (intact(dir, err)) {
            if (std::optional<Pack> pack = loadPackDir(dir, err))
                return StartPack{std::move(*pack), dir};
        }
        err << "guichet-kiosk: passing over the installed pack " << QFileInfo(dir).fileName() << '\n';
    }
    std::optional<Pack> pack = loadPackDir(installedDir, err);
    if (!pack)
        return std::nullopt;
    return StartPack{std::move(*pack), installedDir};
}

} // namespace guichet
