// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

#include <atomic>
#include <chrono>

class QQuickWindow;

namespace guichet {

class Kiosk;

/**
 * Measures from inside the kiosk what a visitor waits for, for guichet-bench (--bench-probe):
 * main() to the first frame, and a screen change or a language switch to the frame that shows
 * it. Only a frame whose scene graph was synchronised after the change counts, so a frame
 * already under way cannot pass for it. Prints one `probe:` line and quits; it reports numbers
 * and judges none of them.
 */
class BenchProbe : public QObject
{
    Q_OBJECT

public:
    using Clock = std::chrono::steady_clock;

    /** @p started is taken as the first statement of main(). */
    BenchProbe(QQuickWindow *window, Kiosk *kiosk, Clock::time_point started, QObject *parent = nullptr);

private:
    enum class Kind { Screen, Language };
    /** Setup changes are not timed; cold ones (first visit of each) are reported apart. */
    enum class Phase { Setup, Cold, Measured };
    struct Step {
        Kind kind;
        QString target;
        Phase phase;
    };
    /** Where the frame of the change in flight is (written by the render loop's thread too). */
    enum State : int { Idle, Changed, Synced };

    void firstFrame(qint64 nsSinceStart);
    void planSteps();
    void runStep();
    void changeShown(qint64 totalNs);
    void finish();
    void fail(const QString &why);

    QPointer<QQuickWindow> m_window;
    Kiosk *m_kiosk;
    Clock::time_point m_started;
    QTimer m_pause;
    QTimer m_watchdog;

    std::atomic<bool> m_firstFrameSeen{false};
    std::atomic<int> m_state{Idle};
    std::atomic<qint64> m_changeStartNs{0};

    double m_firstFrameMs = 0;
    double m_firstFrameRssMb = 0;
    QList<Step> m_steps;
    int m_next = 0;
    double m_callMs = 0;
    QList<double> m_screenMs, m_languageMs, m_screenCallMs, m_languageCallMs;
    double m_screenColdMaxMs = 0;
    double m_languageColdMaxMs = 0;
    int m_screenCount = 0;
    int m_languageCount = 0;
};

} // namespace guichet
