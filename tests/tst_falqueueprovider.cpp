#include "tst_falqueueprovider.h"

void TestFalQueueProvider::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_server.setKeys(kKey, QString(), QString());
    m_catalog.reload();
    QVERIFY(m_catalog.model(kBria));
    QVERIFY(m_catalog.model(kIdeogram));
    QVERIFY(m_dir.isValid());
    m_sketch = m_dir.filePath(QStringLiteral("my sketch.png"));
    QImage sketch(300, 200, QImage::Format_RGB32);
    sketch.fill(Qt::white);
    for (int x = 20; x < 280; ++x)
        sketch.setPixel(x, 100, qRgb(0, 0, 0));
    QVERIFY(sketch.save(m_sketch, "PNG"));
}

void TestFalQueueProvider::init()
{
    m_server.clearFaults();
    m_server.clearRequests();
    m_server.setFalSseMode(FakeProviderServer::SseMode::Supported);
    m_server.setSseIntervalMs(10);
    m_server.setFalRunTimeMs(0);
    m_server.setFalScript({QStringLiteral("IN_QUEUE:2"), QStringLiteral("IN_QUEUE:1"),
                           QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")});
}

ProviderConfig TestFalQueueProvider::config() const
{
    ProviderConfig cfg;
    cfg.network = const_cast<QNetworkAccessManager *>(&m_manager);
    cfg.apiKey = kKey;
    cfg.apiUrl = m_server.falQueueUrl();
    cfg.auxUrl = m_server.falRestUrl();
    cfg.requestTimeoutMs = 5000;
    cfg.pollIntervalMs = 10;
    cfg.maxPollIntervalMs = 50;
    cfg.maxWaitMs = 20000;
    cfg.useStatusStream = false;
    RetryPolicy retry = RetryPolicy::forSubmit();
    retry.setInitialDelayMs(5).setMaxDelayMs(20).setJitter(0);
    cfg.retryPolicy = retry;
    RetryPolicy polls = RetryPolicy::forStatusPolls();
    polls.setInitialDelayMs(5).setMaxDelayMs(20).setJitter(0);
    cfg.pollRetryPolicy = polls;
    return cfg;
}

JobRequest TestFalQueueProvider::requestFor(const QString &modelId, const QJsonObject &values) const
{
    JobRequest request;
    request.jobId = QStringLiteral("job-1");
    request.model = *m_catalog.model(modelId);
    QJsonObject all = request.model.defaultValues();
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.value().isUndefined())
            all.remove(it.key());
        else
            all.insert(it.key(), it.value());
    }
    request.values = all;
    return request;
}

JobRequest TestFalQueueProvider::briaRequest() const
{
    return requestFor(kBria, {{QStringLiteral("prompt"), QStringLiteral("a red chair")},
                              {QStringLiteral("canny_image_url"), m_sketch}});
}

JobRequest TestFalQueueProvider::briaWebSketchRequest() const
{
    return requestFor(kBria, {{QStringLiteral("prompt"), QStringLiteral("a chair")},
                              {QStringLiteral("canny_image_url"), QStringLiteral("https://example.com/sketch.png")}});
}

std::unique_ptr<FalQueueRun> TestFalQueueProvider::makeRun(const JobRequest &request,
                                                           Recorder *recorder,
                                                           const ProviderConfig &cfg)
{
    auto run = std::make_unique<FalQueueRun>(request, cfg);
    recorder->attach(run.get());
    return run;
}

QList<RecordedRequest> TestFalQueueProvider::cdnRequests() const
{
    QList<RecordedRequest> result;
    for (const RecordedRequest &request : m_server.requests()) {
        if (request.localAddress == QHostAddress(QStringLiteral("127.0.0.2")))
            result.append(request);
    }
    return result;
}

// ---------------------------------------------------------------------------------------------

void TestFalQueueProvider::providerBasics()
{
    FalQueueProvider provider;
    QCOMPARE(provider.id(), QStringLiteral("fal"));
    QObject parent;
    ProviderRun *run = provider.createRun(briaRequest(), config(), &parent);
    QVERIFY(qobject_cast<FalQueueRun *>(run));
    QCOMPARE(run->parent(), &parent);
    QVERIFY(run->canResume());
}

