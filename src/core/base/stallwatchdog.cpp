#include "stallwatchdog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLoggingCategory>
#include <QMetaEnum>
#include <QMutex>
#include <QThread>

#include <ctime>

Q_LOGGING_CATEGORY(lcStalls, "reimagine.stalls")

// What the watched thread is doing and the watchdog thread's note of it, shared between them.
struct StallWatchdog::Shared
{
    std::atomic<qint64> lastBeatNs{0};
    std::atomic<const char *> receiver{nullptr};   // class name: static storage
    std::atomic<int> eventType{0};
    std::atomic<bool> quit{false};
    QElapsedTimer clock;   // the owner's, copied before the thread starts

    QMutex mutex;          // guards the note below
    qint64 notedBeatNs = -1;   // the beat the note belongs to
    QByteArray noted;
};

namespace {

// CPU time of the calling thread.
qint64 threadCpuNs()
{
    timespec ts{};
    if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts) != 0)
        return 0;
    return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

QByteArray describe(const char *receiver, int type)
{
    if (!receiver)
        return {};
    const char *name = QEvent::staticMetaObject.enumerator(QEvent::staticMetaObject.indexOfEnumerator("Type"))
                           .valueToKey(type);
    const QByteArray event = name ? QByteArray(name) : QByteArray::number(type);
    return event + " to " + receiver;
}

// Samples the beat every millisecond; once the watched thread is away for longer than the
// threshold, notes what it is delivering (once per stall).
class WatchThread final : public QThread
{
public:
    WatchThread(std::shared_ptr<StallWatchdog::Shared> shared, int thresholdMs)
        : m_shared(std::move(shared))
        , m_thresholdNs(qint64(thresholdMs) * 1000000)
    {
        setObjectName(QStringLiteral("StallWatchdog"));
    }

protected:
    void run() override;

private:
    std::shared_ptr<StallWatchdog::Shared> m_shared;
    qint64 m_thresholdNs;
};

} // namespace

void WatchThread::run()
{
    StallWatchdog::Shared &s = *m_shared;
    while (!s.quit.load(std::memory_order_relaxed)) {
        QThread::usleep(1000);
        const qint64 beat = s.lastBeatNs.load(std::memory_order_acquire);
        if (s.clock.nsecsElapsed() - beat < m_thresholdNs)
            continue;
        const QMutexLocker lock(&s.mutex);
        if (s.notedBeatNs == beat)
            continue;
        s.notedBeatNs = beat;
        s.noted = describe(s.receiver.load(std::memory_order_relaxed), s.eventType.load(std::memory_order_relaxed));
    }
}

StallWatchdog::StallWatchdog(QObject *parent, int thresholdMs)
    : QObject(parent)
    , m_thresholdMs(thresholdMs)
    , m_shared(std::make_shared<Shared>())
{
    m_beat.setTimerType(Qt::PreciseTimer);
    m_beat.setInterval(BeatMs);
    connect(&m_beat, &QTimer::timeout, this, &StallWatchdog::beat);
}

StallWatchdog::~StallWatchdog()
{
    stop();
}

void StallWatchdog::start()
{
    if (m_beat.isActive())
        return;
    m_clock.start();
    m_shared->clock = m_clock;
    m_lastBeatNs = m_clock.nsecsElapsed();
    m_lastBeatCpuNs = threadCpuNs();
    m_shared->lastBeatNs.store(m_lastBeatNs, std::memory_order_release);
    m_shared->quit = false;
    if (QCoreApplication *app = QCoreApplication::instance(); app && app->thread() == thread())
        app->installEventFilter(this);
    m_thread = new WatchThread(m_shared, m_thresholdMs);
    m_thread->start(QThread::HighPriority);
    m_beat.start();
}

void StallWatchdog::stop()
{
    if (!m_beat.isActive())
        return;
    m_beat.stop();
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
    m_shared->quit = true;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void StallWatchdog::reset()
{
    m_longest = Stall();
    m_count = 0;
    if (m_clock.isValid()) {
        m_lastBeatNs = m_clock.nsecsElapsed();
        m_lastBeatCpuNs = threadCpuNs();
        m_shared->lastBeatNs.store(m_lastBeatNs, std::memory_order_release);
    }
}

void StallWatchdog::beat()
{
    if (!m_clock.isValid())
        return;
    const qint64 now = m_clock.nsecsElapsed();
    // The gap since the last beat: BeatMs while the thread keeps returning to its event loop.
    const double lateMs = double(now - m_lastBeatNs) / 1e6;
    const qint64 previous = m_lastBeatNs;
    const qint64 cpu = threadCpuNs();
    const double cpuMs = double(cpu - m_lastBeatCpuNs) / 1e6;
    m_lastBeatCpuNs = cpu;
    m_lastBeatNs = now;
    m_shared->lastBeatNs.store(now, std::memory_order_release);
    if (lateMs < m_thresholdMs && lateMs <= m_longest.ms)
        return;
    Stall stall;
    stall.ms = lateMs;
    stall.cpuMs = cpuMs;
    {
        const QMutexLocker lock(&m_shared->mutex);
        if (m_shared->notedBeatNs == previous)
            stall.during = m_shared->noted;
    }
    if (stall.during.isEmpty())
        stall.during = describe(m_shared->receiver.load(std::memory_order_relaxed),
                                m_shared->eventType.load(std::memory_order_relaxed));
    if (stall.ms > m_longest.ms)
        m_longest = stall;
    if (lateMs < m_thresholdMs)
        return;
    ++m_count;
    if (m_logging)
        qCInfo(lcStalls).nospace() << "GUI thread stalled " << qRound(stall.ms) << " ms (CPU "
                                   << qRound(stall.cpuMs) << " ms)"
                                   << (stall.during.isEmpty() ? QByteArray() : " during " + stall.during).constData();
    Q_EMIT stalled(stall.ms, stall.during);
}

bool StallWatchdog::eventFilter(QObject *watched, QEvent *event)
{
    // Only the watched thread delivers here (an application filter sees the main thread's events).
    m_shared->receiver.store(watched->metaObject()->className(), std::memory_order_relaxed);
    m_shared->eventType.store(int(event->type()), std::memory_order_relaxed);
    return false;
}

StallWatchdog *StallWatchdog::fromEnvironment()
{
    const QByteArray value = qgetenv("REIMAGINE_STALL_WATCHDOG");
    if (value.isEmpty() || value == "0" || !QCoreApplication::instance())
        return nullptr;
    auto *watchdog = new StallWatchdog(QCoreApplication::instance());
    watchdog->setLogging(true);
    QObject::connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, watchdog, [watchdog]() {
        const Stall longest = watchdog->longest();
        qCInfo(lcStalls).nospace() << "longest GUI-thread stall " << qRound(longest.ms) << " ms (CPU "
                                   << qRound(longest.cpuMs) << " ms)"
                                   << (longest.during.isEmpty() ? QByteArray() : " during " + longest.during).constData()
                                   << "; " << watchdog->stallCount() << " stalls over " << watchdog->thresholdMs()
                                   << " ms";
        watchdog->stop();
    });
    watchdog->start();
    return watchdog;
}
