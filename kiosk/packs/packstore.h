// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packsignature.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace guichet {

/**
 * The packs a kiosk has installed, under DATA/packs: one directory per version, and two
 * symbolic links, `current` (the pack the kiosk runs) and `previous` (the one before, kept to
 * fall back on). A new pack is checked whole in memory, written to a hidden staging directory,
 * fsynced, renamed to its version, and only then named by `current`, switched with rename().
 * So a power cut at any moment leaves `current` naming a whole pack: the old or the new.
 */
class PackStore
{
public:
    explicit PackStore(const QString &dataDir);

    /** DATA/packs */
    [[nodiscard]] QString root() const { return m_root; }
    /** The directory `current` (or `previous`) names, or empty when there is none. */
    [[nodiscard]] QString currentDir() const;
    [[nodiscard]] QString previousDir() const;
    /** The version `current` names, or empty. */
    [[nodiscard]] QString currentVersion() const;
    /** The version of the pack installed with the program: with no `current`, a new pack must
     *  be greater than it. */
    void setInstalledVersion(const QString &version) { m_installedVersion = version; }
    /** A version tidy() leaves alone besides current and previous: the one a running kiosk
     *  still shows while newer ones wait for its idle reset. */
    void keep(const QString &version) { m_kept = version; }

    /** A pack checked and written beside the others, not yet running. */
    struct Staged {
        QString version;
        QString dir;
        bool alreadyCurrent = false; // the same pack as the running one: nothing to do
    };
    /**
     * Checks an archive (signature from one of trusted, every file, not expired at now, a
     * version greater than the running one, or the same pack again) and writes it to
     * DATA/packs/<version>. Nothing, with the reason in one line, when it is refused; then
     * nothing new is left in DATA/packs.
     */
    [[nodiscard]] std::optional<Staged> stage(const QByteArray &archive, const QList<QByteArray> &trusted, const QDateTime &now, QString *reason);
    /** `current` names this version now, and `previous` the one that ran before. */
    bool activate(const QString &version, QString *error);
    /** Removes a staged version that will not run (it failed the self-test). */
    void discard(const QString &version);
    /** Removes staging leftovers and every version that is neither current, previous nor kept. */
    void tidy();

private:
    std::optional<QString> refusal(const packsignature::Signed &pack, const PackFiles &files, const QDateTime &now, bool *alreadyCurrent) const;
    bool write(const PackFiles &files, const QString &version, QString *error);
    bool pointLink(const QString &name, const QString &version, QString *error);

    QString m_root;
    QString m_installedVersion;
    QString m_kept;
};

} // namespace guichet