void TestFalQueueProvider::appPath_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("expected");

    QTest::newRow("bria") << QStringLiteral("bria/reimagine/3.2") << QStringLiteral("bria/reimagine");
    QTest::newRow("ideogram") << QStringLiteral("fal-ai/ideogram/v3/remix")
                              << QStringLiteral("fal-ai/ideogram");
    QTest::newRow("owner/alias") << QStringLiteral("fal-ai/flux") << QStringLiteral("fal-ai/flux");
    QTest::newRow("old bria") << QStringLiteral("fal-ai/bria/reimagine")
                              << QStringLiteral("fal-ai/bria");
    QTest::newRow("workflows") << QStringLiteral("workflows/me/my-flow")
                               << QStringLiteral("workflows/me/my-flow");
    QTest::newRow("workflows sub-path") << QStringLiteral("workflows/me/my-flow/v2/run")
                                        << QStringLiteral("workflows/me/my-flow");
    QTest::newRow("comfy") << QStringLiteral("comfy/owner/wf/sub") << QStringLiteral("comfy/owner/wf");
    QTest::newRow("legacy numeric") << QStringLiteral("123-my-app") << QStringLiteral("123/my-app");
    QTest::newRow("slashes trimmed") << QStringLiteral("/bria/reimagine/3.2/")
                                     << QStringLiteral("bria/reimagine");
    QTest::newRow("one segment") << QStringLiteral("flux") << QString();
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("namespace only") << QStringLiteral("workflows/me") << QString();
    QTest::newRow("empty segment") << QStringLiteral("bria//3.2") << QString();
    QTest::newRow("dot dot") << QStringLiteral("../admin/x") << QString();
    QTest::newRow("query") << QStringLiteral("bria/reimagine?x=1") << QString();
    QTest::newRow("space") << QStringLiteral("bria/re imagine") << QString();
}

void TestFalQueueProvider::appPath()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, expected);
    QCOMPARE(FalQueueProvider::appPath(endpoint), expected);
}

void TestFalQueueProvider::handleFor()
{
    const ProviderHandle handle = FalQueueProvider::handleFor(
        QUrl(QStringLiteral("https://queue.fal.run")), QStringLiteral("bria/reimagine/3.2"),
        QStringLiteral("abc"));
    QCOMPARE(handle.requestId, QStringLiteral("abc"));
    QCOMPARE(handle.statusUrl,
             QUrl(QStringLiteral("https://queue.fal.run/bria/reimagine/requests/abc/status")));
    QCOMPARE(handle.responseUrl,
             QUrl(QStringLiteral("https://queue.fal.run/bria/reimagine/requests/abc")));
    QCOMPARE(handle.cancelUrl,
             QUrl(QStringLiteral("https://queue.fal.run/bria/reimagine/requests/abc/cancel")));

    const ProviderHandle prefixed = FalQueueProvider::handleFor(
        m_server.falQueueUrl(), QStringLiteral("fal-ai/ideogram/v3/remix"), QStringLiteral("r1"));
    QCOMPARE(prefixed.statusUrl.path(), QStringLiteral("/fal-queue/fal-ai/ideogram/requests/r1/status"));

    QVERIFY(FalQueueProvider::handleFor(m_server.falQueueUrl(), QStringLiteral("flux"),
                                        QStringLiteral("r1"))
                .statusUrl.isEmpty());
}

