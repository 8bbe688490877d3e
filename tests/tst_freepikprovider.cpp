#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "fakeproviderserver.h"
#include "runactivity.h"
#include "imaging/imagepreparer.h"
#include "providers/freepikprovider.h"
#include "schema/modelcatalog.h"

using Error = ApiResult::Error;
using Mode = FakeProviderServer::FreepikMode;

namespace
{
const QString kRoute = QStringLiteral("/freepik/v1/ai/beta/text-to-image/reimagine-flux");
const QHostAddress kCdnAddress(QStringLiteral("127.0.0.2"));

struct RunWatch
{
    explicit RunWatch(ProviderRun *run)
    {
        QObject::connect(run, &ProviderRun::finished, run, [this](const JobOutcome &o) {
            outcome = o;
            ++finishedCount;
        });
        QObject::connect(run, &ProviderRun::submitting, run, [this]() { ++submittingCount; });
        QObject::connect(run, &ProviderRun::stateChanged, run,
                         [this](JobState state) { states.append(state); });
        QObject::connect(run, &ProviderRun::handleChanged, run, [this](const ProviderHandle &h) {
            handles.append(h);
            finishedBeforeHandle = finishedBeforeHandle || finishedCount > 0;
        });
        QObject::connect(run, &ProviderRun::logReceived, run,
                         [this](const QString &line) { logs.append(line); });
    }

    JobOutcome outcome;
    int finishedCount = 0;
    int submittingCount = 0;
    bool finishedBeforeHandle = false;
    QList<JobState> states;
    QList<ProviderHandle> handles;
    QStringList logs;
};
} // namespace

#define WAIT_FINISHED(watch) QTRY_COMPARE_WITH_TIMEOUT((watch).finishedCount, 1, 10000)

class TestFreepikProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void provider();
    void syncCompleted();
    void asyncPolls();
    void base64Generated();
    void failedTask();
    void invalidParams_data();
    void invalidParams();
    void unauthorized();
    void serverErrorRetried();
    void lostAnswerBilledOnce_data();
    void lostAnswerBilledOnce();
    void resumeDownloadsRecordedOutputs();
    void urlImageRefused();
    void inlineBase64PassedAsIs();
    void dataUriStripped();
    void resumePollsOnly();
    void cancelWhilePolling();
    void deadline();

private:
    ProviderConfig config() const;
    JobRequest request(const QString &image) const;
    static std::unique_ptr<FreepikRun> makeRun(const JobRequest &request, const ProviderConfig &config)
    {
        return std::make_unique<FreepikRun>(request, config);
    }
    QList<RecordedRequest> byMethod(const QByteArray &method) const;
    QList<RecordedRequest> cdnRequests() const;

    FakeProviderServer m_server;
    QNetworkAccessManager m_manager;
    ModelCatalog m_catalog;
    QTemporaryDir m_dir;
    QString m_sketch;
};

void TestFreepikProvider::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_dir.isValid());
    m_catalog.reload();
    QVERIFY(m_catalog.model(QStringLiteral("freepik:reimagine-flux")));

    QImage sketch(300, 180, QImage::Format_ARGB32);
    sketch.fill(Qt::transparent);
    for (int x = 10; x < 290; ++x)
        sketch.setPixel(x, 90, qRgba(0, 0, 0, 255));
    m_sketch = m_dir.filePath(QStringLiteral("sketch.png"));
    QVERIFY(sketch.save(m_sketch, "PNG"));
}

void TestFreepikProvider::init()
{
    m_server.clearFaults();
    m_server.clearRequests();
    m_server.setFreepikMode(Mode::Sync);
    m_server.setFreepikPollsUntilDone(2);
}

