#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "fakeproviderserver.h"
#include "imaging/imagepreparer.h"
#include "providers/segmindprovider.h"
#include "schema/modelcatalog.h"

using Error = ApiResult::Error;

namespace
{
const QString kEndpointPath = QStringLiteral("/segmind/v1/bria-reimagine");
const QString kUploadPath = QStringLiteral("/upload-asset");

// Everything a run reports, recorded in order.
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
        QObject::connect(run, &ProviderRun::handleChanged, run,
                         [this](const ProviderHandle &handle) { handles.append(handle); });
        QObject::connect(run, &ProviderRun::logReceived, run,
                         [this](const QString &line) { logs.append(line); });
    }

    JobOutcome outcome;
    int finishedCount = 0;
    int submittingCount = 0;
    QList<JobState> states;
    QList<ProviderHandle> handles;
    QStringList logs;
};
} // namespace

#define WAIT_FINISHED(watch) QTRY_COMPARE_WITH_TIMEOUT((watch).finishedCount, 1, 10000)

class TestSegmindProvider : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void provider();
    void endToEnd_data();
    void endToEnd();
    void userUrlSkipsUpload();
    void dataUriUploaded();
    void missingFile();
    void noKey();
    void unauthorized();
    void noCredits();
    void rateLimitedThenSuccess();
    void serverErrorExhaustsRetries();
    void resetMidBodyNotRetried();
    void lostAnswerBilledOnce_data();
    void lostAnswerBilledOnce();
    void unavailableRetried();
    void connectionRefusedRetried();
    void nonImageBody();
    void stallTimesOut();
    void cancelMidRequest();
    void heldSubmitGoesWhenReleased();
    void resumeRefused();

private:
    ProviderConfig config() const;
    JobRequest request(const QString &image) const;
    std::unique_ptr<SegmindRun> makeRun(const JobRequest &request, const ProviderConfig &config);
    QList<RecordedRequest> posts() const { return m_server.requestsTo(kEndpointPath); }

    FakeProviderServer m_server;
    QNetworkAccessManager m_manager;
    ModelCatalog m_catalog;
    QTemporaryDir m_dir;
    QString m_sketch;
};

void TestSegmindProvider::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    QVERIFY(m_dir.isValid());
    m_catalog.reload();
    QVERIFY(m_catalog.model(QStringLiteral("segmind:bria-reimagine")));

    QImage sketch(320, 200, QImage::Format_RGB32);
    sketch.fill(Qt::white);
    for (int x = 20; x < 300; ++x)
        sketch.setPixel(x, 100, qRgb(0, 0, 0));
    m_sketch = m_dir.filePath(QStringLiteral("sketch.png"));
    QVERIFY(sketch.save(m_sketch, "PNG"));
}

void TestSegmindProvider::init()
{
    m_server.clearFaults();
    m_server.clearRequests();
    m_server.setSegmindNoCredits(false);
    m_server.setSegmindContentType(QByteArrayLiteral("image/jpeg"));
    m_server.setSegmindCredits(100.0);
}

ProviderConfig TestSegmindProvider::config() const
{
    ProviderConfig config;
    config.network = const_cast<QNetworkAccessManager *>(&m_manager);
    config.apiKey = m_server.segmindKey();
    config.apiUrl = m_server.segmindUrl();
    config.auxUrl = m_server.segmindUploadUrl();
    config.requestTimeoutMs = 5000;
    config.retryPolicy = RetryPolicy::defaults();
    config.retryPolicy.setMaxAttempts(3).setInitialDelayMs(5).setMaxDelayMs(20);
    config.pollRetryPolicy = config.retryPolicy;
    return config;
}

JobRequest TestSegmindProvider::request(const QString &image) const
{
    JobRequest request;
    request.jobId = QStringLiteral("job-1");
    request.model = *m_catalog.model(QStringLiteral("segmind:bria-reimagine"));
    request.values = request.model.defaultValues();
    request.values.insert(QStringLiteral("prompt"), QStringLiteral("a cosy reading chair"));
    if (!image.isEmpty())
        request.values.insert(QStringLiteral("structure_image_url"), image);
    return request;
}