// (a)
void TestFalQueueProvider::briaEndToEndPolling()
{
    const int submitsBefore = m_server.submitCount(QStringLiteral("fal"));
    Recorder rec;
    auto run = makeRun(briaRequest(), &rec, config());
    run->start();
    WAIT_FINISHED(rec);
    const JobOutcome &outcome = *rec.outcome;
    QVERIFY2(outcome.ok(), qPrintable(outcome.message));

    QCOMPARE(stateNames(rec.states),
             stateNames({JobState::Uploading, JobState::Queued, JobState::Running,
                         JobState::Downloading, JobState::Done}));
    QCOMPARE(rec.positions, (QList<int>{2, 1}));
    QVERIFY(!rec.logs.isEmpty());
    QCOMPARE(rec.logs.first(), QStringLiteral("[INFO] step 1"));
    for (int i = 0; i < rec.logs.size(); ++i)
        QCOMPARE(rec.logs.at(i), QStringLiteral("[INFO] step %1").arg(i + 1));   // each once
    QCOMPARE(rec.submitting, 1);
    // The handle once the job exists, and again with the output URLs as soon as the result
    // named them (fal deletes them within minutes: a resume must fetch them at once).
    QCOMPARE(rec.handles.size(), 2);
    QVERIFY(rec.handles.first().outputUrls.isEmpty());
    QCOMPARE(rec.handles.last().requestId, rec.handles.first().requestId);
    QCOMPARE(rec.handles.last().outputUrls, QList<QUrl>{rec.outcome->outputs.first().sourceUrl});
    QCOMPARE(m_server.submitCount(QStringLiteral("fal")) - submitsBefore, 1);

    QCOMPARE(outcome.outputs.size(), 1);
    const OutputImage &image = outcome.outputs.first();
    QCOMPARE(image.mimeType, QByteArrayLiteral("image/png"));
    QCOMPARE(image.size, QSize(FakeProviderServer::kImageWidth, FakeProviderServer::kImageHeight));
    const ImageLoader::Result decoded = ImageLoader::loadData(image.bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.size, QSize(FakeProviderServer::kImageWidth, FakeProviderServer::kImageHeight));
    QVERIFY(!outcome.costUsd.has_value()); // fal reports no charge; the ledger prices it
    const QString requestId = rec.handles.first().requestId;
    QVERIFY(!requestId.isEmpty());
    QCOMPARE(outcome.requestId, requestId);
    QCOMPARE(run->handle().requestId, requestId);
    QVERIFY(outcome.raw.contains(QStringLiteral("image")));

    // Upload: initiate with the key on the REST host ...
    const QList<RecordedRequest> initiates = m_server.requestsTo(QStringLiteral("/storage/upload/initiate"));
    QCOMPARE(initiates.size(), 1);
    QCOMPARE(initiates.first().method, QByteArrayLiteral("POST"));
    QCOMPARE(initiates.first().path, QStringLiteral("/fal-rest/storage/upload/initiate"));
    QCOMPARE(initiates.first().query, QStringLiteral("storage_type=fal-cdn-v3"));
    QCOMPARE(initiates.first().header("authorization"), QByteArray("Key ") + kKey.toUtf8());
    const QJsonObject initiateBody = QJsonDocument::fromJson(initiates.first().body).object();
    QCOMPARE(initiateBody.value(QStringLiteral("content_type")).toString(), QStringLiteral("image/png"));
    QCOMPARE(initiateBody.value(QStringLiteral("file_name")).toString(), QStringLiteral("my_sketch.png"));

    // ... the PUT to the CDN host without it.
    const QList<RecordedRequest> cdn = cdnRequests();
    QList<RecordedRequest> puts;
    for (const RecordedRequest &request : cdn) {
        QVERIFY2(!request.hasHeader("authorization"), qPrintable(request.path));
        if (request.method == "PUT")
            puts.append(request);
    }
    QCOMPARE(puts.size(), 1);
    QVERIFY(puts.first().path.startsWith(QLatin1String("/upload/")));
    QCOMPARE(puts.first().header("content-type"), QByteArrayLiteral("image/png"));
    const ImageLoader::Result uploaded = ImageLoader::loadData(puts.first().body);
    QVERIFY2(uploaded.ok(), qPrintable(uploaded.error));
    QCOMPARE(uploaded.size, QSize(300, 200));

    // Submit: full endpoint id, the file_url instead of the local path.
    const QList<RecordedRequest> submits = m_server.requestsTo(QStringLiteral("/fal-queue/bria/reimagine/3.2"));
    QCOMPARE(submits.size(), 1);
    QCOMPARE(submits.first().method, QByteArrayLiteral("POST"));
    QCOMPARE(submits.first().header("authorization"), QByteArray("Key ") + kKey.toUtf8());
    QVERIFY(submits.first().header("accept").contains("application/json"));
    const QJsonObject input = QJsonDocument::fromJson(submits.first().body).object();
    QCOMPARE(input.value(QStringLiteral("prompt")).toString(), QStringLiteral("a red chair"));
    const QUrl fileUrl(input.value(QStringLiteral("canny_image_url")).toString());
    QVERIFY2(Endpoint::sameOrigin(fileUrl, m_server.cdnUrl()), qPrintable(fileUrl.toString()));
    QVERIFY(m_server.storedFiles().contains(fileUrl.path()));
    QVERIFY(!submits.first().body.contains(m_sketch.toUtf8()));

    // Status polls under owner/alias only, with logs.
    const QString statusPath = QStringLiteral("/fal-queue/bria/reimagine/requests/%1/status").arg(requestId);
    const QList<RecordedRequest> polls = m_server.requestsTo(QStringLiteral("/status"));
    QVERIFY(polls.size() >= 4);
    for (const RecordedRequest &poll : polls) {
        QCOMPARE(poll.path, statusPath);
        QCOMPARE(poll.query, QStringLiteral("logs=1"));
        QCOMPARE(poll.header("authorization"), QByteArray("Key ") + kKey.toUtf8());
    }

    // Result with the key, download from the CDN without it.
    const QString resultPath = QStringLiteral("/fal-queue/bria/reimagine/requests/%1").arg(requestId);
    int results = 0;
    for (const RecordedRequest &request : m_server.requests()) {
        if (request.path == resultPath) {
            ++results;
            QCOMPARE(request.method, QByteArrayLiteral("GET"));
            QVERIFY(request.hasHeader("authorization"));
        }
    }
    QCOMPARE(results, 1);
    int downloads = 0;
    for (const RecordedRequest &request : cdn) {
        if (request.method == "GET") {
            ++downloads;
            QCOMPARE(request.path, QStringLiteral("/files/result-%1.png").arg(requestId));
        }
    }
    QCOMPARE(downloads, 1);
    QCOMPARE(image.sourceUrl.path(), QStringLiteral("/files/result-%1.png").arg(requestId));
    QVERIFY(m_server.requestsTo(QStringLiteral("/status/stream")).isEmpty());
}

