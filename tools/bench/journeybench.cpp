// SPDX-License-Identifier: GPL-3.0-or-later
#include "journeybench.h"

#include "benchserver.h"
#include "installeddata.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace guichet {

namespace {

/** The id of the default pack's first office: the kiosk stands in it, so the booking skips
 *  the office step whatever the pack's default_office says. Empty if it cannot be read. */
QString firstOffice()
{
    QFile file(installedData(QStringLiteral("default-pack")) + QStringLiteral("/offices.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray offices = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("offices")).toArray();
    return offices.isEmpty() ? QString() : offices.first().toObject().value(QStringLiteral("id")).toString();
}

} // namespace

int journeyBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    const qsizetype at = args.indexOf(QStringLiteral("--lang"));
    const QStringList languages = (at >= 0 ? args.value(at + 1) : QStringLiteral("fr,ar")).split(u',', Qt::SkipEmptyParts);
    const bool keys = args.contains(QStringLiteral("--keys"));
    BenchServer server;
    QString error;
    if (!server.start(&error)) {
        err << "journey: " << error << '\n';
        return 1;
    }
    const QString office = firstOffice();
    if (office.isEmpty()) {
        err << "journey: no office in the default pack\n";
        return 1;
    }
    QTemporaryDir dir;
    QFile token(dir.filePath(QStringLiteral("token")));
    if (!token.open(QIODevice::WriteOnly) || !token.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return 1;
    token.write(server.kioskToken.toLatin1());
    token.close();
    int status = 0;
    for (const QString &language : languages) {
        QProcess kiosk;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        kiosk.setProcessEnvironment(env);
        if (env.contains(QStringLiteral("GUICHET_JOURNEY_TRACE")))
            kiosk.setProcessChannelMode(QProcess::ForwardedErrorChannel); // the step-by-step trace
        kiosk.start(QCoreApplication::applicationDirPath() + QStringLiteral("/guichet-kiosk"),
                    QStringList{QStringLiteral("--windowed"), QStringLiteral("--mute"), QStringLiteral("--server"), server.url(), QStringLiteral("--kiosk-id"),
                     QStringLiteral("k1"), QStringLiteral("--token-file"), token.fileName(), QStringLiteral("--data"),
                     dir.filePath(QStringLiteral("kiosk-") + language), QStringLiteral("--office"), office, QStringLiteral("--bench-journey"), language}
                        + (keys ? QStringList{QStringLiteral("--bench-journey-keys")} : QStringList{}));
        if (!kiosk.waitForFinished(30 * 60 * 1000)) {
            err << "journey: the kiosk did not finish in " << language << '\n';
            kiosk.kill();
            status = 1;
            continue;
        }
        const QList<QByteArray> lines = kiosk.readAllStandardOutput().trimmed().split('\n');
        out << lines.last() << Qt::endl;
        status |= kiosk.exitCode();
    }
    return status;
}

} // namespace guichet