ProviderConfig TestFreepikProvider::config() const
{
    ProviderConfig config;
    config.network = const_cast<QNetworkAccessManager *>(&m_manager);
    config.apiKey = m_server.freepikKey();
    config.apiUrl = m_server.freepikUrl();
    config.requestTimeoutMs = 5000;
    config.pollIntervalMs = 10;
    config.maxPollIntervalMs = 40;
    config.maxWaitMs = 20000;
    config.retryPolicy = RetryPolicy::defaults();
    config.retryPolicy.setMaxAttempts(3).setInitialDelayMs(5).setMaxDelayMs(20);
    config.pollRetryPolicy = RetryPolicy::forStatusPolls();
    config.pollRetryPolicy.setInitialDelayMs(5).setMaxDelayMs(20);
    return config;
}

JobRequest TestFreepikProvider::request(const QString &image) const
{
    JobRequest request;
    request.jobId = QStringLiteral("job-1");
    request.model = *m_catalog.model(QStringLiteral("freepik:reimagine-flux"));
    request.values = request.model.defaultValues();
    request.values.insert(QStringLiteral("prompt"), QStringLiteral("a reading chair by a window"));
    request.values.insert(QStringLiteral("imagination"), QStringLiteral("vivid"));
    if (!image.isEmpty())
        request.values.insert(QStringLiteral("image"), image);
    return request;
}

QList<RecordedRequest> TestFreepikProvider::byMethod(const QByteArray &method) const
{
    QList<RecordedRequest> list;
    for (const RecordedRequest &r : m_server.requestsTo(kRoute)) {
        if (r.method == method && r.localAddress != kCdnAddress)
            list.append(r);
    }
    return list;
}

QList<RecordedRequest> TestFreepikProvider::cdnRequests() const
{
    QList<RecordedRequest> list;
    const QList<RecordedRequest> all = m_server.requests();
    for (const RecordedRequest &r : all) {
        if (r.localAddress == kCdnAddress)
            list.append(r);
    }
    return list;
}

// ---------------------------------------------------------------------------------------------

void TestFreepikProvider::provider()
{
    FreepikProvider provider;
    QCOMPARE(provider.id(), QStringLiteral("freepik"));
    const ProviderConfig defaults = FreepikProvider::defaultConfig();
    QCOMPARE(defaults.apiUrl, QUrl(QStringLiteral("https://api.freepik.com")));
    QCOMPARE(FreepikRun::submitUrl(defaults, request(QString())),
             QUrl(QStringLiteral("https://api.freepik.com/v1/ai/beta/text-to-image/reimagine-flux")));
    QCOMPARE(FreepikRun::taskUrl(defaults, request(QString()), QStringLiteral("abc-1")),
             QUrl(QStringLiteral(
                 "https://api.freepik.com/v1/ai/beta/text-to-image/reimagine-flux/abc-1")));
    QVERIFY(FreepikRun::taskUrl(defaults, request(QString()), QStringLiteral("../x")).isEmpty());
    QVERIFY(FreepikRun::taskUrl(defaults, request(QString()), QString()).isEmpty());

    std::unique_ptr<ProviderRun> run(provider.createRun(request(m_sketch), config(), nullptr));
    QVERIFY(qobject_cast<FreepikRun *>(run.get()));
    QVERIFY(run->canResume());
}