std::unique_ptr<SegmindRun> TestSegmindProvider::makeRun(const JobRequest &request,
                                                         const ProviderConfig &config)
{
    return std::make_unique<SegmindRun>(request, config);
}

// ---------------------------------------------------------------------------------------------

void TestSegmindProvider::provider()
{
    SegmindProvider provider;
    QCOMPARE(provider.id(), QStringLiteral("segmind"));
    const ProviderConfig defaults = SegmindProvider::defaultConfig();
    QCOMPARE(defaults.apiUrl, QUrl(QStringLiteral("https://api.segmind.com")));
    QCOMPARE(defaults.auxUrl, QUrl(QStringLiteral("https://workflows-api.segmind.com")));
    QVERIFY(defaults.requestTimeoutMs >= 120000);
    QCOMPARE(SegmindRun::submitUrl(defaults, request(QString())),
             QUrl(QStringLiteral("https://api.segmind.com/v1/bria-reimagine")));
    QCOMPARE(SegmindRun::uploadUrl(defaults),
             QUrl(QStringLiteral("https://workflows-api.segmind.com/upload-asset")));

    std::unique_ptr<ProviderRun> run(provider.createRun(request(m_sketch), config(), nullptr));
    QVERIFY(qobject_cast<SegmindRun *>(run.get()));
    QVERIFY(!run->canResume());
}

void TestSegmindProvider::endToEnd_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("honest content type") << QByteArrayLiteral("image/jpeg");
    QTest::newRow("lying content type") << QByteArrayLiteral("image/png");
}

void TestSegmindProvider::endToEnd()
{
    QFETCH(QByteArray, contentType);
    m_server.setSegmindContentType(contentType);

    auto run = makeRun(request(m_sketch), config());
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QVERIFY2(watch.outcome.ok(), qPrintable(watch.outcome.message));

    // The sketch went to upload-asset as a PNG data URL, with the key.
    const QList<RecordedRequest> uploads = m_server.requestsTo(kUploadPath);
    QCOMPARE(uploads.size(), 1);
    QCOMPARE(uploads.first().method, QByteArray("POST"));
    QCOMPARE(uploads.first().header("x-api-key"), m_server.segmindKey().toUtf8());
    const QJsonArray dataUrls = QJsonDocument::fromJson(uploads.first().body)
                                    .object()
                                    .value(QStringLiteral("data_urls"))
                                    .toArray();
    QCOMPARE(dataUrls.size(), 1);
    const QString dataUrl = dataUrls.first().toString();
    QVERIFY(dataUrl.startsWith(QLatin1String("data:image/png;base64,")));
    const QByteArray uploaded =
        QByteArray::fromBase64(dataUrl.mid(dataUrl.indexOf(QLatin1Char(',')) + 1).toLatin1());
    QCOMPARE(ImagePreparer::sniffMimeType(uploaded), QByteArray("image/png"));

    // The generation request got the stored URL and the key.
    const QList<RecordedRequest> submits = posts();
    QCOMPARE(submits.size(), 1);
    QCOMPARE(submits.first().method, QByteArray("POST"));
    QCOMPARE(submits.first().header("x-api-key"), m_server.segmindKey().toUtf8());
    QCOMPARE(submits.first().header("content-type"), QByteArray("application/json"));
    const QJsonObject body = QJsonDocument::fromJson(submits.first().body).object();
    const QUrl imageUrl(body.value(QStringLiteral("structure_image_url")).toString());
    QVERIFY(imageUrl.isValid());
    QCOMPARE(imageUrl.host(), QStringLiteral("127.0.0.2"));
    QCOMPARE(m_server.storedFile(imageUrl.path()), uploaded);
    QCOMPARE(body.value(QStringLiteral("prompt")).toString(), QStringLiteral("a cosy reading chair"));
    QCOMPARE(body.value(QStringLiteral("seed")).toInt(), 42);

    // The output: the server's JPEG, whatever Content-Type said.
    QCOMPARE(watch.outcome.outputs.size(), 1);
    const OutputImage &image = watch.outcome.outputs.first();
    QCOMPARE(image.mimeType, QByteArray("image/jpeg"));
    QVERIFY(image.bytes.startsWith("\xff\xd8\xff"));
    QCOMPARE(image.size, QSize(FakeProviderServer::kImageWidth, FakeProviderServer::kImageHeight));
    QVERIFY(image.sourceUrl.isEmpty());
    QVERIFY(watch.outcome.costUsd.has_value());
    QCOMPARE(*watch.outcome.costUsd, 0.012);
    QVERIFY(watch.outcome.remainingCredits.has_value());
    QVERIFY(qAbs(*watch.outcome.remainingCredits - 99.988) < 1e-6);
    QVERIFY(watch.outcome.seed.has_value());
    QCOMPARE(*watch.outcome.seed, qint64(42));
    QVERIFY(!watch.outcome.requestId.isEmpty());
    QCOMPARE(run->handle().requestId, watch.outcome.requestId);

    QCOMPARE(watch.submittingCount, 1);
    QVERIFY(watch.states.contains(JobState::Uploading));
    QVERIFY(watch.states.indexOf(JobState::Uploading) < watch.states.indexOf(JobState::Running));
    QCOMPARE(watch.states.last(), JobState::Done);
    QVERIFY(run->isFinished());

    QCoreApplication::processEvents();
    QCOMPARE(watch.finishedCount, 1);
    for (const QString &line : std::as_const(watch.logs))
        QVERIFY(!line.contains(m_server.segmindKey()));
}

