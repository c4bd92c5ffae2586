// SPDX-License-Identifier: GPL-3.0-or-later
#include "installcommand.h"

#include "clock.h"
#include "packarchive.h"
#include "packinstall.h"

#include <QCoreApplication>
#include <QFile>

namespace guichet {

namespace {
int refuse(QTextStream &out, const QString &reason)
{
    out << "refused: " << reason << '\n';
    return 2;
}
} // namespace

int runInstallCommand(const InstallCommand &command, QTextStream &out)
{
    QList<QByteArray> keys;
    QString error;
    if (command.keyFiles.isEmpty())
        return refuse(out, QStringLiteral("no --pack-key: a pack is installed only when signed by a trusted key"));
    if (!packsignature::readPublicKeys(command.keyFiles, &keys, &error))
        return refuse(out, error);
    QFile file(command.archive);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(out, QStringLiteral("cannot read %1: %2").arg(command.archive, file.errorString()));
    if (file.size() > kMaxArchiveBytes)
        return refuse(out, QStringLiteral("%1 is larger than %2 MiB").arg(command.archive).arg(kMaxArchiveBytes >> 20));
    PackStore store(command.dataDir);
    store.setInstalledVersion(command.installedVersion);
    const PackSelfTest selfTest(QCoreApplication::applicationFilePath(), command.selfTestArguments);
    const InstallOutcome outcome = installPack(store, file.readAll(), keys, Clock::now(), selfTest);
    out << outcome.line() << '\n';
    return outcome.installed ? 0 : 2;
}

} // namespace guichet
