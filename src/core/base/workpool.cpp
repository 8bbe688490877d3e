#include "workpool.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>

#include <atomic>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace {

struct Pool : QThreadPool
{
    Pool()
    {
        setObjectName(QStringLiteral("WorkPool"));
        setMaxThreadCount(qMax(2, QThread::idealThreadCount()));
    }
};

Q_GLOBAL_STATIC(Pool, pool)

std::atomic<int> g_backgroundNice{0};

} // namespace

namespace WorkPool {

QThreadPool *instance()
{
    return pool();
}

void setBackgroundNice(int steps)
{
    g_backgroundNice.store(qBound(0, steps, 19), std::memory_order_relaxed);
}

int backgroundNice()
{
    return g_backgroundNice.load(std::memory_order_relaxed);
}

void lowerCurrentThread()
{
    const int steps = backgroundNice();
    thread_local bool lowered = false;
    if (steps <= 0 || lowered)
        return;
    // A thread that waits for a future may run its task itself (QFuture::waitForFinished takes
    // a task not yet started): the GUI thread must never be the one lowered, as a nice value
    // cannot be raised again without privileges.
    const QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        return;
    lowered = true;
#ifdef Q_OS_LINUX
    // On Linux a thread has a nice value of its own; PRIO_PROCESS with a thread id sets it.
    const auto thread = static_cast<id_t>(::syscall(SYS_gettid));
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, thread);
    if (errno == 0)
        ::setpriority(PRIO_PROCESS, thread, qMin(19, current + steps));
#endif
}

} // namespace WorkPool
