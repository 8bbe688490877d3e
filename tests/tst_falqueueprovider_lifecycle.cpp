#include "tst_falqueueprovider.h"

#include <QFile>

// (j)
void TestFalQueueProvider::cancelWhileQueued()
{
    m_server.setFalScript({QStringLiteral("IN_QUEUE:3")});
    ProviderConfig cfg = config();
    cfg.useStatusStream = true;
    Recorder rec;
    auto run = makeRun(briaRequest(), &rec, cfg);
    run->start();
    QTRY_VERIFY_WITH_TIMEOUT(rec.states.contains(JobState::Queued) && !rec.handles.isEmpty(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(rec.positions, (QList<int>{3}), 10000);
    run->cancel();
    WAIT_FINISHED(rec);
    QCOMPARE(rec.outcome->error, Error::Cancelled);
    QCOMPARE(rec.outcome->message, QStringLiteral("Cancelled."));
    QCOMPARE(rec.states.last(), JobState::Cancelled);
    QCOMPARE(rec.outcome->requestId, rec.handles.first().requestId);

    const QList<RecordedRequest> cancels = m_server.requestsTo(QStringLiteral("/cancel"));
    QCOMPARE(cancels.size(), 1);
    QCOMPARE(cancels.first().method, QByteArrayLiteral("PUT"));
    QCOMPARE(cancels.first().path, QStringLiteral("/fal-queue/bria/reimagine/requests/%1/cancel")
                                       .arg(rec.handles.first().requestId));
    QCOMPARE(cancels.first().header("authorization"), QByteArray("Key ") + kKey.toUtf8());

    run->cancel();   // a second cancel does nothing
    QCOMPARE(rec.finishedCount, 1);
}

void TestFalQueueProvider::cancelBeforeSubmit()
{
    Recorder rec;
    auto run = makeRun(briaRequest(), &rec, config());
    run->start();
    run->cancel();   // still preparing the upload
    WAIT_FINISHED(rec);
    QCOMPARE(rec.outcome->error, Error::Cancelled);
    QCOMPARE(rec.submitting, 0);
    QVERIFY(m_server.requestsTo(QStringLiteral("/cancel")).isEmpty());
    // Nothing happens later either: the upload's preparation has ended without effect and the
    // run holds no request or timer that could still act.
    QSignalSpy spy(run.get(), &ProviderRun::stateChanged);
    QVERIFY(!canStillAct(run.get()));
    QCOMPARE(spy.count(), 0);
    QVERIFY(m_server.requestsTo(QStringLiteral("/fal-queue/")).isEmpty());
}

// (k)
void TestFalQueueProvider::resumeDoesNotResubmit()
{
    m_server.setFalScript({QStringLiteral("IN_QUEUE:1"), QStringLiteral("IN_QUEUE:1"),
                           QStringLiteral("IN_PROGRESS"), QStringLiteral("IN_PROGRESS"),
                           QStringLiteral("COMPLETED")});
    ProviderHandle handle;
    {
        Recorder first;
        auto run = makeRun(briaRequest(), &first, config());
        run->start();
        QTRY_VERIFY_WITH_TIMEOUT(!first.handles.isEmpty(), 10000);
        handle = first.handles.first();
        // The app dies here: the run goes away without cancelling.
    }
    QVERIFY(!handle.isEmpty());
    QVERIFY(m_server.requestsTo(QStringLiteral("/cancel")).isEmpty());
    const int submits = m_server.submitCount(QStringLiteral("fal"));

    // As the journal would store and restore it.
    const ProviderHandle restored = ProviderHandle::fromJson(handle.toJson());
    Recorder rec;
    auto run = makeRun(briaRequest(), &rec, config());
    run->resume(restored);
    WAIT_FINISHED(rec);
    QVERIFY2(rec.outcome->ok(), qPrintable(rec.outcome->message));
    QCOMPARE(rec.outcome->outputs.size(), 1);
    QCOMPARE(rec.outcome->requestId, handle.requestId);
    QCOMPARE(m_server.submitCount(QStringLiteral("fal")), submits);
    QCOMPARE(rec.submitting, 0);
    // Only the output URLs are reported: the job itself was known.
    QCOMPARE(rec.handles.size(), 1);
    QCOMPARE(rec.handles.first().requestId, handle.requestId);
    QCOMPARE(rec.handles.first().outputUrls.size(), 1);

    // A handle with only the request id: the URLs are built from owner/alias.
    m_server.clearRequests();
    Recorder rec2;
    ProviderHandle bare;
    bare.requestId = handle.requestId;
    auto run2 = makeRun(briaRequest(), &rec2, config());
    run2->resume(bare);
    WAIT_FINISHED(rec2);
    QVERIFY2(rec2.outcome->ok(), qPrintable(rec2.outcome->message));
    QCOMPARE(m_server.submitCount(QStringLiteral("fal")), submits);
    QVERIFY(!m_server.requestsTo(QStringLiteral("/fal-queue/bria/reimagine/requests/")
                                 + handle.requestId + QStringLiteral("/status"))
                 .isEmpty());
}

// (l)
void TestFalQueueProvider::foreignStatusUrlRefused()
{
    QUrl evil = m_server.cdnUrl();
    evil.setPath(QStringLiteral("/fal-queue/bria/reimagine/requests/evil-1/status"));
    QUrl own = m_server.falQueueUrl();
    own.setPath(own.path() + QStringLiteral("/bria/reimagine/requests/evil-1"));
    m_server.addFault(FakeFault::respond(
        "POST", QStringLiteral("/fal-queue/bria/reimagine/3.2"), 200,
        json({{QStringLiteral("request_id"), QStringLiteral("evil-1")},
              {QStringLiteral("status_url"), evil.toString()},
              {QStringLiteral("response_url"), own.toString()},
              {QStringLiteral("cancel_url"), QString(own.toString() + QStringLiteral("/cancel"))},
              {QStringLiteral("status"), QStringLiteral("IN_QUEUE")}})));
    Recorder rec;
    ProviderConfig cfg = config();
    cfg.useStatusStream = true;
    auto run = makeRun(briaRequest(), &rec, cfg);
    run->start();
    WAIT_FINISHED(rec);
    QCOMPARE(rec.outcome->error, Error::Refused);
    QVERIFY2(rec.outcome->message.contains(QLatin1String("another host")), qPrintable(rec.outcome->message));
    QVERIFY(rec.handles.isEmpty());
    QVERIFY(!rec.states.contains(JobState::Queued));
    // Nothing is left that could still send a request; nothing went there with the key.
    QVERIFY(!canStillAct(run.get()));
    for (const RecordedRequest &request : cdnRequests()) {
        QVERIFY2(!request.hasHeader("authorization"), qPrintable(request.path));
        QVERIFY2(!request.path.contains(QLatin1String("evil-1")), qPrintable(request.path));
    }
    QVERIFY(m_server.requestsTo(QStringLiteral("evil-1")).isEmpty());
}

// (m)
void TestFalQueueProvider::deadlineTimesOut()
{
    m_server.setFalScript({QStringLiteral("IN_QUEUE:1"), QStringLiteral("IN_PROGRESS")});
    ProviderConfig cfg = config();
    cfg.maxWaitMs = 400;
    Recorder rec;
    auto run = makeRun(briaRequest(), &rec, cfg);
    run->start();
    WAIT_FINISHED(rec);
    QCOMPARE(rec.outcome->error, Error::Timeout);
    QVERIFY(!rec.outcome->message.isEmpty());
    QCOMPARE(rec.states.last(), JobState::Failed);
    QVERIFY(!rec.handles.isEmpty());
    const QList<RecordedRequest> cancels = m_server.requestsTo(QStringLiteral("/cancel"));
    QCOMPARE(cancels.size(), 1);
    QCOMPARE(cancels.first().method, QByteArrayLiteral("PUT"));
    // Polling stopped: no poll timer runs and no request is under way.
    const qsizetype polls = m_server.requestsTo(QStringLiteral("/status")).size();
    QVERIFY(!canStillAct(run.get()));
    QCOMPARE(m_server.requestsTo(QStringLiteral("/status")).size(), polls);
}

// A job resumed from a crafted handle whose status and result routes are scripted with faults.
void TestFalQueueProvider::resultValidationErrors()
{
    m_server.addFault(FakeFault::respond("GET", QStringLiteral("/scripted-1/status"), 200,
                                         json({{QStringLiteral("status"), QStringLiteral("COMPLETED")}})));
    m_server.addFault(FakeFault::respond(
        "GET", QStringLiteral("/scripted-1/result"), 422,
        json({{QStringLiteral("detail"),
               QJsonArray{QJsonObject{{QStringLiteral("loc"),
                                       QJsonArray{QStringLiteral("body"), QStringLiteral("seed")}},
                                      {QStringLiteral("msg"), QStringLiteral("seed is out of range")},
                                      {QStringLiteral("type"), QStringLiteral("value_error")}}}}})));
    ProviderHandle handle;
    handle.requestId = QStringLiteral("scripted-1");
    handle.statusUrl = Endpoint::join(m_server.falQueueUrl(), QStringLiteral("bria/reimagine/requests/scripted-1/status"));
    handle.responseUrl = Endpoint::join(m_server.falQueueUrl(), QStringLiteral("bria/reimagine/requests/scripted-1/result"));
    Recorder rec;
    auto run = makeRun(briaRequest(), &rec, config());
    run->resume(handle);
    WAIT_FINISHED(rec);
    QCOMPARE(rec.outcome->error, Error::Validation);
    QCOMPARE(rec.outcome->fieldErrors.size(), 1);
    QCOMPARE(rec.outcome->fieldErrors.first().field, QStringLiteral("seed"));
    QCOMPARE(rec.outcome->fieldErrors.first().message, QStringLiteral("seed is out of range"));
}

void TestFalQueueProvider::inlineDataUriResult()
{
    const QByteArray png = FakeProviderServer::makePng(QStringLiteral("inline"), 20, 10);
    const QByteArray jpeg = FakeProviderServer::makeJpeg(QStringLiteral("inline"), 30, 15);
    m_server.addFault(FakeFault::respond("GET", QStringLiteral("/scripted-2/status"), 200,
                                         json({{QStringLiteral("status"), QStringLiteral("COMPLETED")}})));
    m_server.addFault(FakeFault::respond(
        "GET", QStringLiteral("/scripted-2/result"), 200,
        json({{QStringLiteral("images"),
               QJsonArray{QJsonObject{{QStringLiteral("url"),
                                       QString::fromLatin1(ImagePreparer::toDataUri(png, "image/png"))}},
                          // a wrong type in the data URI: the bytes decide
                          QJsonObject{{QStringLiteral("url"),
                                       QString::fromLatin1(ImagePreparer::toDataUri(jpeg, "image/png"))}}}},
              {QStringLiteral("seed"), 4242}})));
    ProviderHandle handle;
    handle.requestId = QStringLiteral("scripted-2");
    handle.statusUrl = Endpoint::join(m_server.falQueueUrl(), QStringLiteral("x/y/requests/scripted-2/status"));
    handle.responseUrl = Endpoint::join(m_server.falQueueUrl(), QStringLiteral("x/y/requests/scripted-2/result"));
    handle.cancelUrl = Endpoint::join(m_server.falQueueUrl(), QStringLiteral("x/y/requests/scripted-2/cancel"));
    Recorder rec;
    auto run = makeRun(briaRequest(), &rec, config());
    run->resume(handle);
    WAIT_FINISHED(rec);
    QVERIFY2(rec.outcome->ok(), qPrintable(rec.outcome->message));
    QCOMPARE(rec.outcome->outputs.size(), 2);
    QCOMPARE(rec.outcome->outputs.at(0).bytes, png);
    QCOMPARE(rec.outcome->outputs.at(0).mimeType, QByteArrayLiteral("image/png"));
    QCOMPARE(rec.outcome->outputs.at(0).size, QSize(20, 10));
    QVERIFY(rec.outcome->outputs.at(0).sourceUrl.isEmpty());
    QCOMPARE(rec.outcome->outputs.at(1).mimeType, QByteArrayLiteral("image/jpeg"));
    QCOMPARE(rec.outcome->outputs.at(1).size, QSize(30, 15));
    QCOMPARE(rec.outcome->seed, std::optional<qint64>(4242));
    // Inline images cannot be fetched again: no output URLs are recorded for them.
    for (const ProviderHandle &recorded : std::as_const(rec.handles))
        QVERIFY(recorded.outputUrls.isEmpty());
    QVERIFY(cdnRequests().isEmpty());
}

void TestFalQueueProvider::unreadableSketchRefused()
{
    const QString broken = m_dir.filePath(QStringLiteral("broken.png"));
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a png");
    }
    for (const QString &path : {broken, m_dir.filePath(QStringLiteral("missing.png"))}) {
        m_server.clearRequests();
        Recorder rec;
        const JobRequest request = requestFor(kBria, {{QStringLiteral("prompt"), QStringLiteral("x")},
                                                      {QStringLiteral("canny_image_url"), path}});
        auto run = makeRun(request, &rec, config());
        run->start();
        WAIT_FINISHED(rec);
        QCOMPARE(rec.outcome->error, Error::Refused);
        QVERIFY2(rec.outcome->message.startsWith(QLatin1String("Cannot read")),
                 qPrintable(rec.outcome->message));
        QVERIFY(rec.outcome->message.contains(QLatin1String("canny_image_url")));
        QVERIFY(m_server.requests().isEmpty());
        QCOMPARE(rec.submitting, 0);
    }
}

void TestFalQueueProvider::remoteUrlsPassedAsIs()
{
    const QString dataUri = QString::fromLatin1(
        ImagePreparer::toDataUri(FakeProviderServer::makePng(QStringLiteral("s"), 8, 8), "image/png"));
    Recorder rec;
    const JobRequest request = requestFor(kBria, {{QStringLiteral("prompt"), QStringLiteral("x")},
                                                  {QStringLiteral("canny_image_url"),
                                                   QStringLiteral("https://example.com/a.png")},
                                                  {QStringLiteral("depth_image_url"), dataUri}});
    auto run = makeRun(request, &rec, config());
    run->start();
    WAIT_FINISHED(rec);
    QVERIFY2(rec.outcome->ok(), qPrintable(rec.outcome->message));
    QVERIFY(!rec.states.contains(JobState::Uploading));
    QVERIFY(m_server.requestsTo(QStringLiteral("/storage/")).isEmpty());
    const QList<RecordedRequest> submits = m_server.requestsTo(QStringLiteral("/fal-queue/bria/reimagine/3.2"));
    QCOMPARE(submits.size(), 1);
    const QJsonObject input = QJsonDocument::fromJson(submits.first().body).object();
    QCOMPARE(input.value(QStringLiteral("canny_image_url")).toString(), QStringLiteral("https://example.com/a.png"));
    QCOMPARE(input.value(QStringLiteral("depth_image_url")).toString(), dataUri);
}

void TestFalQueueProvider::severalLocalImagesUploaded()
{
    const ModelSpec *ideogram = m_catalog.model(kIdeogram);
    QVERIFY(ideogram->field(QStringLiteral("image_urls")));
    QCOMPARE(ideogram->field(QStringLiteral("image_urls"))->type, ParameterSpec::Type::ImageList);
    const QString second = m_dir.filePath(QStringLiteral("style.jpg"));
    QVERIFY(QImage::fromData(FakeProviderServer::makePng(QStringLiteral("style"), 40, 30)).save(second, "JPEG"));

    Recorder rec;
    const JobRequest request = requestFor(
        kIdeogram, {{QStringLiteral("prompt"), QStringLiteral("a lamp")},
                    {QStringLiteral("image_url"), m_sketch},
                    {QStringLiteral("image_urls"),
                     QJsonArray{second, QStringLiteral("https://example.com/ref.png"),
                                QString::fromLatin1(QUrl::fromLocalFile(m_sketch).toEncoded())}}});
    auto run = makeRun(request, &rec, config());
    run->start();
    WAIT_FINISHED(rec);
    QVERIFY2(rec.outcome->ok(), qPrintable(rec.outcome->message));
    QCOMPARE(m_server.requestsTo(QStringLiteral("/storage/upload/initiate")).size(), 3);
    int puts = 0;
    for (const RecordedRequest &recorded : cdnRequests())
        puts += recorded.method == "PUT" ? 1 : 0;
    QCOMPARE(puts, 3);

    const QList<RecordedRequest> submits = m_server.requestsTo(QStringLiteral("/fal-queue/fal-ai/ideogram/v3/remix"));
    QCOMPARE(submits.size(), 1);
    const QJsonObject input = QJsonDocument::fromJson(submits.first().body).object();
    const QJsonArray refs = input.value(QStringLiteral("image_urls")).toArray();
    QCOMPARE(refs.size(), 3);
    QVERIFY(Endpoint::sameOrigin(QUrl(input.value(QStringLiteral("image_url")).toString()), m_server.cdnUrl()));
    QVERIFY(Endpoint::sameOrigin(QUrl(refs.at(0).toString()), m_server.cdnUrl()));
    QCOMPARE(refs.at(1).toString(), QStringLiteral("https://example.com/ref.png"));
    QVERIFY(Endpoint::sameOrigin(QUrl(refs.at(2).toString()), m_server.cdnUrl()));
    // A JPEG stays JPEG, and files that need no change reach the server byte for byte.
    const QUrl style(refs.at(0).toString());
    QVERIFY2(style.path().endsWith(QLatin1String("/style.jpg")), qPrintable(style.path()));
    QFile styleFile(second);
    QVERIFY(styleFile.open(QIODevice::ReadOnly));
    QCOMPARE(m_server.storedFile(style.path()), styleFile.readAll());
    QFile sketchFile(m_sketch);
    QVERIFY(sketchFile.open(QIODevice::ReadOnly));
    QCOMPARE(m_server.storedFile(QUrl(input.value(QStringLiteral("image_url")).toString()).path()), sketchFile.readAll());
}

void TestFalQueueProvider::streamStallFallsBackToPolling()
{
    m_server.setFalSseMode(FakeProviderServer::SseMode::Stall);
    ProviderConfig cfg = config();
    cfg.useStatusStream = true;
    Recorder rec;
    auto run = makeRun(briaRequest(), &rec, cfg);
    QCOMPARE(run->streamIdleTimeoutMs(), FalQueueProvider::kStreamIdleTimeoutMs);
    run->setStreamIdleTimeoutMs(200);
    run->start();
    WAIT_FINISHED(rec);
    QVERIFY2(rec.outcome->ok(), qPrintable(rec.outcome->message));
    QCOMPARE(m_server.requestsTo(QStringLiteral("/status/stream")).size(), 1);
    QVERIFY(statusPolls() >= 4);
    QCOMPARE(rec.positions, (QList<int>{2, 1}));
}

// A submit that may have reached fal is never sent twice.
void TestFalQueueProvider::submitResetNotRepeated()
{
    const int before = m_server.submitCount(QStringLiteral("fal"));
    m_server.addFault(FakeFault::make(FakeFault::Kind::ResetMidBody, "POST",
                                      QStringLiteral("/fal-queue/bria/reimagine/3.2")));
    Recorder rec;
    auto run = makeRun(briaRequest(), &rec, config());
    run->start();
    WAIT_FINISHED(rec);
    QCOMPARE(rec.outcome->error, Error::Network);
    QVERIFY2(rec.outcome->message.contains(QLatin1String("may have been charged")),
             qPrintable(rec.outcome->message));
    QCOMPARE(m_server.submitCount(QStringLiteral("fal")) - before, 1);
    QCOMPARE(rec.submitting, 1);
}

// fal created the job, then the connection dropped before the answer: one job, never resent.
void TestFalQueueProvider::submitLostAnswerNotRepeated()
{
    m_server.addFault(FakeFault::lostAnswer(FakeFault::Kind::CloseImmediately, "POST",
                                            QStringLiteral("/fal-queue/bria/reimagine/3.2"), 0, -1));
    const int billed = m_server.billedCount(QStringLiteral("fal"));
    Recorder rec;
    auto run = makeRun(briaRequest(), &rec, config());
    run->start();
    WAIT_FINISHED(rec);
    QVERIFY(!rec.outcome->ok());
    QVERIFY(rec.outcome->mayHaveCharged);
    QCOMPARE(m_server.billedCount(QStringLiteral("fal")) - billed, 1);
    QCOMPARE(rec.submitting, 1);
}

// A 502 from fal's gateway is repeated as fal's own clients do (fal does not bill it).
void TestFalQueueProvider::submitGatewayErrorRetried()
{
    const int before = m_server.submitCount(QStringLiteral("fal"));
    m_server.addFault(FakeFault::respond("POST", QStringLiteral("/fal-queue/bria/reimagine/3.2"), 502,
                                         "<html>Bad Gateway</html>", {{"Retry-After", "0"}}));
    Recorder rec;
    auto run = makeRun(briaRequest(), &rec, config());
    run->start();
    WAIT_FINISHED(rec);
    QVERIFY2(rec.outcome->ok(), qPrintable(rec.outcome->message));
    QCOMPARE(m_server.submitCount(QStringLiteral("fal")) - before, 2);
    QVERIFY(!rec.outcome->mayHaveCharged);
}

void TestFalQueueProvider::submitStallNotRepeated()
{
    const int before = m_server.submitCount(QStringLiteral("fal"));
    m_server.addFault(FakeFault::make(FakeFault::Kind::Stall, "POST",
                                      QStringLiteral("/fal-queue/bria/reimagine/3.2")));
    ProviderConfig cfg = config();
    cfg.requestTimeoutMs = 300;
    Recorder rec;
    auto run = makeRun(briaRequest(), &rec, cfg);
    run->start();
    WAIT_FINISHED(rec);
    QCOMPARE(rec.outcome->error, Error::Timeout);
    QVERIFY2(rec.outcome->message.contains(QLatin1String("may have been charged")),
             qPrintable(rec.outcome->message));
    QCOMPARE(m_server.submitCount(QStringLiteral("fal")) - before, 1);
}

void TestFalQueueProvider::submitConnectionRefusedRetried()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress(QStringLiteral("127.0.0.1")), 0));
    QUrl queue = m_server.falQueueUrl();
    queue.setPort(closed.serverPort());
    closed.close();

    QNetworkAccessManager manager;
    int replies = 0;
    connect(&manager, &QNetworkAccessManager::finished, this, [&replies]() { ++replies; });
    ProviderConfig cfg = config();
    cfg.network = &manager;
    cfg.apiUrl = queue;
    Recorder rec;
    auto run = makeRun(briaWebSketchRequest(), &rec, cfg);
    run->start();
    WAIT_FINISHED(rec);
    QCOMPARE(rec.outcome->error, Error::Network);
    QVERIFY(!rec.outcome->message.contains(QLatin1String("may have been charged")));
    // Never sent: retried up to the policy's attempts.
    QCOMPARE(replies, cfg.retryPolicy.maxAttempts());
    QCOMPARE(rec.submitting, 1);
}

void TestFalQueueProvider::missingKeyRefused()
{
    ProviderConfig cfg = config();
    cfg.apiKey.clear();
    Recorder rec;
    auto run = makeRun(briaRequest(), &rec, cfg);
    run->start();
    WAIT_FINISHED(rec);
    QCOMPARE(rec.outcome->error, Error::Auth);
    QVERIFY(m_server.requests().isEmpty());

    // Plain http to a host that is not this computer is refused before anything is sent.
    cfg = config();
    cfg.apiUrl = QUrl(QStringLiteral("http://example.com/fal-queue"));
    Recorder rec2;
    auto run2 = makeRun(briaRequest(), &rec2, cfg);
    run2->start();
    WAIT_FINISHED(rec2);
    QCOMPARE(rec2.outcome->error, Error::Refused);
    QVERIFY(m_server.requests().isEmpty());
}