void TestSegmindProvider::userUrlSkipsUpload()
{
    const QString url = QStringLiteral("https://example.com/sketches/chair.png");
    auto run = makeRun(request(url), config());
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QVERIFY2(watch.outcome.ok(), qPrintable(watch.outcome.message));
    QVERIFY(m_server.requestsTo(kUploadPath).isEmpty());
    QCOMPARE(posts().size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(posts().first().body).object();
    QCOMPARE(body.value(QStringLiteral("structure_image_url")).toString(), url);
    QVERIFY(!watch.states.contains(JobState::Uploading));
}

void TestSegmindProvider::dataUriUploaded()
{
    const QByteArray png = FakeProviderServer::makePng(QStringLiteral("inline sketch"));
    const QString dataUri = QString::fromLatin1(ImagePreparer::toDataUri(png, "image/png"));
    auto run = makeRun(request(dataUri), config());
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QVERIFY2(watch.outcome.ok(), qPrintable(watch.outcome.message));
    const QList<RecordedRequest> uploads = m_server.requestsTo(kUploadPath);
    QCOMPARE(uploads.size(), 1);
    const QJsonArray dataUrls = QJsonDocument::fromJson(uploads.first().body)
                                    .object()
                                    .value(QStringLiteral("data_urls"))
                                    .toArray();
    QCOMPARE(dataUrls, QJsonArray{dataUri});
    const QJsonObject body = QJsonDocument::fromJson(posts().value(0).body).object();
    const QUrl imageUrl(body.value(QStringLiteral("structure_image_url")).toString());
    QCOMPARE(m_server.storedFile(imageUrl.path()), png);
}

void TestSegmindProvider::missingFile()
{
    auto run = makeRun(request(m_dir.filePath(QStringLiteral("nope.png"))), config());
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QCOMPARE(watch.outcome.error, Error::Validation);
    QCOMPARE(watch.outcome.fieldErrors.size(), 1);
    QCOMPARE(watch.outcome.fieldErrors.first().field, QStringLiteral("structure_image_url"));
    QCOMPARE(watch.submittingCount, 0);
    QVERIFY(m_server.requests().isEmpty());
}

void TestSegmindProvider::noKey()
{
    ProviderConfig cfg = config();
    cfg.apiKey.clear();
    auto run = makeRun(request(m_sketch), cfg);
    RunWatch watch(run.get());
    run->start();
    QCOMPARE(watch.finishedCount, 0);   // never synchronously from start()
    WAIT_FINISHED(watch);
    QCOMPARE(watch.outcome.error, Error::Auth);
    QVERIFY(m_server.requests().isEmpty());
}

void TestSegmindProvider::unauthorized()
{
    ProviderConfig cfg = config();
    cfg.apiKey = QStringLiteral("wrong-key");
    auto run = makeRun(request(QStringLiteral("https://example.com/a.png")), cfg);
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QCOMPARE(watch.outcome.error, Error::Auth);
    QVERIFY2(watch.outcome.message.contains(QLatin1String("Segmind rejected the API key (401)")),
             qPrintable(watch.outcome.message));
    QVERIFY(!watch.outcome.message.contains(QLatin1String("wrong-key")));
    QCOMPARE(m_server.requests().size(), 1);
}

void TestSegmindProvider::noCredits()
{
    m_server.setSegmindNoCredits(true);
    auto run = makeRun(request(m_sketch), config());
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QCOMPARE(watch.outcome.error, Error::NoCredits);
    QVERIFY2(watch.outcome.message.contains(
                 QLatin1String("Your Segmind account does not have enough credits")),
             qPrintable(watch.outcome.message));
    QVERIFY2(watch.outcome.message.contains(QLatin1String("Not enough credits")),
             qPrintable(watch.outcome.message));
    QCOMPARE(posts().size(), 1);
}

void TestSegmindProvider::rateLimitedThenSuccess()
{
    m_server.addFault(FakeFault::respond("POST", kEndpointPath, 429,
                                         "{\"error\": \"Too many requests\"}",
                                         {{"Retry-After", "0"}}));
    auto run = makeRun(request(m_sketch), config());
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QVERIFY2(watch.outcome.ok(), qPrintable(watch.outcome.message));
    QCOMPARE(posts().size(), 2);
    QCOMPARE(m_server.requestsTo(kUploadPath).size(), 1);   // the upload is not repeated
    QCOMPARE(watch.submittingCount, 1);
    QCOMPARE(watch.outcome.outputs.size(), 1);
}

void TestSegmindProvider::serverErrorExhaustsRetries()
{
    m_server.addFault(FakeFault::respond("POST", kEndpointPath, 503,
                                         "{\"error\": \"Model is warming up\"}", {}, -1));
    auto run = makeRun(request(m_sketch), config());
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QCOMPARE(watch.outcome.error, Error::Server);
    QVERIFY2(watch.outcome.message.contains(QLatin1String("Model is warming up")),
             qPrintable(watch.outcome.message));
    QCOMPARE(posts().size(), config().retryPolicy.maxAttempts());
}

void TestSegmindProvider::resetMidBodyNotRetried()
{
    m_server.addFault(FakeFault::make(FakeFault::Kind::ResetMidBody, "POST", kEndpointPath, -1));
    auto run = makeRun(request(m_sketch), config());
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QCOMPARE(watch.outcome.error, Error::Network);
    QVERIFY2(watch.outcome.message.contains(QLatin1String("may have been charged")),
             qPrintable(watch.outcome.message));
    QVERIFY(watch.outcome.mayHaveCharged);
    QCOMPARE(posts().size(), 1);
}

// Segmind made (and billed) the image, then a gateway lost the answer: the run fails saying it
// may have been charged and never sends the request again.
void TestSegmindProvider::lostAnswerBilledOnce_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::newRow("502 after the work") << int(FakeFault::Kind::Respond) << 502;
    QTest::newRow("504 after the work") << int(FakeFault::Kind::Respond) << 504;
    QTest::newRow("reset mid-answer") << int(FakeFault::Kind::ResetMidBody) << 0;
    QTest::newRow("closed before the answer") << int(FakeFault::Kind::CloseImmediately) << 0;
}

