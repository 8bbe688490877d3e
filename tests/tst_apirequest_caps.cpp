// ApiRequest's size caps under pressure: an endless answer is stopped near its cap, the client
// never buffers far more than the cap, and memory stays flat over many such answers. The fake
// server runs in a thread of its own, as a real server would: it writes as fast as the client's
// network thread reads, whatever this thread is doing.

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <malloc.h>

#include "fakeproviderserver.h"
#include "testimages.h"
#include "net/apirequest.h"
#include "net/endpoint.h"

using Error = ApiResult::Error;

namespace
{
// The resident set of this process in bytes (Linux), -1 when unknown. Memory the allocator
// holds free is handed back first, so what is left is what the process really keeps.
qint64 residentBytes()
{
    malloc_trim(0);
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:")) {
            const QList<QByteArray> parts = line.mid(6).simplified().split(' ');
            return parts.value(0).toLongLong() * 1024;
        }
    }
    return -1;
}

// Bytes this process has read through read()/recv() so far (Linux /proc/self/io "rchar"):
// what the client's network thread really took off its sockets, whatever Qt did with them.
qint64 bytesReadByProcess()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = io.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("rchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return -1;
}

double mib(qint64 bytes)
{
    return static_cast<double>(bytes) / (1024.0 * 1024.0);
}
} // namespace

class TestApiRequestCaps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void endlessAnswerStopsNearCap();
    void endlessImageAnswerStopsNearCap();

private:
    struct Round
    {
        ApiResult result;
        qint64 received = 0;   // the most body bytes the reply reported
        qint64 sent = 0;       // bytes the server's kernel accepted for this answer
        qint64 read = 0;       // bytes this process read from its sockets meanwhile
    };
    Round runEndless(qint64 cap);
    // Runs `work` in the server's thread and waits for it.
    template <typename Work>
    void inServerThread(Work work)
    {
        QMetaObject::invokeMethod(&m_serverContext, work, Qt::BlockingQueuedConnection);
    }
    int openConnections()
    {
        int open = 0;
        inServerThread([&] { open = m_server->openConnections(); });
        return open;
    }

    QThread m_serverThread;
    QObject m_serverContext;                 // lives in m_serverThread
    FakeProviderServer *m_server = nullptr;  // created, used and deleted in m_serverThread
    QUrl m_baseUrl;
    QNetworkAccessManager m_manager;
};

void TestApiRequestCaps::initTestCase()
{
    m_serverThread.start();
    m_serverContext.moveToThread(&m_serverThread);
    bool started = false;
    QString error;
    inServerThread([&] {
        m_server = new FakeProviderServer;
        started = m_server->start();
        error = m_server->errorString();
        m_baseUrl = m_server->baseUrl();
    });
    QVERIFY2(started, qPrintable(error));
}

void TestApiRequestCaps::cleanupTestCase()
{
    inServerThread([&] {
        delete m_server;
        m_server = nullptr;
        m_serverContext.moveToThread(QCoreApplication::instance()->thread());
    });
    m_serverThread.quit();
    m_serverThread.wait();
}

TestApiRequestCaps::Round TestApiRequestCaps::runEndless(qint64 cap)
{
    Round round;
    inServerThread([this] {
        m_server->addFault(FakeFault::make(FakeFault::Kind::EndlessBody, "GET", QStringLiteral("/endless")));
    });
    const qint64 sentBefore = m_server->endlessBytesSent();
    const qint64 readBefore = bytesReadByProcess();

    ApiRequestSpec spec;
    spec.url = Endpoint::join(m_baseUrl, QStringLiteral("/endless"));
    spec.maxResponseBytes = cap;
    spec.retryPolicy = RetryPolicy::none();
    spec.transferTimeoutMs = 20000;
    spec.service = QStringLiteral("fal");
    spec.what = QStringLiteral("status request");
    ApiRequest request(&m_manager, spec);
    connect(&request, &ApiRequest::progress, this,
            [&round](qint64 received, qint64) { round.received = std::max(round.received, received); });
    QSignalSpy finished(&request, &ApiRequest::finished);
    request.start();
    if (!finished.wait(60000))
        return round;
    round.result = finished.first().first().value<ApiResult>();
    // The server sees the connection close and stops writing; then its count is final.
    (void)QTest::qWaitFor([this] { return openConnections() == 0; }, 10000);
    round.sent = m_server->endlessBytesSent() - sentBefore;
    round.read = bytesReadByProcess() - readBefore;
    return round;
}

