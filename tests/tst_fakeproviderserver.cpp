#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include "fakeproviderserver.h"
#include "net/apirequest.h"
#include "net/endpoint.h"

using Error = ApiResult::Error;

// The simulated protocols, exercised end to end through ApiRequest + QNetworkAccessManager.
class TestFakeProviderServer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void urlsAndEnvironment();
    void recordsRequests();
    void falStorageUpload();
    void falQueueBria();
    void falIdeogramValidationAndImages();
    void falStatusWrongPath();
    void falStatusStream();
    void falStatusStreamUnsupported();
    void falStatusStreamStall();
    void falCancel();
    void falCompletedWithError();
    void falNeverFinishes();
    void missingKeys_data();
    void missingKeys();
    void acceptAnyKey();
    void segmindUploadAndGenerate();
    void segmindWrongContentType();
    void segmindNoCredits();
    void freepikSync();
    void freepikRejectsDataUri();
    void freepikAsync();
    void freepikBase64();
    void freepikFailed();
    void delayFault();
    void slowDripFault();
    void jobTags();
    void lingerAfterAnswer();
    void unknownEndpoint();

private:
    ApiResult call(const QByteArray &method, const QUrl &url, const QByteArray &body = QByteArray(),
                   const QByteArray &authName = QByteArray(), const QByteArray &authValue = QByteArray(),
                   bool expectJson = true, ApiErrorParser::Dialect dialect = ApiErrorParser::Dialect::Generic,
                   int timeoutMs = 5000);
    ApiResult fal(const QByteArray &method, const QUrl &url, const QByteArray &body = QByteArray());
    ApiResult segmind(const QByteArray &method, const QUrl &url, const QByteArray &body = QByteArray(),
                      bool expectJson = true);
    ApiResult freepik(const QByteArray &method, const QUrl &url, const QByteArray &body = QByteArray());
    QJsonObject submitFal(const QString &endpoint, const QJsonObject &input);
    static QByteArray json(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    FakeProviderServer m_server;
    QNetworkAccessManager m_manager;
};

ApiResult TestFakeProviderServer::call(const QByteArray &method, const QUrl &url,
                                       const QByteArray &body, const QByteArray &authName,
                                       const QByteArray &authValue, bool expectJson,
                                       ApiErrorParser::Dialect dialect, int timeoutMs)
{
    ApiRequestSpec spec;
    spec.method = method;
    spec.url = url;
    if (!body.isEmpty())
        spec.setJsonBody(body);
    spec.authHeaderName = authName;
    spec.authHeaderValue = authValue;
    spec.authOrigin = m_server.baseUrl();
    spec.expectJson = expectJson;
    spec.dialect = dialect;
    spec.transferTimeoutMs = timeoutMs;
    spec.maxResponseBytes = ApiRequestSpec::kMaxImageBytes;
    spec.retryPolicy = RetryPolicy::none();
    ApiRequest request(&m_manager, spec);
    QSignalSpy spy(&request, &ApiRequest::finished);
    request.start();
    if (!spy.wait(timeoutMs + 5000)) {
        ApiResult missing;
        missing.error = Error::Protocol;
        missing.message = QStringLiteral("no finished()");
        return missing;
    }
    return qvariant_cast<ApiResult>(spy.first().first());
}

ApiResult TestFakeProviderServer::fal(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    return call(method, url, body, "Authorization", "Key " + m_server.falKey().toUtf8(), true,
                ApiErrorParser::Dialect::Fal);
}

ApiResult TestFakeProviderServer::segmind(const QByteArray &method, const QUrl &url,
                                          const QByteArray &body, bool expectJson)
{
    return call(method, url, body, "x-api-key", m_server.segmindKey().toUtf8(), expectJson,
                ApiErrorParser::Dialect::Segmind);
}

ApiResult TestFakeProviderServer::freepik(const QByteArray &method, const QUrl &url, const QByteArray &body)
{
    return call(method, url, body, "x-freepik-api-key", m_server.freepikKey().toUtf8(), true,
                ApiErrorParser::Dialect::Freepik);
}

QJsonObject TestFakeProviderServer::submitFal(const QString &endpoint, const QJsonObject &input)
{
    const ApiResult result = fal("POST", Endpoint::join(m_server.falQueueUrl(), endpoint), json(input));
    if (!result.ok())
        qWarning("submit failed: %s", qPrintable(result.message));
    return result.json().object();
}

