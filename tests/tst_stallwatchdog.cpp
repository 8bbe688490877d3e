#include "base/stallwatchdog.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

namespace {

// Keeps the thread busy, away from its event loop, for `ms` milliseconds.
void busyWait(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms) {
    }
}

void processEventsFor(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

class TestStallWatchdog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void reportsABlockedEventLoop();
    void resetForgets();
    void fromEnvironment();
};

void TestStallWatchdog::reportsABlockedEventLoop()
{
    StallWatchdog watchdog;
    QSignalSpy stalls(&watchdog, &StallWatchdog::stalled);
    watchdog.start();
    QVERIFY(watchdog.isRunning());
    processEventsFor(20);
    QTimer::singleShot(0, this, [] { busyWait(50); });   // a slot that blocks the loop
    processEventsFor(60);
    QVERIFY2(watchdog.longestStallMs() >= 50, qPrintable(QString::number(watchdog.longestStallMs())));
    QVERIFY(watchdog.stallCount() >= 1);
    QVERIFY(!stalls.isEmpty());
    QVERIFY(stalls.last().at(0).toDouble() >= 50 || watchdog.longestStallMs() >= 50);
    // What the thread was delivering: an event to an object of some class.
    QVERIFY2(watchdog.longest().during.contains(" to "), watchdog.longest().during.constData());
    watchdog.stop();
    QVERIFY(!watchdog.isRunning());
}

void TestStallWatchdog::resetForgets()
{
    StallWatchdog watchdog;
    watchdog.start();
    QTimer::singleShot(0, this, [] { busyWait(30); });
    processEventsFor(50);
    QVERIFY(watchdog.longestStallMs() >= 30);
    watchdog.reset();
    QCOMPARE(watchdog.stallCount(), 0);
    QVERIFY(watchdog.longestStallMs() < 30);
}

void TestStallWatchdog::fromEnvironment()
{
    qunsetenv("REIMAGINE_STALL_WATCHDOG");
    QVERIFY(!StallWatchdog::fromEnvironment());
    qputenv("REIMAGINE_STALL_WATCHDOG", "0");
    QVERIFY(!StallWatchdog::fromEnvironment());
    qputenv("REIMAGINE_STALL_WATCHDOG", "1");
    StallWatchdog *watchdog = StallWatchdog::fromEnvironment();
    QVERIFY(watchdog);
    QVERIFY(watchdog->isRunning());
    QCOMPARE(watchdog->parent(), QCoreApplication::instance());
    delete watchdog;
    qunsetenv("REIMAGINE_STALL_WATCHDOG");
}

QTEST_GUILESS_MAIN(TestStallWatchdog)
#include "tst_stallwatchdog.moc"