void TestSegmindProvider::lostAnswerBilledOnce()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    m_server.addFault(FakeFault::lostAnswer(static_cast<FakeFault::Kind>(kind), "POST", kEndpointPath, status, -1));
    const int billed = m_server.billedCount(QStringLiteral("segmind"));
    auto run = makeRun(request(m_sketch), config());
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QVERIFY(!watch.outcome.ok());
    QVERIFY(watch.outcome.mayHaveCharged);
    QVERIFY2(watch.outcome.message.contains(QLatin1String("may have been charged")),
             qPrintable(watch.outcome.message));
    QCOMPARE(m_server.billedCount(QStringLiteral("segmind")) - billed, 1);
    QCOMPARE(posts().size(), 1);
    QCOMPARE(watch.submittingCount, 1);
}

// 429 and 503 say the work was not done: those are retried, and bill once in the end.
void TestSegmindProvider::unavailableRetried()
{
    const int billed = m_server.billedCount(QStringLiteral("segmind"));
    m_server.addFault(FakeFault::respond("POST", kEndpointPath, 503, "{\"error\": \"busy\"}", {{"Retry-After", "0"}}));
    m_server.addFault(FakeFault::respond("POST", kEndpointPath, 429, "{\"error\": \"slow down\"}", {{"Retry-After", "0"}}));
    auto run = makeRun(request(m_sketch), config());
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QVERIFY2(watch.outcome.ok(), qPrintable(watch.outcome.message));
    QCOMPARE(posts().size(), 3);
    QCOMPARE(m_server.billedCount(QStringLiteral("segmind")) - billed, 1);
    QVERIFY(!watch.outcome.mayHaveCharged);
}