void TestFakeProviderServer::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestFakeProviderServer::init()
{
    m_server.clearFaults();
    m_server.clearRequests();
    m_server.setKeys(QStringLiteral("test-fal-key"), QStringLiteral("test-segmind-key"),
                     QStringLiteral("test-freepik-key"));
    m_server.setAcceptAnyKey(false);
    m_server.setFalScript({QStringLiteral("IN_QUEUE:2"), QStringLiteral("IN_QUEUE:1"),
                           QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")});
    m_server.setFalSseMode(FakeProviderServer::SseMode::Supported);
    m_server.setSseIntervalMs(5);
    m_server.setFreepikMode(FakeProviderServer::FreepikMode::Sync);
    m_server.setFreepikPollsUntilDone(2);
    m_server.setSegmindContentType("image/jpeg");
    m_server.setSegmindNoCredits(false);
}

// ---------------------------------------------------------------------------------------------

void TestFakeProviderServer::urlsAndEnvironment()
{
    QVERIFY(m_server.port() > 0);
    QVERIFY(m_server.cdnPort() > 0);
    QCOMPARE(m_server.falQueueUrl().toString(),
             QStringLiteral("http://127.0.0.1:%1/fal-queue").arg(m_server.port()));
    QCOMPARE(m_server.falRestUrl().path(), QStringLiteral("/fal-rest"));
    QCOMPARE(m_server.segmindUrl().path(), QStringLiteral("/segmind"));
    QCOMPARE(m_server.segmindUploadUrl().path(), QStringLiteral("/segmind-upload"));
    QCOMPARE(m_server.freepikUrl().path(), QStringLiteral("/freepik"));
    QCOMPARE(m_server.cdnUrl().host(), QStringLiteral("127.0.0.2"));
    for (const QUrl &url : {m_server.falQueueUrl(), m_server.cdnUrl()})
        QVERIFY(Endpoint::isAllowed(url));

    QHash<QByteArray, QByteArray> environment;
    const auto pairs = m_server.environment();
    for (const auto &pair : pairs)
        environment.insert(pair.first, pair.second);
    QCOMPARE(environment.value("REIMAGINE_FAL_QUEUE_URL"), m_server.falQueueUrl().toEncoded());
    QCOMPARE(environment.value("FAL_KEY"), QByteArray("test-fal-key"));
    QVERIFY(environment.contains("REIMAGINE_FREEPIK_URL"));
    QVERIFY(environment.contains("SEGMIND_API_KEY"));
}

void TestFakeProviderServer::recordsRequests()
{
    QSignalSpy received(&m_server, &FakeProviderServer::requestReceived);
    QVERIFY(fal("GET", Endpoint::join(m_server.baseUrl(), QStringLiteral("echo"))).ok());
    QUrl url = Endpoint::join(m_server.baseUrl(), QStringLiteral("echo"));
    url.setQuery(QStringLiteral("x=1&y=2"));
    QVERIFY(fal("GET", url).ok());
    QCOMPARE(received.size(), 2);
    const RecordedRequest last = m_server.requests().constLast();
    QCOMPARE(last.method, QByteArray("GET"));
    QCOMPARE(last.path, QStringLiteral("/echo"));
    QCOMPARE(last.query, QStringLiteral("x=1&y=2"));
    QCOMPARE(last.localAddress, QHostAddress(QStringLiteral("127.0.0.1")));
    QCOMPARE(last.host, QStringLiteral("127.0.0.1:%1").arg(m_server.port()));
    QVERIFY(last.time.isValid());
    QCOMPARE(last.header("AUTHORIZATION"), QByteArray("Key test-fal-key"));
    QCOMPARE(m_server.requestsTo(QStringLiteral("/ech")).size(), 2);
    m_server.clearRequests();
    QVERIFY(m_server.requests().isEmpty());
}

void TestFakeProviderServer::falStorageUpload()
{
    QUrl initiate = Endpoint::join(m_server.falRestUrl(), QStringLiteral("storage/upload/initiate"));
    initiate.setQuery(QStringLiteral("storage_type=fal-cdn-v3"));
    const ApiResult started =
        fal("POST", initiate, R"({"content_type":"image/png","file_name":"sketch.png"})");
    QVERIFY2(started.ok(), qPrintable(started.message));
    const QUrl uploadUrl(started.json().object().value(QStringLiteral("upload_url")).toString());
    const QUrl fileUrl(started.json().object().value(QStringLiteral("file_url")).toString());
    QCOMPARE(uploadUrl.host(), QStringLiteral("127.0.0.2"));
    QVERIFY(fileUrl.path().endsWith(QLatin1String("/sketch.png")));
    QCOMPARE(m_server.requests().constLast().query, QStringLiteral("storage_type=fal-cdn-v3"));

    // PUT to the CDN: the fal key must not travel there (ApiRequest's origin rule).
    const QByteArray png = FakeProviderServer::makePng(QStringLiteral("sketch"));
    ApiRequestSpec put;
    put.method = "PUT";
    put.url = uploadUrl;
    put.body = png;
    put.contentType = "image/png";
    put.authHeaderName = "Authorization";
    put.authHeaderValue = "Key test-fal-key";
    put.authOrigin = m_server.falRestUrl();
    put.expectJson = false;
    put.retryPolicy = RetryPolicy::none();
    ApiRequest upload(&m_manager, put);
    QSignalSpy spy(&upload, &ApiRequest::finished);
    upload.start();
    QVERIFY(spy.wait(5000));
    const ApiResult uploaded = qvariant_cast<ApiResult>(spy.first().first());
    QVERIFY2(uploaded.ok(), qPrintable(uploaded.message));
    QVERIFY(!m_server.requests().constLast().hasHeader("authorization"));
    QCOMPARE(m_server.storedFile(fileUrl.path()), png);

    const ApiResult downloaded = call("GET", fileUrl, {}, {}, {}, false);
    QVERIFY(downloaded.ok());
    QCOMPARE(downloaded.body, png);
    QCOMPARE(downloaded.header("content-type"), QByteArray("image/png"));

    // A client that sends the key to the upload URL is told off.
    put.authOrigin = m_server.cdnUrl();   // deliberately wrong: lets the header through
    ApiRequest leaky(&m_manager, put);
    QSignalSpy leakySpy(&leaky, &ApiRequest::finished);
    leaky.start();
    QVERIFY(leakySpy.wait(5000));
    QCOMPARE(qvariant_cast<ApiResult>(leakySpy.first().first()).httpStatus, 400);
    QVERIFY(m_server.requests().constLast().hasHeader("authorization"));

    // Missing content_type -> 422 detail array.
    const ApiResult invalid = fal("POST", initiate, R"({"file_name":"x.png"})");
    QCOMPARE(invalid.error, Error::Validation);
    QCOMPARE(invalid.fieldErrors.value(0).field, QStringLiteral("content_type"));
}

void TestFakeProviderServer::falQueueBria()
{
    const int submitsBefore = m_server.submitCount(QStringLiteral("fal"));
    const QJsonObject submitted = submitFal(QStringLiteral("bria/reimagine/3.2"),
                                            {{QStringLiteral("prompt"), QStringLiteral("a lamp")}});
    QCOMPARE(m_server.submitCount(QStringLiteral("fal")), submitsBefore + 1);
    const QString id = submitted.value(QStringLiteral("request_id")).toString();
    QVERIFY(!id.isEmpty());
    QCOMPARE(submitted.value(QStringLiteral("status")).toString(), QStringLiteral("IN_QUEUE"));
    QCOMPARE(submitted.value(QStringLiteral("queue_position")).toInt(), 2);
    const QUrl statusUrl(submitted.value(QStringLiteral("status_url")).toString());
    QCOMPARE(statusUrl.path(), QStringLiteral("/fal-queue/bria/reimagine/requests/%1/status").arg(id));
    QCOMPARE(QUrl(submitted.value(QStringLiteral("response_url")).toString()).path(),
             QStringLiteral("/fal-queue/bria/reimagine/requests/%1").arg(id));
    QCOMPARE(QUrl(submitted.value(QStringLiteral("cancel_url")).toString()).path(),
             QStringLiteral("/fal-queue/bria/reimagine/requests/%1/cancel").arg(id));

    // Result before completion: refused.
    const ApiResult early = fal("GET", QUrl(submitted.value(QStringLiteral("response_url")).toString()));
    QCOMPARE(early.error, Error::Validation);

    QUrl poll = statusUrl;
    poll.setQuery(QStringLiteral("logs=1"));
    QStringList seen;
    QList<int> codes;
    QList<int> positions;
    for (int i = 0; i < 5; ++i) {
        const ApiResult status = fal("GET", poll);
        QVERIFY2(status.ok(), qPrintable(status.message));
        const QJsonObject object = status.json().object();
        seen << object.value(QStringLiteral("status")).toString();
        codes << status.httpStatus;
        positions << object.value(QStringLiteral("queue_position")).toInt(-1);
        if (seen.constLast() == QLatin1String("IN_PROGRESS"))
            QVERIFY(!object.value(QStringLiteral("logs")).toArray().isEmpty());
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("IN_QUEUE"), QStringLiteral("IN_QUEUE"),
                                QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED"),
                                QStringLiteral("COMPLETED")}));
    QCOMPARE(codes, (QList<int>{202, 202, 202, 200, 200}));
    QCOMPARE(positions.mid(0, 2), (QList<int>{2, 1}));

    const ApiResult result = fal("GET", QUrl(submitted.value(QStringLiteral("response_url")).toString()));
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QJsonObject image = result.json().object().value(QStringLiteral("image")).toObject();
    QCOMPARE(image.value(QStringLiteral("width")).toInt(), FakeProviderServer::kImageWidth);
    const QUrl imageUrl(image.value(QStringLiteral("url")).toString());
    QCOMPARE(imageUrl.host(), QStringLiteral("127.0.0.2"));

    const ApiResult bytes = call("GET", imageUrl, {}, {}, {}, false);
    QVERIFY(bytes.ok());
    const QImage decoded = QImage::fromData(bytes.body);
    QCOMPARE(decoded.size(), QSize(FakeProviderServer::kImageWidth, FakeProviderServer::kImageHeight));
}

