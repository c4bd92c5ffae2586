// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchprobe.h"

#include "kiosk.h"

#include <QCoreApplication>
#include <QQuickWindow>
#include <QSGRendererInterface>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>

namespace guichet {

namespace {

constexpr int kSamples = 50;       // measured changes of each kind
constexpr int kSettleMs = 500;     // after the first frame: late image loads, fonts
constexpr int kGapMs = 50;         // between changes, so each starts from a quiet window
constexpr int kFrameTimeoutMs = 5000;

qint64 nsSince(BenchProbe::Clock::time_point from)
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(BenchProbe::Clock::now() - from).count();
}

/** Peak resident set (VmHWM) of this process so far, in MB; Linux gives ru_maxrss in kB. */
double peakRssMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0;
}

/** Nearest-rank percentile; NaN for no samples. */
double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const auto rank = qsizetype(std::ceil(p / 100.0 * double(values.size())));
    return values.at(std::clamp<qsizetype>(rank - 1, 0, values.size() - 1));
}

QString ms(double value)
{
    return std::isnan(value) ? QStringLiteral("n/a") : QString::number(value, 'f', 2);
}

QString joined(const QList<double> &values)
{
    QStringList parts;
    for (double v : values)
        parts << QString::number(v, 'f', 2);
    return parts.isEmpty() ? QStringLiteral("n/a") : parts.join(QLatin1Char(','));
}

QString rendererName(QQuickWindow *window)
{
    const QSGRendererInterface *ri = window->rendererInterface();
    switch (ri ? ri->graphicsApi() : QSGRendererInterface::Unknown) {
    case QSGRendererInterface::Software: return QStringLiteral("software");
    case QSGRendererInterface::OpenGL: return QStringLiteral("opengl");
    case QSGRendererInterface::Vulkan: return QStringLiteral("vulkan");
    case QSGRendererInterface::OpenVG: return QStringLiteral("openvg");
    default: return QStringLiteral("other");
    }
}

/** The same cycle, starting after @p from, wrapping round so it ends on @p from. */
QStringList rotation(const QStringList &items, const QString &from)
{
    const qsizetype at = std::max<qsizetype>(0, items.indexOf(from));
    return items.mid(at + 1) + items.mid(0, at + 1);
}

} // namespace

BenchProbe::BenchProbe(QQuickWindow *window, Kiosk *kiosk, Clock::time_point started, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_kiosk(kiosk)
    , m_started(started)
{
    m_pause.setSingleShot(true);
    connect(&m_pause, &QTimer::timeout, this, &BenchProbe::runStep);
    m_watchdog.setSingleShot(true);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        fail(QStringLiteral("no frame within %1 ms of changing to %2").arg(kFrameTimeoutMs).arg(m_steps.at(m_next).target));
    });

    // Both signals may come from the render thread: take the time there, handle it here.
    connect(window, &QQuickWindow::beforeSynchronizing, this, [this] {
        int changed = Changed;
        m_state.compare_exchange_strong(changed, Synced);
    }, Qt::DirectConnection);
    connect(window, &QQuickWindow::frameSwapped, this, [this] {
        const qint64 now = nsSince(m_started);
        if (!m_firstFrameSeen.exchange(true)) {
            QMetaObject::invokeMethod(this, [this, now] { firstFrame(now); }, Qt::QueuedConnection);
            return;
        }
        int synced = Synced;
        if (m_state.compare_exchange_strong(synced, Idle)) {
            const qint64 total = now - m_changeStartNs.load();
            QMetaObject::invokeMethod(this, [this, total] { changeShown(total); }, Qt::QueuedConnection);
        }
    }, Qt::DirectConnection);
}

void BenchProbe::firstFrame(qint64 nsSinceStart)
{
    m_firstFrameMs = double(nsSinceStart) / 1e6;
    m_firstFrameRssMb = peakRssMb();
    planSteps();
    m_pause.start(kSettleMs);
}