void TestSegmindProvider::connectionRefusedRetried()
{
    // A port nobody listens on: the first attempt is refused (nothing was sent, nothing billed).
    // When the run schedules its retry, a second fake server takes the port.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress(QStringLiteral("127.0.0.1"))));
    const quint16 port = probe.serverPort();
    probe.close();

    ProviderConfig cfg = config();
    cfg.apiUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/segmind").arg(port));
    cfg.retryPolicy.setInitialDelayMs(50).setMaxDelayMs(100);
    FakeProviderServer late;
    auto run = makeRun(request(QStringLiteral("https://example.com/a.png")), cfg);
    RunWatch watch(run.get());
    bool started = false;
    bool listening = false;
    connect(run.get(), &ProviderRun::logReceived, this, [&](const QString &line) {
        if (!started && line.contains(QLatin1String("refused"))) {
            started = true;
            listening = late.start(port, 0);
        }
    });
    run->start();
    WAIT_FINISHED(watch);
    QVERIFY(started);
    QVERIFY2(listening, qPrintable(late.errorString()));
    QVERIFY2(watch.outcome.ok(), qPrintable(watch.outcome.message));
    QCOMPARE(late.requestsTo(kEndpointPath).size(), 1);
    QCOMPARE(watch.submittingCount, 1);
}

void TestSegmindProvider::nonImageBody()
{
    m_server.addFault(FakeFault::respond("POST", kEndpointPath, 200,
                                         "{\"status\": \"ok\", \"image\": null}"));
    auto run = makeRun(request(m_sketch), config());
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QCOMPARE(watch.outcome.error, Error::Protocol);
    QVERIFY2(watch.outcome.message.contains(
                 QLatin1String("Segmind returned something that is not an image")),
             qPrintable(watch.outcome.message));
    QVERIFY(watch.outcome.outputs.isEmpty());
    QCOMPARE(posts().size(), 1);
}