void TestFreepikProvider::syncCompleted()
{
    auto run = makeRun(request(m_sketch), config());
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QVERIFY2(watch.outcome.ok(), qPrintable(watch.outcome.message));

    // One POST with the key and the sketch as raw base64.
    const QList<RecordedRequest> posts = byMethod("POST");
    QCOMPARE(posts.size(), 1);
    QCOMPARE(posts.first().header("x-freepik-api-key"), m_server.freepikKey().toUtf8());
    const QJsonObject body = QJsonDocument::fromJson(posts.first().body).object();
    const QString image = body.value(QStringLiteral("image")).toString();
    QVERIFY(!image.startsWith(QLatin1String("data:")));
    const auto decoded = QByteArray::fromBase64Encoding(image.toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    QVERIFY(decoded);
    QCOMPARE(ImagePreparer::sniffMimeType(decoded.decoded), QByteArray("image/png"));
    QCOMPARE(body.value(QStringLiteral("prompt")).toString(),
             QStringLiteral("a reading chair by a window"));
    QCOMPARE(body.value(QStringLiteral("imagination")).toString(), QStringLiteral("vivid"));
    QVERIFY(byMethod("GET").isEmpty());   // completed at once: no polls

    // The handle was announced, then the image URLs (journaled so a resume downloads them at
    // once), then the image came from the CDN without the key.
    QCOMPARE(watch.handles.size(), 2);
    QVERIFY(watch.handles.first().outputUrls.isEmpty());
    QVERIFY(!watch.finishedBeforeHandle);
    const ProviderHandle handle = watch.handles.first();
    QVERIFY(!handle.requestId.isEmpty());
    QCOMPARE(handle.pollUrl.path(), kRoute + QLatin1Char('/') + handle.requestId);
    QCOMPARE(watch.outcome.requestId, handle.requestId);

    const QList<RecordedRequest> cdn = cdnRequests();
    QCOMPARE(cdn.size(), 1);
    QVERIFY(!cdn.first().hasHeader("x-freepik-api-key"));
    QCOMPARE(watch.outcome.outputs.size(), 1);
    const OutputImage &output = watch.outcome.outputs.first();
    QCOMPARE(output.mimeType, QByteArray("image/png"));
    QCOMPARE(output.size, QSize(FakeProviderServer::kImageWidth, FakeProviderServer::kImageHeight));
    QCOMPARE(output.sourceUrl.host(), QStringLiteral("127.0.0.2"));
    QCOMPARE(output.sourceUrl.path(), cdn.first().path);
    QCOMPARE(watch.handles.last().outputUrls, QList<QUrl>{output.sourceUrl});
    QCOMPARE(watch.outcome.raw.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));

    QCOMPARE(watch.submittingCount, 1);
    QVERIFY(watch.states.contains(JobState::Downloading));
    QCOMPARE(watch.states.last(), JobState::Done);
    QCoreApplication::processEvents();
    QCOMPARE(watch.finishedCount, 1);
    for (const QString &line : std::as_const(watch.logs))
        QVERIFY(!line.contains(m_server.freepikKey()));
}

void TestFreepikProvider::asyncPolls()
{
    m_server.setFreepikAsync(true);
    m_server.setFreepikPollsUntilDone(3);
    auto run = makeRun(request(m_sketch), config());
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QVERIFY2(watch.outcome.ok(), qPrintable(watch.outcome.message));

    QCOMPARE(byMethod("POST").size(), 1);
    QCOMPARE(watch.handles.size(), 2); // the task, then its image URLs
    const QString taskId = watch.handles.first().requestId;
    const QList<RecordedRequest> polls = byMethod("GET");
    QCOMPARE(polls.size(), 3);
    for (const RecordedRequest &poll : polls) {
        QCOMPARE(poll.path, kRoute + QLatin1Char('/') + taskId);
        QCOMPARE(poll.header("x-freepik-api-key"), m_server.freepikKey().toUtf8());
    }
    QVERIFY(watch.states.contains(JobState::Running));
    QCOMPARE(cdnRequests().size(), 1);
    QCOMPARE(watch.outcome.outputs.size(), 1);
    QCOMPARE(watch.outcome.outputs.first().mimeType, QByteArray("image/png"));
}

void TestFreepikProvider::base64Generated()
{
    m_server.setFreepikMode(Mode::Base64);
    auto run = makeRun(request(m_sketch), config());
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QVERIFY2(watch.outcome.ok(), qPrintable(watch.outcome.message));
    QVERIFY(cdnRequests().isEmpty());
    QCOMPARE(watch.outcome.outputs.size(), 1);
    const OutputImage &output = watch.outcome.outputs.first();
    QCOMPARE(output.mimeType, QByteArray("image/png"));
    QVERIFY(output.bytes.startsWith("\x89PNG"));
    QCOMPARE(output.size, QSize(FakeProviderServer::kImageWidth, FakeProviderServer::kImageHeight));
    QVERIFY(output.sourceUrl.isEmpty());
    // The raw result does not carry the image a second time.
    const QJsonArray generated = watch.outcome.raw.value(QStringLiteral("generated")).toArray();
    QCOMPARE(generated.size(), 1);
    QVERIFY(generated.first().toString().size() < 100);
}

