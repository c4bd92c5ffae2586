// SPDX-License-Identifier: GPL-3.0-or-later
// The latency a visitor hears: from SpeechEngine::say() to the first audio handed to the output.
#include "speechengine.h"
#include "speechprobes.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

namespace guichet {

namespace {

constexpr int kTextTimeoutMs = 10000;
/** After stop(), the worker may still be rendering the sentence it had begun; it drops the
 *  rest. Waiting this long lets it finish, so each say() meets an idle worker. */
constexpr int kQuietMs = 50;

/** One utterance at a time through the real engine, timed until its first audio is queued. */
class LatencyMeter
{
public:
    enum class Outcome { Handed, Silent, TimedOut };

    explicit LatencyMeter(SpeechEngine &engine)
        : m_engine(engine)
    {
        m_limit.setSingleShot(true);
        QObject::connect(&m_limit, &QTimer::timeout, &m_loop, &QEventLoop::quit);
        // Direct connections: the time is taken in onSentence, right after AudioOut::play().
        QObject::connect(&engine, &SpeechEngine::audioQueued, &m_loop, [this] {
            if (m_handedNs < 0)
                m_handedNs = m_clock.nsecsElapsed();
            m_loop.quit();
        });
        QObject::connect(&engine, &SpeechEngine::utteranceFinished, &m_loop, [this] {
            m_finished = true;
            m_loop.quit();
        });
    }

    /** Says text, waits for its first audio, then stops it and lets the worker go idle. */
    Outcome measure(const QString &text, const QString &language, double *ms)
    {
        m_handedNs = -1;
        m_finished = false;
        m_limit.start(kTextTimeoutMs);
        m_clock.start();
        m_engine.say(text, language);
        if (m_handedNs < 0 && !m_finished)
            m_loop.exec();
        m_limit.stop();
        m_engine.stop();
        const Outcome outcome = m_handedNs >= 0 ? Outcome::Handed : m_finished ? Outcome::Silent : Outcome::TimedOut;
        *ms = double(m_handedNs) / 1e6;
        m_limit.start(kQuietMs);
        m_loop.exec();
        return outcome;
    }

private:
    SpeechEngine &m_engine;
    QEventLoop m_loop;
    QTimer m_limit;
    QElapsedTimer m_clock;
    qint64 m_handedNs = -1;
    bool m_finished = false;
};

} // namespace

int speechLatencyProbe(const SpeechCorpus &corpus, const VoiceLibrary &voices, QTextStream &out, QTextStream &err)
{
    SpeechEngine engine(voices);
    engine.setForceNullOutput(true);
    if (!engine.waitUntilReady()) {
        err << "guichet-bench speech: the speech engine did not start (eSpeak NG)\n";
        return 1;
    }
    LatencyMeter meter(engine);
    QStringList fields;
    int silent = 0;
    for (const SpeechCorpus::Voiced &language : corpus.languages) {
        // The first text after switching language is timed apart: eSpeak holds one voice at a
        // time, and the switch (dictionary load) falls on that utterance.
        QStringList cold, times;
        for (qsizetype i = -1; i < language.texts.size(); ++i) {
            double ms = 0;
            switch (meter.measure(language.texts.at(std::max<qsizetype>(i, 0)), language.code, &ms)) {
            case LatencyMeter::Outcome::Handed:
                (i < 0 ? cold : times) << QString::number(ms, 'f', 3);
                break;
            case LatencyMeter::Outcome::Silent:
                ++silent;
                break;
            case LatencyMeter::Outcome::TimedOut:
                err << "guichet-bench speech: no audio within " << kTextTimeoutMs << " ms for a " << language.code
                    << " text: " << language.texts.at(std::max<qsizetype>(i, 0)).left(80) << '\n';
                return 1;
            }
        }
        fields << QStringLiteral("cold_%1=%2").arg(language.code, cold.join(QLatin1Char(',')))
               << QStringLiteral("lat_%1=%2").arg(language.code, times.join(QLatin1Char(',')));
    }
    out << "probe: silent=" << silent << ' ' << fields.join(QLatin1Char(' ')) << Qt::endl;
    return 0;
}

} // namespace guichet
