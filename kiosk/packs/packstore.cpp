// SPDX-License-Identifier: GPL-3.0-or-later
#include "packstore.h"

#include "packarchive.h"
#include "packloader.h"
#include "packversion.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <unistd.h>

namespace guichet {

namespace {

const QString kCurrent = QStringLiteral("current");
const QString kPrevious = QStringLiteral("previous");
const QString kStagingPrefix = QStringLiteral(".staging-");
const QString kLinkSuffix = QStringLiteral(".new");

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

QString linkTarget(const QString &link)
{
    const QFileInfo info(link);
    return info.isSymLink() && info.exists() ? info.canonicalFilePath() : QString();
}

} // namespace

PackStore::PackStore(const QString &dataDir)
    : m_root(QDir(dataDir).absoluteFilePath(QStringLiteral("packs")))
{
}

QString PackStore::currentDir() const
{
    return linkTarget(QDir(m_root).filePath(kCurrent));
}

QString PackStore::previousDir() const
{
    return linkTarget(QDir(m_root).filePath(kPrevious));
}

QString PackStore::currentVersion() const
{
    const QString dir = currentDir();
    return dir.isEmpty() ? QString() : QFileInfo(dir).fileName();
}

std::optional<QString> PackStore::refusal(const packsignature::Signed &pack, const PackFiles &files, const QDateTime &now, bool *alreadyCurrent) const
{
    if (pack.expiredAt(now))
        return QStringLiteral("the pack expired on %1").arg(pack.expires.toUTC().toString(Qt::ISODate));
    if (!packversion::isValid(pack.version))
        return QStringLiteral("\"%1\" is not a pack version").arg(pack.version);
    PackLoader loader(files);
    if (!loader.load())
        return QStringLiteral("the pack does not load: %1").arg(loader.problems().value(0).toString());

    const QString running = currentVersion();
    const QString baseline = running.isEmpty() ? m_installedVersion : running;
    if (baseline.isEmpty() || !packversion::isValid(baseline))
        return std::nullopt;
    const int order = packversion::compare(pack.version, baseline);
    if (order < 0)
        return QStringLiteral("version %1 is older than the running %2").arg(pack.version, baseline);
    if (order > 0)
        return std::nullopt;
    QString unused;
    const std::optional<packsignature::Signed> installed =
        running.isEmpty() ? std::nullopt : packsignature::read(PackFiles::fromDirectory(currentDir()), &unused);
    if (installed && installed->files == pack.files) {
        *alreadyCurrent = true;
        return std::nullopt;
    }
    return QStringLiteral("version %1 is already installed with other content: a new pack needs a greater version").arg(pack.version);
}

std::optional<PackStore::Staged> PackStore::stage(const QByteArray &archive, const QList<QByteArray> &trusted, const QDateTime &now, QString *reason)
{
    const std::optional<PackFiles> files = readPackArchive(archive, reason);
    if (!files)
        return std::nullopt;
    const std::optional<packsignature::Signed> pack = packsignature::verify(*files, trusted, reason);
    if (!pack)
        return std::nullopt;
    bool alreadyCurrent = false;
    if (const std::optional<QString> refused = refusal(*pack, *files, now, &alreadyCurrent)) {
        *reason = *refused;
        return std::nullopt;
    }
    if (alreadyCurrent)
        return Staged{pack->version, currentDir(), true};
    tidy(); // a directory of this version left by a cut-off install is not trusted: written again
    if (!write(*files, pack->version, reason))
        return std::nullopt;
    return Staged{pack->version, QDir(m_root).filePath(pack->version), false};
}

bool PackStore::write(const PackFiles &files, const QString &version, QString *error)
{
    const QDir root(m_root);
    const QString staging = root.filePath(kStagingPrefix + version + u'-' + QString::number(QRandomGenerator::global()->generate(), 16));
    const auto fail = [&](const QString &why) {
        *error = QStringLiteral("cannot write the pack: %1").arg(why);
        QDir(staging).removeRecursively();
        return false;
    };
    QString why;
    if (!files.writeTo(staging, PackFiles::Durability::Durable, &why))
        return fail(why);
    const QString final = root.filePath(version);
    if (::rename(QFile::encodeName(staging).constData(), QFile::encodeName(final).constData()) != 0 || !syncPath(m_root))
        return fail(QStringLiteral("%1: %2").arg(final, systemError()));
    return true;
}

bool PackStore::pointLink(const QString &name, const QString &version, QString *error)
{
    // A new link beside the old one, then rename() over it: the name always exists and names
    // one version, the old or the new, whatever moment the power goes.
    const QDir root(m_root);
    const QByteArray fresh = QFile::encodeName(root.filePath(name + kLinkSuffix));
    ::unlink(fresh.constData());
    if (::symlink(QFile::encodeName(version).constData(), fresh.constData()) != 0
        || ::rename(fresh.constData(), QFile::encodeName(root.filePath(name)).constData()) != 0 || !syncPath(m_root)) {
        *error = QStringLiteral("cannot point %1 at %2: %3").arg(name, version, systemError());
        ::unlink(fresh.constData());
        return false;
    }
    return true;
}

bool PackStore::activate(const QString &version, QString *error)
{
    const QString running = currentVersion();
    if (running == version)
        return true;
    if (!running.isEmpty() && !pointLink(kPrevious, running, error))
        return false;
    return pointLink(kCurrent, version, error);
}

void PackStore::discard(const QString &version)
{
    if (version.isEmpty() || version == currentVersion() || version == QFileInfo(previousDir()).fileName())
        return;
    QDir(QDir(m_root).filePath(version)).removeRecursively();
}

void PackStore::tidy()
{
    const QDir root(m_root);
    const QString current = currentVersion();
    const QString previous = QFileInfo(previousDir()).fileName();
    const QFileInfoList entries = root.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        if (name == kCurrent || name == kPrevious || name == current || name == previous || (!m_kept.isEmpty() && name == m_kept))
            continue;
        if (entry.isSymLink() || !entry.isDir())
            QFile::remove(entry.filePath()); // a link left half-made (current.new)
        else
            QDir(entry.filePath()).removeRecursively();
    }
}

} // namespace guichet
