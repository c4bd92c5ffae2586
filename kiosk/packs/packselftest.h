// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <functional>

namespace guichet {

/**
 * The kiosk's own self-test (`guichet-kiosk --self-test`: every screen in every language,
 * offscreen) run on a pack that is not running yet, in a child process, so that a pack that
 * would break a screen never reaches a visitor. `extraArguments` are the running kiosk's
 * --translations and --voices, so that the child sees what the kiosk would.
 */
class PackSelfTest
{
public:
    PackSelfTest(QString kioskProgram, QStringList extraArguments);

    /** Blocks until the self-test of that pack directory ends; false with its last words. */
    bool run(const QString &packDir, QString *failure) const;
    /** The same without blocking: done(ok, failure) is called on the caller's thread. The
     *  process belongs to `owner` (killed with it). */
    void start(const QString &packDir, QObject *owner, std::function<void(bool ok, const QString &failure)> done) const;

private:
    void configure(QProcess &process, const QString &packDir) const;
    static QString failureOf(QProcess &process);

    QString m_program;
    QStringList m_arguments;
};

} // namespace guichet
