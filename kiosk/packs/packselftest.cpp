// SPDX-License-Identifier: GPL-3.0-or-later
#include "packselftest.h"

#include <QTimer>

namespace guichet {

namespace {
/** The default pack's self-test takes about 4 s; a pack that hangs the kiosk is refused. */
constexpr int kTimeoutMs = 120 * 1000;
} // namespace

PackSelfTest::PackSelfTest(QString kioskProgram, QStringList extraArguments)
    : m_program(std::move(kioskProgram))
    , m_arguments(std::move(extraArguments))
{
}

void PackSelfTest::configure(QProcess &process, const QString &packDir) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(env);
    process.setProgram(m_program);
    process.setArguments(QStringList{QStringLiteral("--self-test"), QStringLiteral("--mute"), QStringLiteral("--pack"), packDir} + m_arguments);
    process.setProcessChannelMode(QProcess::MergedChannels);
}

QString PackSelfTest::failureOf(QProcess &process)
{
    if (process.error() == QProcess::FailedToStart)
        return QStringLiteral("the self-test did not start: %1").arg(process.errorString());
    // The self-test names what failed last (its summary line comes after the problems).
    const QStringList lines = QString::fromUtf8(process.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QString last = lines.isEmpty() ? QStringLiteral("no output") : lines.constLast().trimmed();
    if (process.exitStatus() != QProcess::NormalExit)
        last = QStringLiteral("it stopped (%1)").arg(last);
    return QStringLiteral("the kiosk's self-test failed on the new pack: %1").arg(last.left(300));
}

bool PackSelfTest::run(const QString &packDir, QString *failure) const
{
    QProcess process;
    configure(process, packDir);
    process.start();
    if (!process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
    }
    if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0)
        return true;
    *failure = failureOf(process);
    return false;
}

void PackSelfTest::start(const QString &packDir, QObject *owner, std::function<void(bool, const QString &)> done) const
{
    auto *process = new QProcess(owner);
    configure(*process, packDir);
    auto *limit = new QTimer(process);
    limit->setSingleShot(true);
    QObject::connect(limit, &QTimer::timeout, process, &QProcess::kill);
    QObject::connect(process, &QProcess::finished, owner, [process, done](int code, QProcess::ExitStatus status) {
        process->deleteLater();
        const bool ok = status == QProcess::NormalExit && code == 0;
        done(ok, ok ? QString() : failureOf(*process));
    });
    QObject::connect(process, &QProcess::errorOccurred, owner, [process, done](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return; // a crash or the time limit comes through finished()
        process->deleteLater();
        done(false, failureOf(*process));
    });
    process->start();
    limit->start(kTimeoutMs);
}

} // namespace guichet