void TestFreepikProvider::failedTask()
{
    m_server.setFreepikMode(Mode::Failed);
    auto run = makeRun(request(m_sketch), config());
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QCOMPARE(watch.outcome.error, Error::Refused);
    QVERIFY2(watch.outcome.message.contains(QLatin1String("failed")),
             qPrintable(watch.outcome.message));
    QVERIFY(watch.outcome.outputs.isEmpty());
    QCOMPARE(watch.handles.size(), 1);   // the task existed
    QCOMPARE(watch.states.last(), JobState::Failed);
}

void TestFreepikProvider::invalidParams_data()
{
    QTest::addColumn<QByteArray>("body");
    const QByteArray problem = QByteArrayLiteral(
        "{\"message\": \"Your request parameters didn't validate.\", \"invalid_params\": "
        "[{\"name\": \"aspect_ratio\", \"reason\": \"Parameter 'aspect_ratio' is not valid\"}]}");
    QTest::newRow("flat") << problem;
    QTest::newRow("nested under problem")
        << (QByteArrayLiteral("{\"problem\": ") + problem + QByteArrayLiteral("}"));
}

void TestFreepikProvider::invalidParams()
{
    QFETCH(QByteArray, body);
    m_server.addFault(FakeFault::respond("POST", kRoute, 400, body,
                                         {{"Content-Type", "application/problem+json"}}));
    auto run = makeRun(request(m_sketch), config());
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QCOMPARE(watch.outcome.error, Error::Validation);
    QCOMPARE(watch.outcome.fieldErrors.size(), 1);
    QCOMPARE(watch.outcome.fieldErrors.first().field, QStringLiteral("aspect_ratio"));
    QVERIFY(watch.outcome.fieldErrors.first().message.contains(QLatin1String("not valid")));
    QVERIFY2(watch.outcome.message.contains(QLatin1String("didn't validate")),
             qPrintable(watch.outcome.message));
    QCOMPARE(byMethod("POST").size(), 1);   // a 400 is not retried
    QVERIFY(watch.handles.isEmpty());
}

void TestFreepikProvider::unauthorized()
{
    ProviderConfig cfg = config();
    cfg.apiKey = QStringLiteral("wrong-key");
    auto run = makeRun(request(m_sketch), cfg);
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QCOMPARE(watch.outcome.error, Error::Auth);
    QVERIFY2(watch.outcome.message.contains(QLatin1String("401")), qPrintable(watch.outcome.message));
    QVERIFY(!watch.outcome.message.contains(QLatin1String("wrong-key")));
    QCOMPARE(m_server.requests().size(), 1);
}

void TestFreepikProvider::serverErrorRetried()
{
    m_server.addFault(FakeFault::respond("POST", kRoute, 503,
                                         "{\"message\": \"Service Unavailable. Please try again later.\"}"));
    auto run = makeRun(request(m_sketch), config());
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QVERIFY2(watch.outcome.ok(), qPrintable(watch.outcome.message));
    QCOMPARE(byMethod("POST").size(), 2);
    QCOMPARE(watch.submittingCount, 1);
}

// Freepik created (and billed) the task, then the answer was lost: one billed request, a failure
// that says it may have been charged, nothing resent.
void TestFreepikProvider::lostAnswerBilledOnce_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("502 after the work") << int(FakeFault::Kind::Respond) << 502;
    QTest::newRow("504 after the work") << int(FakeFault::Kind::Respond) << 504;
    QTest::newRow("reset mid-answer") << int(FakeFault::Kind::ResetMidBody) << 0;
}