void TestFakeProviderServer::falIdeogramValidationAndImages()
{
    const ApiResult invalid = fal("POST", Endpoint::join(m_server.falQueueUrl(), QStringLiteral("fal-ai/ideogram/v3/remix")),
                                  R"({"prompt":"x","num_images":12})");
    QCOMPARE(invalid.error, Error::Validation);
    QCOMPARE(invalid.httpStatus, 422);
    QStringList fields;
    for (const ApiFieldError &error : invalid.fieldErrors)
        fields << error.field;
    QCOMPARE(fields, (QStringList{QStringLiteral("image_url"), QStringLiteral("num_images")}));

    m_server.setFalScript({QStringLiteral("COMPLETED")});
    const QJsonObject submitted = submitFal(
        QStringLiteral("fal-ai/ideogram/v3/remix"),
        {{QStringLiteral("prompt"), QStringLiteral("x")},
         {QStringLiteral("image_url"), QStringLiteral("http://127.0.0.2/files/a.png")},
         {QStringLiteral("num_images"), 3}, {QStringLiteral("seed"), 77}});
    const QUrl statusUrl(submitted.value(QStringLiteral("status_url")).toString());
    QCOMPARE(statusUrl.path().section(QLatin1Char('/'), 1, 3), QStringLiteral("fal-queue/fal-ai/ideogram"));
    QCOMPARE(fal("GET", statusUrl).json().object().value(QStringLiteral("status")).toString(),
             QStringLiteral("COMPLETED"));
    const QJsonObject output =
        fal("GET", QUrl(submitted.value(QStringLiteral("response_url")).toString())).json().object();
    QCOMPARE(output.value(QStringLiteral("images")).toArray().size(), 3);
    QCOMPARE(output.value(QStringLiteral("seed")).toInt(), 77);
}