void BenchProbe::planSteps()
{
    const QStringList screens = m_window->property("screenNames").toStringList();
    QStringList languages;
    for (const Language &language : m_kiosk->context()->pack().languages)
        languages << language.code;
    const QStringList screenCycle = rotation(screens, QStringLiteral("home"));
    const QStringList languageCycle = languages.size() > 1 ? rotation(languages, m_kiosk->language()) : QStringList();

    // First visits build delegates, load SVGs and translators: timed, but kept apart.
    for (const QString &screen : screenCycle)
        m_steps << Step{Kind::Screen, screen, Phase::Cold};
    m_steps << Step{Kind::Screen, QStringLiteral("home"), Phase::Setup};
    for (const QString &code : languageCycle)
        m_steps << Step{Kind::Language, code, Phase::Cold};
    for (int i = 0; i < kSamples && !screenCycle.isEmpty(); ++i)
        m_steps << Step{Kind::Screen, screenCycle.at(i % screenCycle.size()), Phase::Measured};
    // Languages are chosen on the home screen (the mode bar's language button goes there).
    m_steps << Step{Kind::Screen, QStringLiteral("home"), Phase::Setup};
    for (int i = 0; i < kSamples && !languageCycle.isEmpty(); ++i)
        m_steps << Step{Kind::Language, languageCycle.at(i % languageCycle.size()), Phase::Measured};
    m_screenCount = int(screens.size());
    m_languageCount = int(languages.size());
}

void BenchProbe::runStep()
{
    if (!m_window)
        return fail(QStringLiteral("the window is gone"));
    if (m_next >= m_steps.size())
        return finish();
    const Step &step = m_steps.at(m_next);
    const Clock::time_point callStart = Clock::now();
    m_changeStartNs = nsSince(m_started);
    m_state = Changed;
    if (step.kind == Kind::Screen) {
        bool ok = false;
        const bool invoked = QMetaObject::invokeMethod(m_window, "showScreen", Q_RETURN_ARG(bool, ok),
                                                       Q_ARG(QString, step.target));
        if (!invoked || !ok)
            return fail(QStringLiteral("showScreen(\"%1\") failed").arg(step.target));
    } else {
        m_kiosk->setLanguage(step.target);
    }
    m_callMs = double(nsSince(callStart)) / 1e6;
    m_window->update(); // a change that dirties nothing must still produce a frame
    m_watchdog.start(kFrameTimeoutMs);
}

void BenchProbe::changeShown(qint64 totalNs)
{
    m_watchdog.stop();
    const Step &step = m_steps.at(m_next);
    const double totalMs = double(totalNs) / 1e6;
    const bool screen = step.kind == Kind::Screen;
    if (step.phase == Phase::Cold) {
        double &coldMax = screen ? m_screenColdMaxMs : m_languageColdMaxMs;
        coldMax = std::max(coldMax, totalMs);
    } else if (step.phase == Phase::Measured) {
        (screen ? m_screenMs : m_languageMs) << totalMs;
        (screen ? m_screenCallMs : m_languageCallMs) << m_callMs;
    }
    ++m_next;
    m_pause.start(kGapMs);
}

void BenchProbe::finish()
{
    QTextStream out(stdout);
    out << "probe: first_frame_ms=" << QString::number(m_firstFrameMs, 'f', 1)
        << " first_frame_rss_mb=" << QString::number(m_firstFrameRssMb, 'f', 1)
        << " peak_rss_mb=" << QString::number(peakRssMb(), 'f', 1)
        << " screen_change_p95_ms=" << ms(percentile(m_screenMs, 95))
        << " language_switch_p95_ms=" << ms(percentile(m_languageMs, 95))
        << " samples=" << m_screenMs.size()
        << " screen_change_call_p95_ms=" << ms(percentile(m_screenCallMs, 95))
        << " language_switch_call_p95_ms=" << ms(percentile(m_languageCallMs, 95))
        << " screen_change_cold_max_ms=" << ms(m_screenColdMaxMs)
        << " language_switch_cold_max_ms=" << ms(m_languageCount > 1 ? m_languageColdMaxMs : std::nan(""))
        << " screens=" << m_screenCount << " languages=" << m_languageCount
        << " renderer=" << rendererName(m_window)
        << " screen_change_ms=" << joined(m_screenMs)
        << " language_switch_ms=" << joined(m_languageMs) << Qt::endl;
    QCoreApplication::exit(0);
}

void BenchProbe::fail(const QString &why)
{
    m_watchdog.stop();
    m_pause.stop();
    QTextStream(stderr) << "probe: error: " << why << Qt::endl;
    QCoreApplication::exit(1);
}

} // namespace guichet