void TestFreepikProvider::lostAnswerBilledOnce()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    m_server.addFault(FakeFault::lostAnswer(static_cast<FakeFault::Kind>(kind), "POST", kRoute, status, -1));
    const int billed = m_server.billedCount(QStringLiteral("freepik"));
    auto run = makeRun(request(m_sketch), config());
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QVERIFY(!watch.outcome.ok());
    QVERIFY(watch.outcome.mayHaveCharged);
    QVERIFY2(watch.outcome.message.contains(QLatin1String("may have been charged")), qPrintable(watch.outcome.message));
    QCOMPARE(m_server.billedCount(QStringLiteral("freepik")) - billed, 1);
    QCOMPARE(byMethod("POST").size(), 1);
}

// The task had completed and its image URLs were journaled before the app stopped: a resume
// downloads them at once, without asking for the task again.
void TestFreepikProvider::resumeDownloadsRecordedOutputs()
{
    ProviderHandle handle;
    {
        auto first = makeRun(request(m_sketch), config());
        RunWatch watch(first.get());
        first->start();
        WAIT_FINISHED(watch);
        QVERIFY2(watch.outcome.ok(), qPrintable(watch.outcome.message));
        handle = first->handle();
    }
    QCOMPARE(handle.outputUrls.size(), 1);
    m_server.clearRequests();
    const ProviderHandle restored = ProviderHandle::fromJson(handle.toJson());
    auto run = makeRun(request(m_sketch), config());
    RunWatch watch(run.get());
    run->resume(restored);
    WAIT_FINISHED(watch);
    QVERIFY2(watch.outcome.ok(), qPrintable(watch.outcome.message));
    QCOMPARE(watch.outcome.outputs.size(), 1);
    QCOMPARE(byMethod("POST").size(), 0);
    QCOMPARE(byMethod("GET").size(), 0);             // no task polls on the API host
    QCOMPARE(cdnRequests().size(), 1);               // just the image
    QCOMPARE(cdnRequests().first().path, restored.outputUrls.first().path());
}

void TestFreepikProvider::urlImageRefused()
{
    auto run = makeRun(request(QStringLiteral("https://example.com/sketch.png")), config());
    RunWatch watch(run.get());
    run->start();
    QCOMPARE(watch.finishedCount, 0);
    WAIT_FINISHED(watch);
    QCOMPARE(watch.outcome.error, Error::Validation);
    QCOMPARE(watch.outcome.fieldErrors.size(), 1);
    QCOMPARE(watch.outcome.fieldErrors.first().field, QStringLiteral("image"));
    QVERIFY2(watch.outcome.message.contains(QLatin1String("Freepik needs the image itself")),
             qPrintable(watch.outcome.message));
    QCOMPARE(watch.submittingCount, 0);
    QVERIFY(m_server.requests().isEmpty());
}

void TestFreepikProvider::inlineBase64PassedAsIs()
{
    const QString base64 = QString::fromLatin1(FakeProviderServer::makePng(QStringLiteral("in")).toBase64());
    auto run = makeRun(request(base64), config());
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QVERIFY2(watch.outcome.ok(), qPrintable(watch.outcome.message));
    const QJsonObject body = QJsonDocument::fromJson(byMethod("POST").value(0).body).object();
    QCOMPARE(body.value(QStringLiteral("image")).toString(), base64);
}

void TestFreepikProvider::dataUriStripped()
{
    const QByteArray png = FakeProviderServer::makePng(QStringLiteral("data uri"));
    const QString dataUri = QString::fromLatin1(ImagePreparer::toDataUri(png, "image/png"));
    auto run = makeRun(request(dataUri), config());
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QVERIFY2(watch.outcome.ok(), qPrintable(watch.outcome.message));
    const QJsonObject body = QJsonDocument::fromJson(byMethod("POST").value(0).body).object();
    QCOMPARE(body.value(QStringLiteral("image")).toString(), QString::fromLatin1(png.toBase64()));
}

