// SPDX-License-Identifier: GPL-3.0-or-later
#include "speechbench.h"

#include "installeddata.h"
#include "probe.h"
#include "speechprobes.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace guichet {

namespace {

/** One language's numbers, gathered over the runs. */
struct LanguageResult {
    QList<double> latencyMs;
    QList<double> oursMs; // total over the language's texts, one per run
    QList<double> rawMs;
};

int runChild(const QString &mode, const QString &pack, const QString &voicesDir, QTextStream &out, QTextStream &err)
{
    const VoiceLibrary voices(voicesDir);
    const std::optional<SpeechCorpus> corpus = SpeechCorpus::load(pack, voices, err);
    if (!corpus)
        return 1;
    if (mode == QLatin1String("latency"))
        return speechLatencyProbe(*corpus, voices, out, err);
    if (mode == QLatin1String("ours"))
        return speechOursProbe(*corpus, out, err);
    if (mode == QLatin1String("raw"))
        return speechRawProbe(*corpus, out, err);
    err << "guichet-bench speech: unknown --child " << mode << '\n';
    return 2;
}

} // namespace

int speechBench(const QStringList &args, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Time from say() to the first samples handed to the audio output, "
                                                    "and our synthesis time over raw espeak_Synth, on every text of "
                                                    "the pack in every voiced language."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("This help."));
    const QCommandLineOption packOption(QStringLiteral("pack"), QStringLiteral("Content pack."), QStringLiteral("dir"),
                                        installedData(QStringLiteral("default-pack")));
    const QCommandLineOption voicesOption(QStringLiteral("voices"), QStringLiteral("Voice profiles directory."),
                                          QStringLiteral("dir"), installedData(QStringLiteral("voices")));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs of each probe process."),
                                        QStringLiteral("n"), QStringLiteral("3"));
    QCommandLineOption childOption(QStringLiteral("child"), QStringLiteral("latency, ours or raw"), QStringLiteral("mode"));
    childOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({helpOption, packOption, voicesOption, runsOption, childOption});
    if (!parser.parse(QStringList{QStringLiteral("guichet-bench speech")} + args)) {
        err << "guichet-bench speech: " << parser.errorText() << '\n' << parser.helpText();
        return 2;
    }
    if (parser.isSet(helpOption)) {
        out << "Usage: guichet-bench speech [options]\n" << parser.helpText().section(QLatin1Char('\n'), 1);
        return 0;
    }
    const QString pack = QFileInfo(parser.value(packOption)).absoluteFilePath();
    const QString voicesDir = QFileInfo(parser.value(voicesOption)).absoluteFilePath();
    if (parser.isSet(childOption))
        return runChild(parser.value(childOption), pack, voicesDir, out, err);
    bool runsOk = false;
    const int runs = parser.value(runsOption).toInt(&runsOk);
    if (!runsOk || runs < 1) {
        err << "guichet-bench speech: --runs must be at least 1\n";
        return 2;
    }

    // The parent reads the corpus too (it starts no eSpeak) to name what the children measure.
    const VoiceLibrary voices(voicesDir);
    const std::optional<SpeechCorpus> corpus = SpeechCorpus::load(pack, voices, err);
    if (!corpus)
        return 1;
    out << "guichet-bench speech: pack " << pack << ", voices " << voicesDir << ", " << runs
        << " runs, null audio output\n"
        << "corpus: " << corpus->textCount() << " texts in " << corpus->languages.size() << " voiced languages";
    if (!corpus->textOnly.isEmpty())
        out << "; text only: " << corpus->textOnly.join(QLatin1Char(','));
    if (!corpus->noProfile.isEmpty())
        out << "; voice but no profile (not measured): " << corpus->noProfile.join(QLatin1Char(','));
    out << '\n';
    out.flush();

    const QString self = QCoreApplication::applicationFilePath();
    const QStringList common{QStringLiteral("speech"), QStringLiteral("--pack"), pack, QStringLiteral("--voices"), voicesDir,
                             QStringLiteral("--child")};
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    QHash<QString, LanguageResult> results;
    QList<double> oursTotals, rawTotals, rawFirst, firstSentence, cold;
    double oursAudio = 0, rawAudio = 0;
    int silent = 0;
    for (int run = 0; run < runs; ++run) {
        const std::optional<ProbeFields> latency = runProbe(self, common + QStringList{QStringLiteral("latency")}, env, err);
        if (!latency)
            return 1;
        silent += int(number(*latency, QStringLiteral("silent")));
        // Ours and raw alternate which goes first, so a drifting machine favours neither.
        std::optional<ProbeFields> ours, raw;
        for (const bool isOurs : {run % 2 == 0, run % 2 != 0}) {
            (isOurs ? ours : raw) = runProbe(self, common + QStringList{isOurs ? QStringLiteral("ours") : QStringLiteral("raw")},
                                             env, err);
            if (!(isOurs ? ours : raw))
                return 1;
        }
        QList<double> runLatency;
        double oursTotal = 0, rawTotal = 0;
        oursAudio = rawAudio = 0;
        for (const SpeechCorpus::Voiced &language : corpus->languages) {
            LanguageResult &r = results[language.code];
            const QList<double> lat = numbers(*latency, QStringLiteral("lat_") + language.code);
            r.latencyMs << lat;
            runLatency << lat;
            cold << numbers(*latency, QStringLiteral("cold_") + language.code);
            rawFirst << numbers(*raw, QStringLiteral("first_") + language.code);
            firstSentence << numbers(*ours, QStringLiteral("sentence_") + language.code);
            r.oursMs << number(*ours, QStringLiteral("ms_") + language.code);
            r.rawMs << number(*raw, QStringLiteral("ms_") + language.code);
            oursTotal += r.oursMs.constLast();
            rawTotal += r.rawMs.constLast();
            oursAudio += number(*ours, QStringLiteral("audio_s_") + language.code);
            rawAudio += number(*raw, QStringLiteral("audio_s_") + language.code);
        }
        oursTotals << oursTotal;
        rawTotals << rawTotal;
        out << "run " << run + 1 << '/' << runs << ": say_to_audio p50_ms=" << num(percentile(runLatency, 50), 3)
            << " p95_ms=" << num(percentile(runLatency, 95), 3) << " texts=" << runLatency.size()
            << " ours_ms=" << num(oursTotal) << " raw_ms=" << num(rawTotal) << '\n';
        out.flush();
    }

    QList<double> latency;
    for (const SpeechCorpus::Voiced &language : corpus->languages) {
        const LanguageResult &r = results.value(language.code);
        latency << r.latencyMs;
        const double oursMs = median(r.oursMs), rawMs = median(r.rawMs);
        out << "speech-lang: lang=" << language.code << " texts=" << language.texts.size()
            << " p50_ms=" << num(percentile(r.latencyMs, 50), 2) << " p95_ms=" << num(percentile(r.latencyMs, 95), 2)
            << " ours_ms=" << num(oursMs) << " raw_ms=" << num(rawMs) << " overhead=" << num(oursMs / rawMs, 2) << '\n';
    }
    const double oursMs = median(oursTotals), rawMs = median(rawTotals);
    out << "speech-detail: cold_max_ms=" << num(cold.isEmpty() ? std::nan("") : *std::max_element(cold.cbegin(), cold.cend()), 2)
        << " first_sentence_p50_ms=" << num(percentile(firstSentence, 50), 2)
        << " first_sentence_p95_ms=" << num(percentile(firstSentence, 95), 2)
        << " raw_first_p50_ms=" << num(percentile(rawFirst, 50), 3) << " raw_first_p95_ms=" << num(percentile(rawFirst, 95), 3)
        << " ours_audio_s=" << num(oursAudio) << " raw_audio_s=" << num(rawAudio)
        << " ours_realtime_x=" << num(oursAudio * 1000 / oursMs, 0) << " raw_realtime_x=" << num(rawAudio * 1000 / rawMs, 0)
        << " ours_ms=" << num(oursMs) << " raw_ms=" << num(rawMs) << " samples=" << latency.size() << " silent=" << silent
        << '\n'
        << "speech: p50_ms=" << num(percentile(latency, 50), 2) << " p95_ms=" << num(percentile(latency, 95), 2)
        << " overhead=" << num(oursMs / rawMs, 2) << Qt::endl;
    return 0;
}

} // namespace guichet