// (b)
void TestFalQueueProvider::briaEndToEndStream()
{
    ProviderConfig cfg = config();
    cfg.useStatusStream = true;
    Recorder rec;
    auto run = makeRun(briaRequest(), &rec, cfg);
    run->start();
    WAIT_FINISHED(rec);
    QVERIFY2(rec.outcome->ok(), qPrintable(rec.outcome->message));
    QCOMPARE(stateNames(rec.states),
             stateNames({JobState::Uploading, JobState::Queued, JobState::Running,
                         JobState::Downloading, JobState::Done}));
    QCOMPARE(rec.positions, (QList<int>{2, 1}));
    QVERIFY(!rec.logs.isEmpty());
    for (int i = 0; i < rec.logs.size(); ++i)
        QCOMPARE(rec.logs.at(i), QStringLiteral("[INFO] step %1").arg(i + 1));
    QCOMPARE(rec.outcome->outputs.size(), 1);
    QVERIFY(!rec.outcome->costUsd.has_value());

    const QList<RecordedRequest> streams = m_server.requestsTo(QStringLiteral("/status/stream"));
    QCOMPARE(streams.size(), 1);
    QCOMPARE(streams.first().query, QStringLiteral("logs=1"));
    QCOMPARE(streams.first().header("accept"), QByteArrayLiteral("text/event-stream"));
    QCOMPARE(streams.first().header("authorization"), QByteArray("Key ") + kKey.toUtf8());
    for (const RecordedRequest &request : m_server.requests())
        QVERIFY2(!request.path.endsWith(QLatin1String("/status")), "no polling needed");
}

// (c)
void TestFalQueueProvider::streamUnsupportedFallsBackToPolling()
{
    m_server.setFalSseMode(FakeProviderServer::SseMode::Unsupported);
    ProviderConfig cfg = config();
    cfg.useStatusStream = true;
    Recorder rec;
    auto run = makeRun(briaRequest(), &rec, cfg);
    run->start();
    WAIT_FINISHED(rec);
    QVERIFY2(rec.outcome->ok(), qPrintable(rec.outcome->message));
    QCOMPARE(rec.outcome->outputs.size(), 1);
    QCOMPARE(m_server.requestsTo(QStringLiteral("/status/stream")).size(), 1);
    QVERIFY(statusPolls() >= 4);
    QCOMPARE(rec.positions, (QList<int>{2, 1}));
}