void TestSegmindProvider::stallTimesOut()
{
    m_server.addFault(FakeFault::make(FakeFault::Kind::Stall, "POST", kEndpointPath, -1));
    ProviderConfig cfg = config();
    cfg.requestTimeoutMs = 300;
    auto run = makeRun(request(QStringLiteral("https://example.com/a.png")), cfg);
    RunWatch watch(run.get());
    run->start();
    WAIT_FINISHED(watch);
    QCOMPARE(watch.outcome.error, Error::Timeout);
    QCOMPARE(posts().size(), 1);
}

void TestSegmindProvider::cancelMidRequest()
{
    m_server.addFault(FakeFault::make(FakeFault::Kind::Stall, "POST", kEndpointPath, -1));
    auto run = makeRun(request(m_sketch), config());
    RunWatch watch(run.get());
    run->start();
    QTRY_COMPARE_WITH_TIMEOUT(posts().size(), 1, 10000);
    QCOMPARE(watch.finishedCount, 0);
    run->cancel();
    QCOMPARE(watch.finishedCount, 1);
    QCOMPARE(watch.outcome.error, Error::Cancelled);
    QCOMPARE(watch.states.last(), JobState::Cancelled);
    run->cancel();   // a second cancel changes nothing
    QCoreApplication::processEvents();
    QCOMPARE(watch.finishedCount, 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_server.openConnections(), 0, 5000);
    QCOMPARE(posts().size(), 1);
}

// Held for the journal (ProviderRun::holdSubmits(), as the job queue does): after submitting()
// the billed request waits for releaseSubmit() and then goes once. Cancelled while held, it
// never goes, and the message does not say Segmind may bill.
void TestSegmindProvider::heldSubmitGoesWhenReleased()
{
    auto run = makeRun(request(m_sketch), config());
    RunWatch watch(run.get());
    run->holdSubmits();
    run->start();
    QTRY_COMPARE_WITH_TIMEOUT(watch.submittingCount, 1, 10000);
    QVERIFY(run->isSubmitHeld());
    QCOMPARE(m_server.requestsTo(kUploadPath).size(), 1); // the upload is not billed: it went
    QCOMPARE(posts().size(), 0);
    run->releaseSubmit();
    WAIT_FINISHED(watch);
    QVERIFY2(watch.outcome.ok(), qPrintable(watch.outcome.message));
    QCOMPARE(posts().size(), 1);
    run->releaseSubmit(); // a second release sends nothing more
    QCOMPARE(posts().size(), 1);

    auto held = makeRun(request(m_sketch), config());
    RunWatch heldWatch(held.get());
    held->holdSubmits();
    held->start();
    QTRY_COMPARE_WITH_TIMEOUT(heldWatch.submittingCount, 1, 10000);
    held->cancel();
    QCOMPARE(heldWatch.finishedCount, 1);
    QCOMPARE(heldWatch.outcome.error, Error::Cancelled);
    QCOMPARE(heldWatch.outcome.message, QStringLiteral("Cancelled."));
    held->releaseSubmit(); // the journal's answer after the cancel: dropped
    QCoreApplication::processEvents();
    QCOMPARE(posts().size(), 1);
}

void TestSegmindProvider::resumeRefused()
{
    auto run = makeRun(request(m_sketch), config());
    RunWatch watch(run.get());
    QVERIFY(!run->canResume());
    ProviderHandle handle;
    handle.requestId = QStringLiteral("abc");
    run->resume(handle);
    WAIT_FINISHED(watch);
    QCOMPARE(watch.outcome.error, Error::Refused);
    QVERIFY2(watch.outcome.message.contains(QLatin1String("cannot be resumed")),
             qPrintable(watch.outcome.message));
    QVERIFY2(watch.outcome.message.contains(QLatin1String("not resubmitted")),
             qPrintable(watch.outcome.message));
    QCOMPARE(watch.submittingCount, 0);
    QVERIFY(m_server.requests().isEmpty());
}

QTEST_GUILESS_MAIN(TestSegmindProvider)
#include "tst_segmindprovider.moc"