void TestApiRequestCaps::endlessAnswerStopsNearCap()
{
    const qint64 cap = ApiRequestSpec::kMaxJsonBytes;
    constexpr int kRounds = 20;
    qint64 rssAfterFirst = -1;
    qint64 mostRead = 0;
    qint64 mostSent = 0;
    for (int i = 0; i < kRounds; ++i) {
        const Round round = runEndless(cap);
        QCOMPARE(round.result.error, Error::TooLarge);
        QCOMPARE(openConnections(), 0);   // the server saw the client go
        QVERIFY(round.result.body.isEmpty());
        QVERIFY2(round.result.message.contains(QLatin1String("8 MiB")),
                 qPrintable(round.result.message));
        QVERIFY2(round.received <= cap + ApiRequest::kReadBufferBytes + 64 * 1024,
                 qPrintable(QStringLiteral("round %1: the client took %2 MiB of an answer capped "
                                           "at %3 MiB")
                                .arg(i + 1).arg(mib(round.received)).arg(mib(cap))));
        // What the client took off the socket (the kernel's own socket buffers hold a few MiB
        // more on loopback; they are the system's, not the app's). The bound holds while this
        // thread keeps up; the socket inside Qt's network thread still buffers without limit
        // while it stalls, which the slow sanitizer build on a loaded machine shows (docs/
        // TESTING.md): there the figure is reported, not asserted.
        const QString readText = QStringLiteral("round %1: the client read %2 MiB of an answer "
                                                "capped at %3 MiB")
                                     .arg(i + 1).arg(mib(round.read)).arg(mib(cap));
        QVERIFY(round.read >= 0);
        if (TestImages::memoryFiguresAreMeaningful())
            QVERIFY2(round.read < 2 * cap, qPrintable(readText));
        else if (round.read >= 2 * cap)
            qInfo("%s", qPrintable(readText));
        mostRead = std::max(mostRead, round.read);
        mostSent = std::max(mostSent, round.sent);
        if (i == 0)
            rssAfterFirst = residentBytes();
    }
    const qint64 rssAfterAll = residentBytes();
    qInfo("%d endless answers capped at %.1f MiB: at most %.2f MiB read by the client, %.2f MiB "
          "sent by the server; RSS %.1f MiB after the first, %.1f MiB after the last",
          kRounds, mib(cap), mib(mostRead), mib(mostSent), mib(rssAfterFirst),
          mib(rssAfterAll));
    if (!TestImages::memoryFiguresAreMeaningful())
        QSKIP("AddressSanitizer keeps freed memory in quarantine: the resident set is checked in "
              "the normal build");
    QVERIFY(rssAfterFirst > 0);
    // Flat: twenty more answers of 8+ MiB each leave the process no bigger than one cap more.
    QVERIFY2(rssAfterAll - rssAfterFirst < cap,
             qPrintable(QStringLiteral("RSS grew from %1 to %2 MiB")
                            .arg(mib(rssAfterFirst)).arg(mib(rssAfterAll))));
}

void TestApiRequestCaps::endlessImageAnswerStopsNearCap()
{
    // The image cap is 64 MiB: the same bound holds for a download that never ends.
    const qint64 cap = ApiRequestSpec::kMaxImageBytes;
    const Round round = runEndless(cap);
    QCOMPARE(round.result.error, Error::TooLarge);
    QVERIFY(round.received <= cap + ApiRequest::kReadBufferBytes + 64 * 1024);
    QVERIFY(round.read >= 0);
    if (TestImages::memoryFiguresAreMeaningful())
        QVERIFY2(round.read < 2 * cap, qPrintable(QString::number(mib(round.read))));
    qInfo("capped at %.0f MiB: %.2f MiB read by the client, %.2f MiB sent by the server",
          mib(cap), mib(round.read), mib(round.sent));
}

QTEST_GUILESS_MAIN(TestApiRequestCaps)
#include "tst_apirequest_caps.moc"