void TestFreepikProvider::resumePollsOnly()
{
    // A task submitted by an earlier run that stopped right after the handle was saved.
    m_server.setFreepikAsync(true);
    m_server.setFreepikPollsUntilDone(3);
    ProviderHandle handle;
    {
        auto first = makeRun(request(m_sketch), config());
        RunWatch watch(first.get());
        connect(first.get(), &ProviderRun::handleChanged, this,
                [&handle](const ProviderHandle &h) { handle = h; });
        first->start();
        QTRY_VERIFY_WITH_TIMEOUT(!handle.isEmpty(), 10000);
        first.reset();   // the app quits: requests are aborted, the task stays
    }
    QVERIFY(!handle.pollUrl.isEmpty());
    const int submits = m_server.submitCount(QStringLiteral("freepik"));
    m_server.clearRequests();

    auto run = makeRun(request(m_sketch), config());
    RunWatch watch(run.get());
    run->resume(handle);
    WAIT_FINISHED(watch);
    QVERIFY2(watch.outcome.ok(), qPrintable(watch.outcome.message));
    QCOMPARE(watch.submittingCount, 0);
    QCOMPARE(byMethod("POST").size(), 0);
    QCOMPARE(m_server.submitCount(QStringLiteral("freepik")), submits);
    const QList<RecordedRequest> polls = byMethod("GET");
    QVERIFY(!polls.isEmpty());
    for (const RecordedRequest &poll : polls)
        QCOMPARE(poll.path, kRoute + QLatin1Char('/') + handle.requestId);
    QCOMPARE(watch.outcome.requestId, handle.requestId);
    QCOMPARE(watch.outcome.outputs.size(), 1);
    QCOMPARE(run->handle().pollUrl, handle.pollUrl);
}

void TestFreepikProvider::cancelWhilePolling()
{
    m_server.setFreepikAsync(true);
    m_server.setFreepikPollsUntilDone(100000);
    auto run = makeRun(request(m_sketch), config());
    RunWatch watch(run.get());
    // Cancel as the server sees the second poll: no other request of the run is under way then,
    // so anything the server receives afterwards would be a poll sent after cancel().
    int polls = 0;
    ProviderRun *raw = run.get();
    connect(&m_server, &FakeProviderServer::requestReceived, raw,
            [&polls, raw](const RecordedRequest &r) {
                if (r.method == "GET" && r.path.startsWith(kRoute + QLatin1Char('/')) && ++polls == 2)
                    raw->cancel();
            });
    run->start();
    WAIT_FINISHED(watch);
    QCOMPARE(polls, 2);
    QCOMPARE(watch.outcome.error, Error::Cancelled);
    QVERIFY2(watch.outcome.message.contains(QLatin1String("may still complete")),
             qPrintable(watch.outcome.message));
    QCOMPARE(watch.states.last(), JobState::Cancelled);

    // Polling has stopped: the run holds no poll timer or request that could still reach the
    // server, and nothing did since the cancel.
    const qsizetype seen = m_server.requests().size();
    QVERIFY(!canStillAct(run.get()));
    QCOMPARE(m_server.requests().size(), seen);
    QCOMPARE(watch.finishedCount, 1);
}

void TestFreepikProvider::deadline()
{
    m_server.setFreepikAsync(true);
    m_server.setFreepikPollsUntilDone(100000);
    ProviderConfig cfg = config();
    cfg.maxWaitMs = 300;
    auto run = makeRun(request(m_sketch), cfg);
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QCOMPARE(watch.outcome.error, Error::Timeout);
    QVERIFY(!byMethod("GET").isEmpty());
    QCOMPARE(byMethod("POST").size(), 1);
}

QTEST_GUILESS_MAIN(TestFreepikProvider)
#include "tst_freepikprovider.moc"
