// WorkPool::run: background work in the app yields the CPU to the GUI thread (a nice value of
// its own thread on Linux), passes its arguments through, and leaves threads alone when the
// program did not ask for it (the CLI).

#include "base/workpool.h"

#include <QSemaphore>
#include <QString>
#include <QTest>
#include <QThreadPool>

#ifdef Q_OS_LINUX
#include <cerrno>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace {

int niceOfThisThread()
{
#ifdef Q_OS_LINUX
    errno = 0;
    return ::getpriority(PRIO_PROCESS, static_cast<id_t>(::syscall(SYS_gettid)));
#else
    return 0;
#endif
}

QString describe(const QString &name, int count)
{
    return QStringLiteral("%1 x%2").arg(name).arg(count);
}

} // namespace

class TestWorkPool : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { WorkPool::setBackgroundNice(0); }
    void offByDefault();
    void lowersItsThreadsWhenAsked();
    void argumentsPassThrough();
};

void TestWorkPool::offByDefault()
{
#ifndef Q_OS_LINUX
    QSKIP("thread nice values are Linux's");
#endif
    QCOMPARE(WorkPool::backgroundNice(), 0);
    const int base = niceOfThisThread();
    QThreadPool pool;
    QCOMPARE(WorkPool::run(&pool, [] { return niceOfThisThread(); }).result(), base);
}

void TestWorkPool::lowersItsThreadsWhenAsked()
{
#ifndef Q_OS_LINUX
    QSKIP("thread nice values are Linux's");
#endif
    const int base = niceOfThisThread();
    if (base > 9)
        QSKIP("the test already runs at a nice value above 9");
    WorkPool::setBackgroundNice(WorkPool::kWindowBackgroundNice);
    QCOMPARE(WorkPool::backgroundNice(), 10);
    QThreadPool pool;
    pool.setMaxThreadCount(1);
    // Waited for without result(), which would run a task not yet started on this thread.
    QFuture<int> first = WorkPool::run(&pool, [] { return niceOfThisThread(); });
    QTRY_VERIFY(first.isFinished());
    QCOMPARE(first.result(), base + 10);
    // Once per thread: a second task on the same thread is not lowered again.
    QFuture<int> second = WorkPool::run(&pool, [] { return niceOfThisThread(); });
    QTRY_VERIFY(second.isFinished());
    QCOMPARE(second.result(), base + 10);
    // Only the pool's worker: plain QtConcurrent work keeps its priority.
    QThreadPool other;
    QFuture<int> plain = QtConcurrent::run(&other, [] { return niceOfThisThread(); });
    QTRY_VERIFY(plain.isFinished());
    QCOMPARE(plain.result(), base);
    // The GUI thread is never lowered, even when it runs a task itself while waiting for it.
    QThreadPool busy;
    busy.setMaxThreadCount(1);
    QSemaphore release;
    QFuture<void> blocker = QtConcurrent::run(&busy, [&release] { release.acquire(); });
    QFuture<int> stolen = WorkPool::run(&busy, [] { return niceOfThisThread(); });
    QCOMPARE(stolen.result(), base); // taken from the queue and run here
    QCOMPARE(niceOfThisThread(), base);
    release.release();
    blocker.waitForFinished();
    // Never above 19, the lowest priority there is.
    WorkPool::setBackgroundNice(40);
    QCOMPARE(WorkPool::backgroundNice(), 19);
}

void TestWorkPool::argumentsPassThrough()
{
    QThreadPool pool;
    QCOMPARE(WorkPool::run(&pool, describe, QStringLiteral("sketch"), 3).result(), QStringLiteral("sketch x3"));
    const QString captured = QStringLiteral("result");
    QCOMPARE(WorkPool::run([captured](int n) -> QString { return captured + QString::number(n); }, 7).result(),
             QStringLiteral("result7"));
}

QTEST_GUILESS_MAIN(TestWorkPool)
#include "tst_workpool.moc"
