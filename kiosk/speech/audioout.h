// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAudioFormat>
#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QAudioSink;
class QIODevice;

namespace guichet {

/**
 * Plays 16-bit mono PCM and tells how much of it has been heard, which drives the word
 * highlight. Without a sound device (CI, a kiosk whose sound server died) it still keeps time,
 * as if playing into nothing, and says it is unavailable, so the screen can show why it is silent.
 */
class AudioOut : public QObject
{
    Q_OBJECT

public:
    explicit AudioOut(int sampleRate, QObject *parent = nullptr);
    ~AudioOut() override;

    /** A real device took the last audio (false: the null output keeps time only). */
    [[nodiscard]] bool available() const { return m_available; }
    /** Appends audio after what is already queued. */
    void play(const QByteArray &pcm);
    /** Drops everything queued or playing. */
    void stop();
    /** Holds the audio where it is; resume() goes on from there. */
    void suspend();
    void resume();
    /** Samples heard since the last stop(). */
    [[nodiscard]] qint64 playedSamples() const;
    [[nodiscard]] qint64 queuedSamples() const { return m_queuedSamples; }
    void setVolume(double volume);
    /** Use the null output even when a device exists (tests, --mute). */
    void setForceNull(bool on)
    {
        m_forceNull = on;
        if (on)
            setAvailable(false);
    }

Q_SIGNALS:
    void availableChanged();

private:
    bool ensureSink();
    void feed();
    void setAvailable(bool available);
    void onSinkState();

    QAudioFormat m_format;
    QAudioSink *m_sink = nullptr;
    QPointer<QIODevice> m_device; // the sink deletes it when the server dies (docs/HEADLESS.md)
    QByteArray m_pending;
    QTimer m_feeder;
    QElapsedTimer m_nullClock;
    qint64 m_queuedSamples = 0;
    qint64 m_nullOffset = 0; // samples heard before falling back to the null clock
    double m_volume = 1.0;
    bool m_available = false;
    bool m_forceNull = false;
    bool m_nullMode = true;
    bool m_suspended = false;
};

} // namespace guichet