// (d)
void TestFalQueueProvider::ideogramTwoImagesAndSeed()
{
    Recorder rec;
    const JobRequest request = requestFor(kIdeogram, {{QStringLiteral("prompt"), QStringLiteral("a lamp")},
                                                      {QStringLiteral("image_url"), m_sketch},
                                                      {QStringLiteral("num_images"), 2},
                                                      {QStringLiteral("seed"), 77}});
    auto run = makeRun(request, &rec, config());
    run->start();
    WAIT_FINISHED(rec);
    QVERIFY2(rec.outcome->ok(), qPrintable(rec.outcome->message));
    QCOMPARE(rec.outcome->outputs.size(), 2);
    for (const OutputImage &image : rec.outcome->outputs) {
        QCOMPARE(image.mimeType, QByteArrayLiteral("image/png"));
        QCOMPARE(image.size, QSize(FakeProviderServer::kImageWidth, FakeProviderServer::kImageHeight));
    }
    QVERIFY(rec.outcome->outputs.at(0).sourceUrl != rec.outcome->outputs.at(1).sourceUrl);
    QCOMPARE(rec.outcome->seed, std::optional<qint64>(77));
    QVERIFY(!rec.outcome->costUsd.has_value());

    const QList<RecordedRequest> submits = m_server.requestsTo(QStringLiteral("/fal-queue/fal-ai/ideogram/v3/remix"));
    QCOMPARE(submits.size(), 1);
    const QJsonObject input = QJsonDocument::fromJson(submits.first().body).object();
    QVERIFY(Endpoint::sameOrigin(QUrl(input.value(QStringLiteral("image_url")).toString()),
                                 m_server.cdnUrl()));
    const QString statusPrefix = QStringLiteral("/fal-queue/fal-ai/ideogram/requests/");
    for (const RecordedRequest &poll : m_server.requestsTo(QStringLiteral("/status")))
        QVERIFY2(poll.path.startsWith(statusPrefix), qPrintable(poll.path));
}

// (e)
void TestFalQueueProvider::submitRateLimitedThenAccepted()
{
    const int before = m_server.submitCount(QStringLiteral("fal"));
    m_server.addFault(FakeFault::respond("POST", QStringLiteral("/fal-queue/bria/reimagine/3.2"), 429,
                                         json({{QStringLiteral("detail"), QStringLiteral("Too many requests")}}),
                                         {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("0")}}));
    Recorder rec;
    auto run = makeRun(briaRequest(), &rec, config());
    run->start();
    WAIT_FINISHED(rec);
    QVERIFY2(rec.outcome->ok(), qPrintable(rec.outcome->message));
    QCOMPARE(m_server.submitCount(QStringLiteral("fal")) - before, 2);
    QCOMPARE(rec.submitting, 1);
    QCOMPARE(rec.handles.size(), 2); // the job, then its output URLs
}

