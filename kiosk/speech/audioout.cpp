// SPDX-License-Identifier: GPL-3.0-or-later
#include "audioout.h"

#include <QAudioDevice>
#include <QAudioSink>
#include <QMediaDevices>

namespace guichet {

AudioOut::AudioOut(int sampleRate, QObject *parent)
    : QObject(parent)
{
    m_format.setSampleRate(sampleRate);
    m_format.setChannelCount(1);
    m_format.setSampleFormat(QAudioFormat::Int16);
    m_available = !QMediaDevices::defaultAudioOutput().isNull();
    m_feeder.setInterval(10);
    connect(&m_feeder, &QTimer::timeout, this, &AudioOut::feed);
}

AudioOut::~AudioOut()
{
    if (m_sink)
        m_sink->stop();
}

void AudioOut::setAvailable(bool available)
{
    if (available == m_available)
        return;
    m_available = available;
    Q_EMIT availableChanged();
}

bool AudioOut::ensureSink()
{
    if (m_forceNull)
        return false;
    if (m_sink && m_device)
        return true;
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull() || !device.isFormatSupported(m_format))
        return false;
    delete m_sink;
    m_sink = new QAudioSink(device, m_format, this);
    m_sink->setVolume(m_volume);
    connect(m_sink, &QAudioSink::stateChanged, this, &AudioOut::onSinkState);
    m_device = m_sink->start();
    return m_device != nullptr && m_sink->error() == QAudio::NoError;
}

void AudioOut::onSinkState()
{
    // A sound server that dies mid-utterance: the sink stops and deletes its device. Keep
    // time with the null clock from what was heard, and try a device again next utterance.
    if (!m_sink || (m_sink->error() != QAudio::FatalError && m_sink->error() != QAudio::OpenError))
        return;
    m_nullOffset = playedSamples();
    m_sink->deleteLater();
    m_sink = nullptr;
    m_device = nullptr;
    m_pending.clear();
    m_feeder.stop();
    m_nullMode = true;
    if (m_suspended)
        m_nullClock.invalidate();
    else
        m_nullClock.start();
    setAvailable(false);
}

void AudioOut::play(const QByteArray &pcm)
{
    if (m_queuedSamples == 0) {
        m_nullMode = !ensureSink();
        m_nullOffset = 0;
        if (!m_suspended) {
            m_nullClock.start();
        } else {
            // Paused before the first audio came: it waits for resume() like the rest.
            m_nullClock.invalidate();
            if (m_sink)
                m_sink->suspend();
        }
        setAvailable(!m_nullMode);
    }
    if (m_nullMode && !m_suspended && playedSamples() >= m_queuedSamples) {
        // Drained: the null clock must not have run ahead during the silence.
        m_nullOffset = m_queuedSamples;
        m_nullClock.start();
    }
    m_queuedSamples += pcm.size() / 2;
    if (m_nullMode)
        return;
    m_pending.append(pcm);
    feed();
    if (!m_pending.isEmpty())
        m_feeder.start();
}

void AudioOut::feed()
{
    if (!m_device || !m_sink) {
        m_pending.clear();
        m_feeder.stop();
        return;
    }
    const qsizetype free = m_sink->bytesFree();
    if (free > 0 && !m_pending.isEmpty()) {
        const qint64 written = m_device->write(m_pending.constData(), std::min<qsizetype>(free, m_pending.size()));
        if (written > 0)
            m_pending.remove(0, written);
    }
    if (m_pending.isEmpty())
        m_feeder.stop();
}

void AudioOut::stop()
{
    m_pending.clear();
    m_feeder.stop();
    m_queuedSamples = 0;
    if (m_sink) {
        // reset() drops what the server still holds; the next play() starts a fresh stream.
        m_sink->reset();
        m_sink->stop();
        delete m_sink;
        m_sink = nullptr;
        m_device = nullptr;
    }
    m_nullOffset = 0;
    m_suspended = false;
}

void AudioOut::suspend()
{
    if (m_suspended)
        return;
    if (m_nullMode) {
        m_nullOffset = playedSamples();
        m_nullClock.invalidate();
    } else if (m_sink) {
        m_sink->suspend();
    }
    m_suspended = true;
}

void AudioOut::resume()
{
    if (!m_suspended)
        return;
    m_suspended = false;
    if (m_nullMode)
        m_nullClock.start();
    else if (m_sink)
        m_sink->resume();
}

qint64 AudioOut::playedSamples() const
{
    qint64 played = 0;
    if (!m_nullMode && m_sink) {
        // Idle with nothing left to write: everything queued has been played (processedUSecs
        // rounds down, and would leave the last sample forever unheard).
        if (m_sink->state() == QAudio::IdleState && m_pending.isEmpty())
            return m_queuedSamples;
        played = (m_sink->processedUSecs() * m_format.sampleRate() + 500000) / 1000000;
    }
    else
        played = m_nullOffset + (m_nullClock.isValid() ? m_nullClock.elapsed() * m_format.sampleRate() / 1000 : 0);
    return std::clamp<qint64>(played, 0, m_queuedSamples);
}

void AudioOut::setVolume(double volume)
{
    m_volume = std::clamp(volume, 0.0, 1.0);
    if (m_sink)
        m_sink->setVolume(m_volume);
}

} // namespace guichet
