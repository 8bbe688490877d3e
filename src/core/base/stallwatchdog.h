#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <atomic>
#include <memory>

class QThread;

// Measures how long the thread it lives on (the GUI thread) goes without returning to its event
// loop. A precise timer beats every 2 milliseconds; a gap between two beats longer than the
// threshold is a stall, and the gap is its length. A watchdog thread samples the beat while the GUI thread is away and
// names what it was doing, cheaply: the class of the object and the type of the event the GUI
// thread was delivering when the stall began (an application event filter notes each delivery).
//
// REIMAGINE_STALL_WATCHDOG=1 in the environment makes the app start one (fromEnvironment()):
// it logs every stall over 16 ms (category reimagine.stalls) and the longest at exit. Benchmarks
// read longestStallMs() directly.
class StallWatchdog : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StallWatchdog)

public:
    struct Stall
    {
        double ms = 0;          // how long the thread was away from its event loop
        double cpuMs = 0;       // of which it ran on a CPU (the rest it waited: for the CPU
                                // under load, for a lock or for the disk)
        QByteArray during;      // "QMetaCallEvent to HistoryModel" when known, else empty
    };

    explicit StallWatchdog(QObject *parent = nullptr, int thresholdMs = 16);
    ~StallWatchdog() override;

    // Starts beating (and the watchdog thread); stop() ends both. Both on the owner's thread.
    void start();
    void stop();
    bool isRunning() const { return m_beat.isActive(); }

    // Forgets the stalls so far (a benchmark measures one phase at a time).
    void reset();
    Stall longest() const { return m_longest; }
    double longestStallMs() const { return m_longest.ms; }
    int stallCount() const { return m_count; }   // stalls over the threshold
    int thresholdMs() const { return m_thresholdMs; }
    // Log every stall over the threshold as it ends (off by default; on from the environment).
    void setLogging(bool on) { m_logging = on; }

    // Beats the clock now, as the timer would: for code that blocks on purpose and wants the
    // stall it caused to end exactly here (tests), or that processes events itself.
    void beat();

    // A running, logging watchdog on qApp when REIMAGINE_STALL_WATCHDOG is set to anything but
    // 0; nullptr otherwise. It logs the longest stall when the application quits.
    static StallWatchdog *fromEnvironment();

Q_SIGNALS:
    void stalled(double ms, const QByteArray &during);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

public:
    struct Shared;   // between the watched thread and the watchdog thread (stallwatchdog.cpp)

private:
    static constexpr int BeatMs = 2;

    QTimer m_beat;
    QElapsedTimer m_clock;
    qint64 m_lastBeatNs = 0;
    qint64 m_lastBeatCpuNs = 0;
    int m_thresholdMs;
    bool m_logging = false;
    Stall m_longest;
    int m_count = 0;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
};