void TestFakeProviderServer::falStatusWrongPath()
{
    const QJsonObject submitted = submitFal(QStringLiteral("bria/reimagine/3.2"),
                                            {{QStringLiteral("prompt"), QStringLiteral("x")}});
    const QString id = submitted.value(QStringLiteral("request_id")).toString();
    const ApiResult wrong = fal("GET", Endpoint::join(m_server.falQueueUrl(),
                                                      QStringLiteral("bria/reimagine/3.2/requests/%1/status").arg(id)));
    QCOMPARE(wrong.httpStatus, 405);
    const ApiResult unknown = fal("GET", Endpoint::join(m_server.falQueueUrl(),
                                                        QStringLiteral("bria/reimagine/requests/nope/status")));
    QCOMPARE(unknown.httpStatus, 404);
}

void TestFakeProviderServer::falStatusStream()
{
    const QJsonObject submitted = submitFal(QStringLiteral("bria/reimagine/3.2"),
                                            {{QStringLiteral("prompt"), QStringLiteral("x")}});
    QUrl stream(submitted.value(QStringLiteral("status_url")).toString() + QStringLiteral("/stream"));
    stream.setQuery(QStringLiteral("logs=1"));
    const ApiResult result = call("GET", stream, {}, "Authorization", "Key test-fal-key", false);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.header("content-type"), QByteArray("text/event-stream"));
    QStringList states;
    for (const QByteArray &event : result.body.split('\n')) {
        if (event.startsWith("data: "))
            states << QJsonDocument::fromJson(event.mid(6)).object().value(QStringLiteral("status")).toString();
    }
    QCOMPARE(states, (QStringList{QStringLiteral("IN_QUEUE"), QStringLiteral("IN_QUEUE"),
                                  QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")}));
}

void TestFakeProviderServer::falStatusStreamUnsupported()
{
    m_server.setFalSseMode(FakeProviderServer::SseMode::Unsupported);
    const QJsonObject submitted = submitFal(QStringLiteral("bria/reimagine/3.2"),
                                            {{QStringLiteral("prompt"), QStringLiteral("x")}});
    const ApiResult result = fal("GET", QUrl(submitted.value(QStringLiteral("status_url")).toString()
                                             + QStringLiteral("/stream")));
    QCOMPARE(result.httpStatus, 405);
    // polling still works
    QVERIFY(fal("GET", QUrl(submitted.value(QStringLiteral("status_url")).toString())).ok());
}

void TestFakeProviderServer::falStatusStreamStall()
{
    m_server.setFalSseMode(FakeProviderServer::SseMode::Stall);
    const QJsonObject submitted = submitFal(QStringLiteral("bria/reimagine/3.2"),
                                            {{QStringLiteral("prompt"), QStringLiteral("x")}});
    const ApiResult result = call("GET", QUrl(submitted.value(QStringLiteral("status_url")).toString()
                                              + QStringLiteral("/stream")),
                                  {}, "Authorization", "Key test-fal-key", false,
                                  ApiErrorParser::Dialect::Fal, 300);
    QCOMPARE(result.error, Error::Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(m_server.openConnections(), 0, 5000);
}

void TestFakeProviderServer::falCancel()
{
    m_server.setFalScript({QStringLiteral("IN_PROGRESS")});
    const QJsonObject submitted = submitFal(QStringLiteral("bria/reimagine/3.2"),
                                            {{QStringLiteral("prompt"), QStringLiteral("x")}});
    const QUrl statusUrl(submitted.value(QStringLiteral("status_url")).toString());
    QCOMPARE(fal("GET", statusUrl).json().object().value(QStringLiteral("status")).toString(),
             QStringLiteral("IN_PROGRESS"));
    const ApiResult cancelled = fal("PUT", QUrl(submitted.value(QStringLiteral("cancel_url")).toString()));
    QCOMPARE(cancelled.httpStatus, 202);
    QCOMPARE(cancelled.json().object().value(QStringLiteral("status")).toString(),
             QStringLiteral("CANCELLATION_REQUESTED"));
    QCOMPARE(m_server.requestsTo(QStringLiteral("/cancel")).constLast().method, QByteArray("PUT"));
    const QJsonObject after = fal("GET", statusUrl).json().object();
    QCOMPARE(after.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
    QCOMPARE(after.value(QStringLiteral("error")).toString(), QStringLiteral("cancelled"));
    const ApiResult again = fal("PUT", QUrl(submitted.value(QStringLiteral("cancel_url")).toString()));
    QCOMPARE(again.httpStatus, 400);
}

void TestFakeProviderServer::falCompletedWithError()
{
    m_server.setFalScript({QStringLiteral("IN_PROGRESS"), QStringLiteral("ERROR:CUDA out of memory")});
    const QJsonObject submitted = submitFal(QStringLiteral("bria/reimagine/3.2"),
                                            {{QStringLiteral("prompt"), QStringLiteral("x")}});
    const QUrl statusUrl(submitted.value(QStringLiteral("status_url")).toString());
    fal("GET", statusUrl);
    const ApiResult done = fal("GET", statusUrl);
    QCOMPARE(done.httpStatus, 200);
    const QJsonObject object = done.json().object();
    QCOMPARE(object.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
    QCOMPARE(object.value(QStringLiteral("error")).toString(), QStringLiteral("CUDA out of memory"));
    const ApiResult result = fal("GET", QUrl(submitted.value(QStringLiteral("response_url")).toString()));
    QCOMPARE(result.error, Error::Server);
    QVERIFY2(result.message.contains(QLatin1String("CUDA out of memory")), qPrintable(result.message));
}

void TestFakeProviderServer::falNeverFinishes()
{
    m_server.setFalScript({QStringLiteral("IN_QUEUE:1"), QStringLiteral("IN_PROGRESS")});
    const QJsonObject submitted = submitFal(QStringLiteral("bria/reimagine/3.2"),
                                            {{QStringLiteral("prompt"), QStringLiteral("x")}});
    const QUrl statusUrl(submitted.value(QStringLiteral("status_url")).toString());
    QString last;
    for (int i = 0; i < 6; ++i)
        last = fal("GET", statusUrl).json().object().value(QStringLiteral("status")).toString();
    QCOMPARE(last, QStringLiteral("IN_PROGRESS"));
}

void TestFakeProviderServer::missingKeys_data()
{
    QTest::addColumn<QString>("service");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QString>("messageKey");

    QTest::newRow("fal none") << "fal-queue/bria/reimagine/3.2" << QByteArray() << QByteArray() << "detail";
    QTest::newRow("fal wrong") << "fal-queue/bria/reimagine/3.2" << QByteArray("Authorization")
                               << QByteArray("Key nope") << "detail";
    QTest::newRow("fal bearer") << "fal-rest/storage/upload/initiate" << QByteArray("Authorization")
                                << QByteArray("Bearer test-fal-key") << "detail";
    QTest::newRow("segmind") << "segmind/v1/bria-reimagine" << QByteArray("x-api-key") << QByteArray("nope")
                             << "error";
    QTest::newRow("segmind upload") << "segmind-upload/upload-asset" << QByteArray() << QByteArray() << "error";
    QTest::newRow("freepik") << "freepik/v1/ai/beta/text-to-image/reimagine-flux" << QByteArray("x-freepik-api-key")
                             << QByteArray("nope") << "message";
}

void TestFakeProviderServer::missingKeys()
{
    QFETCH(QString, service);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    QFETCH(QString, messageKey);
    const ApiResult result = call("POST", Endpoint::join(m_server.baseUrl(), service), "{}", header, value);
    QCOMPARE(result.error, Error::Auth);
    QCOMPARE(result.httpStatus, 401);
    QVERIFY(!result.json().object().value(messageKey).toString().isEmpty());
}

void TestFakeProviderServer::acceptAnyKey()
{
    m_server.setAcceptAnyKey(true);
    const ApiResult result = call("POST", Endpoint::join(m_server.falQueueUrl(), QStringLiteral("bria/reimagine/3.2")),
                                  R"({"prompt":"x"})", "Authorization", "Key whatever");
    QVERIFY2(result.ok(), qPrintable(result.message));
    const ApiResult empty = call("POST", Endpoint::join(m_server.falQueueUrl(), QStringLiteral("bria/reimagine/3.2")),
                                 R"({"prompt":"x"})", "Authorization", "Key ");
    QCOMPARE(empty.error, Error::Auth);
}

void TestFakeProviderServer::segmindUploadAndGenerate()
{
    const QByteArray png = FakeProviderServer::makePng(QStringLiteral("structure"));
    const QJsonObject upload{{QStringLiteral("data_urls"),
                              QJsonArray{QString::fromLatin1("data:image/png;base64," + png.toBase64())}}};
    const ApiResult uploaded = segmind("POST", Endpoint::join(m_server.segmindUploadUrl(), QStringLiteral("upload-asset")),
                                       json(upload));
    QVERIFY2(uploaded.ok(), qPrintable(uploaded.message));
    const QUrl assetUrl(uploaded.json().object().value(QStringLiteral("urls")).toArray().at(0).toString());
    QCOMPARE(assetUrl.host(), QStringLiteral("127.0.0.2"));
    QVERIFY(assetUrl.path().startsWith(QLatin1String("/segmind-assets/")));
    QCOMPARE(call("GET", assetUrl, {}, {}, {}, false).body, png);

    const int before = m_server.submitCount(QStringLiteral("segmind"));
    const QJsonObject input{{QStringLiteral("prompt"), QStringLiteral("a chair")},
                            {QStringLiteral("structure_image_url"), assetUrl.toString()},
                            {QStringLiteral("seed"), 1234}};
    const ApiResult result = segmind("POST", Endpoint::join(m_server.segmindUrl(), QStringLiteral("v1/bria-reimagine")),
                                     json(input), false);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(m_server.submitCount(QStringLiteral("segmind")), before + 1);
    QCOMPARE(result.header("content-type"), QByteArray("image/jpeg"));
    QCOMPARE(result.header("x-seed-value"), QByteArray("1234"));
    QCOMPARE(result.header("x-cost"), QByteArray("0.012"));
    QVERIFY(!result.header("x-remaining-credits").isEmpty());
    QVERIFY(!result.header("x-request-id").isEmpty());
    QVERIFY(result.body.startsWith("\xff\xd8"));
    QCOMPARE(QImage::fromData(result.body).width(), FakeProviderServer::kImageWidth);

    const ApiResult missingPrompt = call("POST", Endpoint::join(m_server.segmindUrl(), QStringLiteral("v1/bria-reimagine")),
                                         "{}", "x-api-key", "test-segmind-key", false,
                                         ApiErrorParser::Dialect::Segmind);
    QCOMPARE(missingPrompt.error, Error::Validation);
    QVERIFY(missingPrompt.message.contains(QLatin1String("prompt is required")));
}

void TestFakeProviderServer::segmindWrongContentType()
{
    m_server.setSegmindContentType("application/octet-stream");
    const ApiResult result = segmind("POST", Endpoint::join(m_server.segmindUrl(), QStringLiteral("v1/bria-reimagine")),
                                     R"({"prompt":"x"})", false);
    QVERIFY(result.ok());
    QCOMPARE(result.header("content-type"), QByteArray("application/octet-stream"));
    QVERIFY(!QImage::fromData(result.body).isNull());   // sniffed: it is a JPEG
}

void TestFakeProviderServer::segmindNoCredits()
{
    m_server.setSegmindNoCredits(true);
    const ApiResult result = segmind("POST", Endpoint::join(m_server.segmindUrl(), QStringLiteral("v1/bria-reimagine")),
                                     R"({"prompt":"x"})", false);
    QCOMPARE(result.error, Error::NoCredits);
    QCOMPARE(result.httpStatus, 406);
    QVERIFY2(result.message.contains(QLatin1String("Not enough credits")), qPrintable(result.message));
}

void TestFakeProviderServer::freepikSync()
{
    const QString image = QString::fromLatin1(FakeProviderServer::makePng(QStringLiteral("s")).toBase64());
    const ApiResult result = freepik("POST", Endpoint::join(m_server.freepikUrl(), QStringLiteral("v1/ai/beta/text-to-image/reimagine-flux")),
                                     json({{QStringLiteral("image"), image},
                                           {QStringLiteral("prompt"), QStringLiteral("x")}}));
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QJsonObject data = result.json().object().value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("status")).toString(), QStringLiteral("COMPLETED"));
    QVERIFY(!data.value(QStringLiteral("task_id")).toString().isEmpty());
    const QUrl url(data.value(QStringLiteral("generated")).toArray().at(0).toString());
    QCOMPARE(url.host(), QStringLiteral("127.0.0.2"));
    QVERIFY(!QImage::fromData(call("GET", url, {}, {}, {}, false).body).isNull());
    QCOMPARE(m_server.submitCount(QStringLiteral("freepik")) > 0, true);
}

void TestFakeProviderServer::freepikRejectsDataUri()
{
    const QUrl url = Endpoint::join(m_server.freepikUrl(), QStringLiteral("v1/ai/beta/text-to-image/reimagine-flux"));
    const ApiResult prefixed = freepik("POST", url, R"({"image":"data:image/png;base64,iVBORw0KGgo="})");
    QCOMPARE(prefixed.error, Error::Validation);
    QCOMPARE(prefixed.httpStatus, 400);
    QCOMPARE(prefixed.header("content-type"), QByteArray("application/problem+json"));
    QCOMPARE(prefixed.fieldErrors.value(0).field, QStringLiteral("image"));
    QVERIFY(prefixed.json().object().contains(QStringLiteral("problem")));

    const ApiResult missing = freepik("POST", url, R"({"prompt":"x"})");
    QCOMPARE(missing.error, Error::Validation);
    QCOMPARE(missing.fieldErrors.value(0).field, QStringLiteral("image"));
    QVERIFY2(missing.message.contains(QLatin1String("image: image is required")), qPrintable(missing.message));
}

void TestFakeProviderServer::freepikAsync()
{
    m_server.setFreepikAsync(true);
    m_server.setFreepikPollsUntilDone(2);
    const QUrl url = Endpoint::join(m_server.freepikUrl(), QStringLiteral("v1/ai/beta/text-to-image/reimagine-flux"));
    const ApiResult posted = freepik("POST", url, R"({"image":"iVBORw0KGgo="})");
    const QJsonObject data = posted.json().object().value(QStringLiteral("data")).toObject();
    QCOMPARE(data.value(QStringLiteral("status")).toString(), QStringLiteral("IN_PROGRESS"));
    QVERIFY(data.value(QStringLiteral("generated")).toArray().isEmpty());
    const QUrl pollUrl = Endpoint::join(url, data.value(QStringLiteral("task_id")).toString());
    auto statusOf = [](const ApiResult &r) {
        return r.json().object().value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString();
    };
    QCOMPARE(statusOf(freepik("GET", pollUrl)), QStringLiteral("IN_PROGRESS"));
    const ApiResult done = freepik("GET", pollUrl);
    QCOMPARE(statusOf(done), QStringLiteral("COMPLETED"));
    QCOMPARE(done.json().object().value(QStringLiteral("data")).toObject()
                 .value(QStringLiteral("generated")).toArray().size(), 1);
    QCOMPARE(freepik("GET", Endpoint::join(url, QStringLiteral("unknown"))).httpStatus, 404);
}

void TestFakeProviderServer::freepikBase64()
{
    m_server.setFreepikMode(FakeProviderServer::FreepikMode::Base64);
    const ApiResult result = freepik("POST", Endpoint::join(m_server.freepikUrl(), QStringLiteral("v1/ai/beta/text-to-image/reimagine-flux")),
                                     R"({"image":"iVBORw0KGgo="})");
    const QString generated = result.json().object().value(QStringLiteral("data")).toObject()
                                  .value(QStringLiteral("generated")).toArray().at(0).toString();
    QVERIFY(!generated.startsWith(QLatin1String("http")));
    QCOMPARE(QImage::fromData(QByteArray::fromBase64(generated.toLatin1())).height(),
             FakeProviderServer::kImageHeight);
}

void TestFakeProviderServer::freepikFailed()
{
    m_server.setFreepikMode(FakeProviderServer::FreepikMode::Failed);
    const ApiResult result = freepik("POST", Endpoint::join(m_server.freepikUrl(), QStringLiteral("v1/ai/beta/text-to-image/reimagine-flux")),
                                     R"({"image":"iVBORw0KGgo="})");
    QVERIFY(result.ok());
    QCOMPARE(result.json().object().value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("FAILED"));
}

void TestFakeProviderServer::delayFault()
{
    FakeFault fault = FakeFault::make(FakeFault::Kind::Delay, "GET", QStringLiteral("/echo"));
    fault.delayMs = 150;
    m_server.addFault(fault);
    QElapsedTimer clock;
    clock.start();
    const ApiResult result = call("GET", Endpoint::join(m_server.baseUrl(), QStringLiteral("echo")));
    QVERIFY(result.ok());
    QVERIFY2(clock.elapsed() >= 140, qPrintable(QString::number(clock.elapsed())));
    // consumed: the next one is immediate and ok
    QVERIFY(call("GET", Endpoint::join(m_server.baseUrl(), QStringLiteral("echo"))).ok());
}

void TestFakeProviderServer::slowDripFault()
{
    // A result image, 256 bytes every 20 ms: it takes far longer than the 400 ms timeout in all,
    // but the timeout counts a pause, and no pause is that long.
    QImage noise(64, 48, QImage::Format_RGB32);
    QRandomGenerator random(7);
    for (int y = 0; y < noise.height(); ++y) {
        for (int x = 0; x < noise.width(); ++x)
            noise.setPixel(x, y, random.generate() | 0xff000000u);
    }
    QByteArray png;
    QBuffer buffer(&png);
    QVERIFY(buffer.open(QIODevice::WriteOnly) && noise.save(&buffer, "PNG"));
    m_server.setResultImage(QStringLiteral("fal"), png);
    QUrl image = m_server.cdnUrl();
    image.setPath(QStringLiteral("/files/result-drip.png"));
    const QByteArray whole = call("GET", image, QByteArray(), QByteArray(), QByteArray(), false).body;
    QCOMPARE(whole, png);
    QVERIFY(whole.size() > 256 * 25);   // so more than 25 pauses

    m_server.addFault(FakeFault::slowDrip("GET", QStringLiteral("/files/"), 256, 20));
    QElapsedTimer clock;
    clock.start();
    const ApiResult dripped = call("GET", image, QByteArray(), QByteArray(), QByteArray(), false,
                                   ApiErrorParser::Dialect::Generic, 400);
    QVERIFY2(dripped.ok(), qPrintable(dripped.message));
    QCOMPARE(dripped.body, whole);
    QVERIFY2(clock.elapsed() >= 500, qPrintable(QString::number(clock.elapsed())));

    // A pause longer than the timeout ends it.
    m_server.addFault(FakeFault::slowDrip("GET", QStringLiteral("/files/"), 256, 1000));
    const ApiResult stalled = call("GET", image, QByteArray(), QByteArray(), QByteArray(), false,
                                   ApiErrorParser::Dialect::Generic, 400);
    QCOMPARE(stalled.error, Error::Timeout);
    m_server.setResultImage(QStringLiteral("fal"), QByteArray());
}

void TestFakeProviderServer::jobTags()
{
    m_server.setJobTagPattern(QRegularExpression(QStringLiteral("job-\\d+")));
    m_server.setFreepikAsync(true);
    const QUrl url = Endpoint::join(m_server.freepikUrl(), QStringLiteral("v1/ai/beta/text-to-image/reimagine-flux"));
    auto taskOf = [](const ApiResult &r) {
        return r.json().object().value(QStringLiteral("data")).toObject().value(QStringLiteral("task_id")).toString();
    };
    auto statusOf = [](const ApiResult &r) {
        return r.json().object().value(QStringLiteral("data")).toObject().value(QStringLiteral("status")).toString();
    };
    // A fault aimed at another job leaves this one alone; the one aimed at it hits it.
    FakeFault other = FakeFault::respond("POST", QStringLiteral("/freepik/"), 429);
    other.jobTag = QStringLiteral("job-8");
    m_server.addFault(other);
    FakeFault mine = FakeFault::respond("GET", QStringLiteral("/freepik/"), 503);
    mine.jobTag = QStringLiteral("job-7");
    m_server.addFault(mine);

    const ApiResult posted = freepik("POST", url, R"({"image":"iVBORw0KGgo=","prompt":"job-7 a cabin"})");
    QVERIFY2(posted.ok(), qPrintable(posted.message));
    const QUrl pollUrl = Endpoint::join(url, taskOf(posted));
    QCOMPARE(freepik("GET", pollUrl).httpStatus, 503);   // the task did not move on
    QCOMPARE(statusOf(freepik("GET", pollUrl)), QStringLiteral("IN_PROGRESS"));
    QCOMPARE(statusOf(freepik("GET", pollUrl)), QStringLiteral("COMPLETED"));
    QCOMPARE(m_server.submitCountFor(QStringLiteral("job-7")), 1);
    QCOMPARE(m_server.billedCountFor(QStringLiteral("job-7")), 1);
    const QList<RecordedRequest> requests = m_server.requests();
    QCOMPARE(requests.size(), 4);
    for (const RecordedRequest &request : requests)
        QCOMPARE(request.jobTag, QStringLiteral("job-7"));

    // A job that never finishes stays in progress.
    m_server.setNeverFinishing(QStringLiteral("job-9"));
    const ApiResult endless = freepik("POST", url, R"({"image":"iVBORw0KGgo=","prompt":"job-9"})");
    const QUrl endlessPoll = Endpoint::join(url, taskOf(endless));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(statusOf(freepik("GET", endlessPoll)), QStringLiteral("IN_PROGRESS"));
    QCOMPARE(m_server.requests().last().jobTag, QStringLiteral("job-9"));
    QCOMPARE(m_server.billedCountFor(QStringLiteral("job-8")), 0);
    m_server.setJobTagPattern(QRegularExpression());
}

void TestFakeProviderServer::lingerAfterAnswer()
{
    // The server leaves the connection to the client, which closes it having read the answer
    // ("Connection: close"), long before the server would.
    m_server.setLingerAfterAnswerMs(60000);
    const ApiResult result = call("GET", Endpoint::join(m_server.baseUrl(), QStringLiteral("echo")));
    m_server.setLingerAfterAnswerMs(0);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QTRY_COMPARE_WITH_TIMEOUT(m_server.openConnections(), 0, 10000);
}

void TestFakeProviderServer::unknownEndpoint()
{
    const ApiResult result = fal("POST", Endpoint::join(m_server.falQueueUrl(), QStringLiteral("nobody/nothing")),
                                 R"({"prompt":"x"})");
    QCOMPARE(result.httpStatus, 404);
    QCOMPARE(call("GET", Endpoint::join(m_server.baseUrl(), QStringLiteral("nowhere"))).httpStatus, 404);
}

QTEST_GUILESS_MAIN(TestFakeProviderServer)
#include "tst_fakeproviderserver.moc"