// A 429 with Retry-After is waited out in the open: the run says why and for how long, and
// says when the wait is over (the retry goes), so the job never claims to be uploading meanwhile.
void TestFalQueueProvider::rateLimitIsAWait()
{
    const int before = m_server.submitCount(QStringLiteral("fal"));
    m_server.addFault(FakeFault::respond("POST", QStringLiteral("/fal-queue/bria/reimagine/3.2"), 429,
                                         json({{QStringLiteral("detail"), QStringLiteral("Too many requests")}}),
                                         {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")}}));
    Recorder rec;
    auto run = makeRun(briaRequest(), &rec, config());
    int submitsWhenWaitEnded = -1;
    QElapsedTimer waited;
    qint64 waitedMs = -1;
    connect(run.get(), &ProviderRun::waitStarted, this, [&waited] { waited.start(); });
    connect(run.get(), &ProviderRun::waitEnded, this, [&] {
        submitsWhenWaitEnded = m_server.submitCount(QStringLiteral("fal")) - before;
        waitedMs = waited.elapsed();
    });
    run->start();
    WAIT_FINISHED(rec);
    QVERIFY2(rec.outcome->ok(), qPrintable(rec.outcome->message));

    QCOMPARE(rec.waits.size(), 1);
    QCOMPARE(rec.waits.first().first, QStringLiteral("Rate-limited by fal"));
    QCOMPARE(rec.waits.first().second, 1000);   // Retry-After, not the back-off
    QCOMPARE(rec.waitsEnded, 1);
    QCOMPARE(submitsWhenWaitEnded, 1);          // it ends as the retry goes, not before
    QVERIFY2(waitedMs >= 900, qPrintable(QString::number(waitedMs)));   // coarse timers: -5 %
    QCOMPARE(m_server.submitCount(QStringLiteral("fal")) - before, 2);
    const QStringList waitLines = rec.logs.filter(QStringLiteral("Rate-limited"));
    QCOMPARE(waitLines.size(), 1);
    QVERIFY2(waitLines.first().startsWith(QStringLiteral("Rate-limited by fal, retrying in 1 s (attempt 2 of 4). ")),
             qPrintable(waitLines.first()));
    QVERIFY2(waitLines.first().contains(QStringLiteral("Too many requests")), qPrintable(waitLines.first()));
}

void TestFalQueueProvider::retryWords()
{
    ApiResult limited;
    limited.httpStatus = 429;
    QCOMPARE(ProviderRun::retryReason(QStringLiteral("fal"), limited), QStringLiteral("Rate-limited by fal"));
    ApiResult busy;
    busy.httpStatus = 503;
    QCOMPARE(ProviderRun::retryReason(QStringLiteral("Segmind"), busy),
             QStringLiteral("Server problem at Segmind (HTTP 503)"));
    busy.headers.insert(QByteArrayLiteral("retry-after"), QByteArrayLiteral("3"));
    QCOMPARE(ProviderRun::retryReason(QStringLiteral("Segmind"), busy), QStringLiteral("Rate-limited by Segmind"));
    ApiResult lost;
    lost.error = Error::Network;
    QCOMPARE(ProviderRun::retryReason(QStringLiteral("Freepik"), lost), QStringLiteral("No answer from Freepik"));

    const QString reason = QStringLiteral("Rate-limited by fal");
    QCOMPARE(ProviderRun::waitText(reason, 3000), QStringLiteral("Rate-limited by fal, retrying in 3 s"));
    QCOMPARE(ProviderRun::waitText(reason, 2001), QStringLiteral("Rate-limited by fal, retrying in 3 s"));
    QCOMPARE(ProviderRun::waitText(reason, 1), QStringLiteral("Rate-limited by fal, retrying in 1 s"));
    QCOMPARE(ProviderRun::waitText(reason, 0), QStringLiteral("Rate-limited by fal, retrying now"));
}

// (f)
void TestFalQueueProvider::statusPollServerErrorsExhaustRetries()
{
    m_server.addFault(FakeFault::respond("GET", QStringLiteral("/status"), 503,
                                         json({{QStringLiteral("detail"), QStringLiteral("runner unavailable")},
                                               {QStringLiteral("error_type"), QStringLiteral("runner_scheduling_failure")}}),
                                         {}, -1));
    const ProviderConfig cfg = config();
    Recorder rec;
    auto run = makeRun(briaRequest(), &rec, cfg);
    run->start();
    WAIT_FINISHED(rec);
    QCOMPARE(rec.outcome->error, Error::Server);
    // The server's reason, said once (the banner and the job row put the model in front).
    QCOMPARE(rec.outcome->message, QStringLiteral("runner unavailable (HTTP 503)"));
    QVERIFY(rec.outcome->fieldErrors.isEmpty());
    QCOMPARE(m_server.requestsTo(QStringLiteral("/status")).size(), cfg.pollRetryPolicy.maxAttempts());
    QCOMPARE(rec.states.last(), JobState::Failed);
    // Each retry was a wait with its reason, and each wait ended.
    QCOMPARE(rec.waits.size(), cfg.pollRetryPolicy.maxAttempts() - 1);
    for (const auto &wait : std::as_const(rec.waits))
        QCOMPARE(wait.first, QStringLiteral("Server problem at fal (HTTP 503)"));
    QCOMPARE(rec.waitsEnded, rec.waits.size());
}

// (g)
void TestFalQueueProvider::completedWithError()
{
    m_server.setFalScript({QStringLiteral("IN_PROGRESS"),
                           QStringLiteral("ERROR:NSFW content detected in the output")});
    Recorder rec;
    auto run = makeRun(briaRequest(), &rec, config());
    run->start();
    WAIT_FINISHED(rec);
    QCOMPARE(rec.outcome->error, Error::Refused);
    QVERIFY2(rec.outcome->message.contains(QLatin1String("NSFW content detected in the output")),
             qPrintable(rec.outcome->message));
    QVERIFY(rec.outcome->outputs.isEmpty());
    QCOMPARE(rec.states.last(), JobState::Failed);
    QVERIFY(!rec.states.contains(JobState::Downloading));
    // The failed result is not fetched: the status already said why.
    const QString resultPath = QStringLiteral("/fal-queue/bria/reimagine/requests/%1")
                                   .arg(rec.handles.value(0).requestId);
    for (const RecordedRequest &request : m_server.requests())
        QVERIFY(request.path != resultPath);
}

// (h)
void TestFalQueueProvider::submitValidationErrors()
{
    Recorder rec;
    JobRequest request = briaRequest();
    request.values.remove(QStringLiteral("prompt"));
    request.values.insert(QStringLiteral("seed"), QStringLiteral("not a number"));
    auto run = makeRun(request, &rec, config());
    run->start();
    WAIT_FINISHED(rec);
    QCOMPARE(rec.outcome->error, Error::Validation);
    QStringList fields;
    for (const ApiFieldError &error : rec.outcome->fieldErrors)
        fields.append(error.field);
    QVERIFY2(fields.contains(QStringLiteral("prompt")), qPrintable(fields.join(u',')));
    QVERIFY2(fields.contains(QStringLiteral("seed")), qPrintable(fields.join(u',')));
    QVERIFY(rec.handles.isEmpty());
    QCOMPARE(m_server.requestsTo(QStringLiteral("/fal-queue/bria/reimagine/3.2")).size(), 1);
}

// (i)
void TestFalQueueProvider::wrongKeyNotRetried()
{
    const int before = m_server.submitCount(QStringLiteral("fal"));
    ProviderConfig cfg = config();
    cfg.apiKey = QStringLiteral("wrong-key");
    Recorder rec;
    auto run = makeRun(briaWebSketchRequest(), &rec, cfg);
    run->start();
    WAIT_FINISHED(rec);
    QCOMPARE(rec.outcome->error, Error::Auth);
    QVERIFY2(rec.outcome->message.startsWith(QLatin1String("fal rejected the API key")),
             qPrintable(rec.outcome->message));
    QVERIFY(!rec.outcome->message.contains(QLatin1String("wrong-key")));
    QCOMPARE(m_server.submitCount(QStringLiteral("fal")) - before, 1);

    // The same with a local sketch: the upload is refused, nothing is submitted.
    Recorder rec2;
    auto run2 = makeRun(briaRequest(), &rec2, cfg);
    run2->start();
    WAIT_FINISHED(rec2);
    QCOMPARE(rec2.outcome->error, Error::Auth);
    QCOMPARE(m_server.requestsTo(QStringLiteral("/storage/upload/initiate")).size(), 1);
    QCOMPARE(rec2.submitting, 0);
    QCOMPARE(m_server.submitCount(QStringLiteral("fal")) - before, 1);
}

void TestFalQueueProvider::exhaustedBalanceIsNoCredits()
{
    m_server.addFault(FakeFault::respond(
        "POST", QStringLiteral("/fal-queue/bria/reimagine/3.2"), 403,
        json({{QStringLiteral("detail"),
               QStringLiteral("User is locked. Reason: Exhausted balance. Top up your balance at "
                              "fal.ai/dashboard/billing.")}})));
    Recorder rec;
    auto run = makeRun(briaRequest(), &rec, config());
    run->start();
    WAIT_FINISHED(rec);
    QCOMPARE(rec.outcome->error, Error::NoCredits);
    QVERIFY2(rec.outcome->message.contains(QLatin1String("balance")), qPrintable(rec.outcome->message));
}

QTEST_GUILESS_MAIN(TestFalQueueProvider)

// The status poll schedule without a stream: fast near the start, gentle back-off, bounded.
void TestFalQueueProvider::pollScheduleIntervals()
{
    PollSchedule schedule;   // 50 ms for 1 s, then x1.15 up to 5 s; 500 ms while queued
    qint64 at = 0;
    QList<int> delays;
    for (int i = 0; i < 24; ++i) {
        const int delay = schedule.nextDelayMs(at, false);
        delays.append(delay);
        at += delay;
    }
    for (int i = 0; i < 20; ++i)
        QCOMPARE(delays.at(i), 50);   // the fast phase: 20 polls in the first second
    QCOMPARE(delays.mid(20), (QList<int>{57, 66, 76, 87}));   // 50 x 1.15^n, rounded
    // Queued behind others: the official client's pace, and the back-off does not move.
    QCOMPARE(schedule.nextDelayMs(at, true), 500);
    QCOMPARE(schedule.nextDelayMs(at, false), 101);
    for (int i = 0; i < 60; ++i)
        schedule.nextDelayMs(at, false);
    QCOMPARE(schedule.nextDelayMs(at, false), 5000);   // the ceiling
    schedule.restart();
    QCOMPARE(schedule.nextDelayMs(0, false), 50);

    // Requests per job until a poll sees it COMPLETED (fal's JS client: 1 + run time / 500 ms).
    QCOMPARE(PollSchedule::requestsFor(200), 4);
    QCOMPARE(PollSchedule::requestsFor(1000), 20);
    QCOMPARE(PollSchedule::requestsFor(10000), 43);
    QCOMPARE(PollSchedule::requestsFor(60000), 58);
    QVERIFY(PollSchedule::requestsFor(60000) < 1 + 60000 / 500);

    // Options are kept sane: no zero delay, queued pace within the bounds.
    PollSchedule odd(PollSchedule::Options{0, 0, 0.5, 10, 0});
    QCOMPARE(odd.nextDelayMs(0, false), 1);
    QCOMPARE(odd.nextDelayMs(0, true), 1);
}

// A job that completes by the server's clock: the stream says so and the result is asked for
// exactly once, after the server marked it COMPLETED; no status poll at all.
void TestFalQueueProvider::timedJobStreamAsksResultOnceAfterCompleted()
{
    m_server.setFalRunTimeMs(150);
    m_server.setSseIntervalMs(1000);   // no IN_PROGRESS repeats needed: COMPLETED is pushed
    ProviderConfig cfg = config();
    cfg.useStatusStream = true;
    Recorder rec;
    auto run = makeRun(briaRequest(), &rec, cfg);
    run->start();
    WAIT_FINISHED(rec);
    QVERIFY2(rec.outcome->ok(), qPrintable(rec.outcome->message));
    const QList<FakeProviderServer::FalJobStats> stats = m_server.falJobStats();
    const FakeProviderServer::FalJobStats &job = stats.constLast();
    QCOMPARE(job.requestId, rec.outcome->requestId);
    QCOMPARE(job.streamOpens, 1);
    QCOMPARE(job.statusPolls, 0);
    QCOMPARE(job.resultRequests, 1);
    QVERIFY(job.completedUs >= 0);
    QVERIFY(job.resultRequestedUs >= job.completedUs);
}

// Without a stream the schedule polls until a poll sees COMPLETED, then asks for the result
// once; every poll but the last saw the job running.
void TestFalQueueProvider::timedJobPollingAsksResultOnceAfterCompleted()
{
    m_server.setFalRunTimeMs(150);
    m_server.setFalSseMode(FakeProviderServer::SseMode::Unsupported);
    ProviderConfig cfg = config();
    cfg.useStatusStream = true;   // refused by the server: polling takes over
    cfg.pollIntervalMs = 20;
    cfg.fastPollPhaseMs = 100000;
    cfg.maxPollIntervalMs = 1000;
    Recorder rec;
    auto run = makeRun(briaRequest(), &rec, cfg);
    run->start();
    WAIT_FINISHED(rec);
    QVERIFY2(rec.outcome->ok(), qPrintable(rec.outcome->message));
    const FakeProviderServer::FalJobStats job = m_server.falJobStats().constLast();
    QCOMPARE(job.resultRequests, 1);
    QVERIFY(job.statusPolls >= 1);
    QVERIFY(job.resultRequestedUs >= job.completedUs);
    // The result request comes right after the last poll, never before a poll saw COMPLETED.
    const QList<RecordedRequest> requests = m_server.requests();
    int lastPoll = -1;
    int result = -1;
    for (int i = 0; i < requests.size(); ++i) {
        if (requests.at(i).path.endsWith(QLatin1String("/status")))
            lastPoll = i;
        else if (requests.at(i).path.endsWith(job.requestId) && requests.at(i).method == "GET")
            result = i;
    }
    QVERIFY(lastPoll >= 0);
    QCOMPARE(result, lastPoll + 1);
    QCOMPARE(rec.logs.isEmpty(), false);
}
