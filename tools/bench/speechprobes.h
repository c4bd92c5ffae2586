// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "speechcorpus.h"

namespace guichet {

// The hidden child modes of guichet-bench speech. eSpeak NG is process-wide state that must be
// started once per process, so each measurement that needs its own runs in its own process.
// Each prints `probe: key=value ...` with one key per language (suffix _<code>); 0 on success.

/** SpeechEngine with the null output: say() to the first audioQueued(), per text (lat_<code>, ms). */
int speechLatencyProbe(const SpeechCorpus &corpus, const VoiceLibrary &voices, QTextStream &out, QTextStream &err);
/** UtteranceRenderer::renderAll over every text (ms_<code>, audio_s_<code>), then each text's
 *  first sentence alone (sentence_<code>, ms). */
int speechOursProbe(const SpeechCorpus &corpus, QTextStream &out, QTextStream &err);
/** Bare espeak_Synth on each text's spoken form, samples discarded (ms_, audio_s_, first_<code>). */
int speechRawProbe(const SpeechCorpus &corpus, QTextStream &out, QTextStream &err);

} // namespace guichet
