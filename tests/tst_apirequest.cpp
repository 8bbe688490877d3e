#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include "fakeproviderserver.h"
#include "net/apierrorparser.h"
#include "net/apirequest.h"
#include "net/endpoint.h"
#include "net/oneshotbody.h"

using Error = ApiResult::Error;
using Headers = QHash<QByteArray, QByteArray>;

class TestApiRequest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();

    void successJson();
    void sendOnceIsNeverResentByTheStack_data();
    void sendOnceIsNeverResentByTheStack();
    void oneShotBodyRewindsOnlyUntouched();
    void successWithAuth();
    void retryAfter429ThenSuccess();
    void serverErrorExhaustsAttempts();
    void authNotRetried();
    void userTimeout504NotRetried();
    void errorMapping_data();
    void errorMapping();
    void serverErrorSaidOnce_data();
    void serverErrorSaidOnce();
    void onlyNamedInputsAreFieldErrors();
    void validationFieldErrors();
    void resetMidBodyRetried();
    void connectionRefused();
    void stallTimesOut();
    void malformedJson();
    void nonJsonAllowed();
    void endlessBodyTooLarge();
    void announcedLengthTooLarge();
    void redirectToCdnDropsAuth();
    void redirectSameOriginKeepsAuth();
    void redirectSeeOtherBecomesGet();
    void redirectRefused_data();
    void redirectRefused();
    void tooManyRedirects();
    void refusedStartUrl();
    void abortCancels();
    void abortDuringRetryWait();
    void abortBeforeStart();
    void deleteWhileRunning();
    void progressAndData();

    void endpointIsAllowed_data();
    void endpointIsAllowed();
    void endpointSameOrigin_data();
    void endpointSameOrigin();
    void endpointJoinAndEnv();

    void parseFalValidation_data();
    void parseFalValidation();
    void parseFreepikValidation_data();
    void parseFreepikValidation();
    void providerMessages();
    void redactHeaders();
    void errorNames();

private:
    ApiRequestSpec echoSpec() const;
    ApiRequestSpec falSubmitSpec(const QByteArray &key = QByteArrayLiteral("Key test-fal-key")) const;
    static RetryPolicy fastPolicy(int attempts = 4);
    static ApiResult run(ApiRequest *request, int *emissions = nullptr, int timeoutMs = 10000);
    QUrl api(const QString &path) const;

    FakeProviderServer m_server;
    QNetworkAccessManager m_manager;
};

// ---------------------------------------------------------------------------------------------

RetryPolicy TestApiRequest::fastPolicy(int attempts)
{
    RetryPolicy policy = RetryPolicy::defaults();
    policy.setMaxAttempts(attempts).setInitialDelayMs(5).setMaxDelayMs(20);
    return policy;
}

QUrl TestApiRequest::api(const QString &path) const
{
    return Endpoint::join(m_server.baseUrl(), path);
}

ApiRequestSpec TestApiRequest::echoSpec() const
{
    ApiRequestSpec spec;
    spec.url = api(QStringLiteral("/echo"));
    spec.retryPolicy = fastPolicy();
    spec.transferTimeoutMs = 5000;
    spec.service = QStringLiteral("fal");
    spec.what = QStringLiteral("test request");
    return spec;
}

ApiRequestSpec TestApiRequest::falSubmitSpec(const QByteArray &key) const
{
    ApiRequestSpec spec;
    spec.method = QByteArrayLiteral("POST");
    spec.url = Endpoint::join(m_server.falQueueUrl(), QStringLiteral("bria/reimagine/3.2"));
    spec.setJsonBody(QByteArrayLiteral("{\"prompt\":\"a chair\"}"));
    spec.authHeaderName = QByteArrayLiteral("Authorization");
    spec.authHeaderValue = key;
    spec.authOrigin = m_server.falQueueUrl();
    spec.retryPolicy = fastPolicy();
    spec.transferTimeoutMs = 5000;
    spec.dialect = ApiErrorParser::Dialect::Fal;
    spec.service = QStringLiteral("fal");
    spec.what = QStringLiteral("submit");
    return spec;
}

// A connection that closes after the request went out but before the answer began: Qt 6.4's
// network stack sends such a request again by itself, which for a billed POST pays twice. With
// sendOnce it is sent exactly once and ends as a network error.
void TestApiRequest::sendOnceIsNeverResentByTheStack_data()
{
    QTest::addColumn<bool>("sendOnce");
    QTest::addColumn<int>("expectedSends");
    QTest::newRow("plain (Qt resends on its own)") << false << 2;
    QTest::newRow("sendOnce") << true << 1;
}

void TestApiRequest::sendOnceIsNeverResentByTheStack()
{
    QFETCH(bool, sendOnce);
    QFETCH(int, expectedSends);
    m_server.clearFaults();
    m_server.addFault(FakeFault::lostAnswer(FakeFault::Kind::CloseImmediately, "POST",
                                            QStringLiteral("/fal-queue/bria/reimagine/3.2"), 0, -1));
    const int before = m_server.billedCount(QStringLiteral("fal"));
    ApiRequestSpec spec = falSubmitSpec();
    spec.retryPolicy = RetryPolicy::none();
    spec.sendOnce = sendOnce;
    QNetworkAccessManager manager; // its own connection channels: Qt counts resends per channel
    ApiRequest request(&manager, spec);
    const ApiResult result = run(&request);
    m_server.clearFaults();
    QCOMPARE(result.error, Error::Network);
    QCOMPARE(m_server.billedCount(QStringLiteral("fal")) - before, expectedSends);
}

// Qt rewinds a request body before sending it on a new connection (the channel it was given
// was closing). A one-shot body allows that only while not a byte of it has been read: then
// nothing of the billed request can have reached the server. Once read, never again.
void TestApiRequest::oneShotBodyRewindsOnlyUntouched()
{
    OneShotBody body(QByteArrayLiteral("{\"prompt\":\"a chair\"}"));
    QVERIFY(body.reset());
    QVERIFY(body.reset());
    char first[4] = {};
    QCOMPARE(body.read(first, 4), qint64(4));
    QCOMPARE(QByteArray(first, 4), QByteArrayLiteral("{\"pr"));
    QVERIFY(!body.reset());
    QCOMPARE(body.readAll(), QByteArrayLiteral("ompt\":\"a chair\"}"));
    QVERIFY(!body.reset());

    OneShotBody rewound(QByteArrayLiteral("abc"));
    QVERIFY(rewound.reset());
    QCOMPARE(rewound.readAll(), QByteArrayLiteral("abc")); // from the start, once
    QVERIFY(rewound.atEnd());

    OneShotBody empty{QByteArray()}; // headers alone are the whole request: it may have arrived
    QVERIFY(!empty.reset());
}

ApiResult TestApiRequest::run(ApiRequest *request, int *emissions, int timeoutMs)
{
    QSignalSpy spy(request, &ApiRequest::finished);
    request->start();
    if (spy.isEmpty() && !spy.wait(timeoutMs)) {
        ApiResult missing;
        missing.error = Error::Protocol;
        missing.message = QStringLiteral("finished() was not emitted");
        return missing;
    }
    QCoreApplication::processEvents();   // a second emission would show up here
    if (emissions)
        *emissions = static_cast<int>(spy.count());
    return qvariant_cast<ApiResult>(spy.first().first());
}

void TestApiRequest::initTestCase()
{
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
}

void TestApiRequest::init()
{
    m_server.clearFaults();
    m_server.clearRequests();
}

// ---------------------------------------------------------------------------------------------

void TestApiRequest::successJson()
{
    ApiRequest request(&m_manager, echoSpec());
    int emissions = 0;
    const ApiResult result = run(&request, &emissions);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(emissions, 1);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(result.finalUrl, api(QStringLiteral("/echo")));
    QCOMPARE(result.json().object().value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(result.header("Content-Type"), QByteArray("application/json"));
    QVERIFY(result.message.isEmpty());
    QVERIFY(request.isFinished());
    QCOMPARE(m_server.requests().size(), 1);
    QCOMPARE(m_server.requests().first().header("accept"), QByteArray("application/json"));
}

void TestApiRequest::successWithAuth()
{
    ApiRequest request(&m_manager, falSubmitSpec());
    const ApiResult result = run(&request);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QVERIFY(!result.json().object().value(QStringLiteral("request_id")).toString().isEmpty());
    const RecordedRequest seen = m_server.requests().value(0);
    QCOMPARE(seen.header("authorization"), QByteArray("Key test-fal-key"));
    QCOMPARE(seen.header("content-type"), QByteArray("application/json"));
    QCOMPARE(seen.body, QByteArray("{\"prompt\":\"a chair\"}"));
}

void TestApiRequest::retryAfter429ThenSuccess()
{
    m_server.addFault(FakeFault::respond("GET", QStringLiteral("/echo"), 429,
                                         "{\"detail\":\"slow down\"}", {{"Retry-After", "1"}}));
    ApiRequest request(&m_manager, echoSpec());
    QSignalSpy retrying(&request, &ApiRequest::retrying);
    QSignalSpy retryStarted(&request, &ApiRequest::retryStarted);
    QElapsedTimer clock;
    clock.start();
    const ApiResult result = run(&request);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.attempts, 2);
    QCOMPARE(m_server.requestsTo(QStringLiteral("/echo")).size(), 2);
    QCOMPARE(retrying.size(), 1);
    QCOMPARE(retrying.first().at(0).toInt(), 2);
    QCOMPARE(retrying.first().at(1).toInt(), 1000);   // Retry-After beats maxDelayMs 20
    QVERIFY(clock.elapsed() >= 900);
    // The wait's end is said: the second attempt went.
    QCOMPARE(retryStarted.size(), 1);
    QCOMPARE(retryStarted.first().at(0).toInt(), 2);
}

void TestApiRequest::serverErrorExhaustsAttempts()
{
    m_server.addFault(FakeFault::respond("GET", QStringLiteral("/echo"), 503,
                                         "{\"detail\":\"overloaded\"}", {}, 10));
    ApiRequestSpec spec = echoSpec();
    spec.retryPolicy = fastPolicy(3);
    ApiRequest request(&m_manager, spec);
    int emissions = 0;
    const ApiResult result = run(&request, &emissions);
    QCOMPARE(result.error, Error::Server);
    QCOMPARE(result.httpStatus, 503);
    QCOMPARE(result.attempts, 3);
    QCOMPARE(emissions, 1);
    QCOMPARE(m_server.requestsTo(QStringLiteral("/echo")).size(), 3);
    QVERIFY2(result.message.contains(QLatin1String("503")), qPrintable(result.message));
    QVERIFY2(result.message.contains(QLatin1String("overloaded")), qPrintable(result.message));
}

void TestApiRequest::authNotRetried()
{
    ApiRequest request(&m_manager, falSubmitSpec(QByteArrayLiteral("Key wrong")));
    const ApiResult result = run(&request);
    QCOMPARE(result.error, Error::Auth);
    QCOMPARE(result.httpStatus, 401);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(m_server.requests().size(), 1);
    QCOMPARE(result.message, QStringLiteral("fal rejected the API key (401). Check the key in Settings."));
}

void TestApiRequest::userTimeout504NotRetried()
{
    m_server.addFault(FakeFault::respond("GET", QStringLiteral("/echo"), 504,
                                         "{\"detail\":\"Request timed out\",\"error_type\":\"request_timeout\"}",
                                         {{"x-fal-request-timeout-type", "user"}}, 5));
    ApiRequest request(&m_manager, echoSpec());
    const ApiResult result = run(&request);
    QCOMPARE(result.error, Error::Server);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(m_server.requests().size(), 1);
    QCOMPARE(result.header("X-Fal-Request-Timeout-Type"), QByteArray("user"));
}

void TestApiRequest::errorMapping_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("dialect");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("messagePart");

    const int fal = int(ApiErrorParser::Dialect::Fal);
    const int segmind = int(ApiErrorParser::Dialect::Segmind);
    const int freepik = int(ApiErrorParser::Dialect::Freepik);
    QTest::newRow("401") << 401 << QByteArray("{\"detail\":\"No key\"}") << fal << int(Error::Auth) << "Settings";
    QTest::newRow("403") << 403 << QByteArray() << fal << int(Error::Auth) << "403";
    QTest::newRow("402") << 402 << QByteArray("{\"message\":\"Top up\"}") << freepik << int(Error::NoCredits) << "Top up";
    QTest::newRow("406 segmind") << 406 << QByteArray("{\"error\":\"Not enough credits\"}") << segmind
                                 << int(Error::NoCredits) << "Not enough credits";
    QTest::newRow("400") << 400 << QByteArray("{\"message\":\"bad image\"}") << freepik << int(Error::Validation) << "bad image";
    QTest::newRow("422") << 422 << QByteArray("{\"detail\":[{\"loc\":[\"body\",\"seed\"],\"msg\":\"not an int\"}]}")
                         << fal << int(Error::Validation) << "seed: not an int";
    QTest::newRow("404 html") << 404 << QByteArray("<html>nope</html>") << fal << int(Error::Validation) << "404";
    QTest::newRow("429") << 429 << QByteArray("{\"detail\":\"Too many\"}") << fal << int(Error::RateLimited) << "Too many";
    QTest::newRow("500") << 500 << QByteArray("{\"detail\":\"boom\",\"error_type\":\"internal_error\"}") << fal
                         << int(Error::Server) << "boom";
    QTest::newRow("502 plain") << 502 << QByteArray("Bad gateway") << segmind << int(Error::Server) << "502";
}

void TestApiRequest::errorMapping()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, dialect);
    QFETCH(int, expected);
    QFETCH(QString, messagePart);

    m_server.addFault(FakeFault::respond("GET", QStringLiteral("/echo"), status, body));
    ApiRequestSpec spec = echoSpec();
    spec.retryPolicy = RetryPolicy::none();
    spec.dialect = static_cast<ApiErrorParser::Dialect>(dialect);
    ApiRequest request(&m_manager, spec);
    const ApiResult result = run(&request);
    QCOMPARE(int(result.error), expected);
    QCOMPARE(result.httpStatus, status);
    QCOMPARE(result.body, body);
    QVERIFY2(result.message.contains(messagePart), qPrintable(result.message));
    QVERIFY(!result.ok());
}

void TestApiRequest::serverErrorSaidOnce_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("dialect");
    QTest::addColumn<QString>("message");
    const int fal = int(ApiErrorParser::Dialect::Fal);
    const int segmind = int(ApiErrorParser::Dialect::Segmind);
    // fal's 500 body used to become a field error without a field (": : Internal Server Error").
    QTest::newRow("fal detail") << 500 << QByteArray(R"({"detail":"Internal Server Error"})") << fal
                                << "Internal Server Error (HTTP 500)";
    QTest::newRow("no body: the reason phrase") << 500 << QByteArray() << fal << "Internal Server Error (HTTP 500)";
    QTest::newRow("sentence") << 503 << QByteArray(R"({"error":"GPU on fire."})") << segmind << "GPU on fire (HTTP 503)";
    QTest::newRow("detail list") << 500 << QByteArray(R"({"detail":[{"loc":["body","seed"],"msg":"boom"}]})") << fal
                                 << "seed: boom (HTTP 500)";
}

void TestApiRequest::serverErrorSaidOnce()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(int, dialect);
    QFETCH(QString, message);
    m_server.addFault(FakeFault::respond("GET", QStringLiteral("/echo"), status, body));
    ApiRequestSpec spec = echoSpec();
    spec.retryPolicy = RetryPolicy::none();
    spec.dialect = static_cast<ApiErrorParser::Dialect>(dialect);
    ApiRequest request(&m_manager, spec);
    const ApiResult result = run(&request);
    QCOMPARE(result.error, Error::Server);
    QCOMPARE(result.message, message);
    // A server's trouble names no input: nothing goes under a field.
    QVERIFY(result.fieldErrors.isEmpty());
}

void TestApiRequest::onlyNamedInputsAreFieldErrors()
{
    // A 4xx "detail" that is a sentence is in the message; only entries naming an input go under
    // fields.
    m_server.addFault(FakeFault::respond(
        "GET", QStringLiteral("/echo"), 422,
        QByteArrayLiteral(R"({"detail":[{"loc":["body"],"msg":"body is not an object"},)"
                          R"({"loc":["body","seed"],"msg":"not an int"}]})")));
    ApiRequestSpec spec = echoSpec();
    spec.retryPolicy = RetryPolicy::none();
    spec.dialect = ApiErrorParser::Dialect::Fal;
    ApiRequest request(&m_manager, spec);
    const ApiResult result = run(&request);
    QCOMPARE(result.error, Error::Validation);
    QCOMPARE(result.fieldErrors.size(), 1);
    QCOMPARE(result.fieldErrors.constFirst().field, QStringLiteral("seed"));
    QVERIFY2(result.message.contains(QLatin1String("body is not an object; seed: not an int")),
             qPrintable(result.message));

    m_server.addFault(FakeFault::respond("GET", QStringLiteral("/echo"), 400,
                                         QByteArrayLiteral(R"({"detail":"Bad prompt"})")));
    ApiRequest plain(&m_manager, spec);
    const ApiResult sentence = run(&plain);
    QVERIFY(sentence.fieldErrors.isEmpty());
    QVERIFY2(sentence.message.contains(QLatin1String("Bad prompt")), qPrintable(sentence.message));
}

void TestApiRequest::validationFieldErrors()
{
    ApiRequestSpec spec = falSubmitSpec();
    spec.setJsonBody(QByteArrayLiteral("{\"seed\":\"abc\"}"));
    ApiRequest request(&m_manager, spec);
    const ApiResult result = run(&request);
    QCOMPARE(result.error, Error::Validation);
    QCOMPARE(result.httpStatus, 422);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(result.fieldErrors.size(), 2);
    QCOMPARE(result.fieldErrors.at(0).field, QStringLiteral("prompt"));
    QCOMPARE(result.fieldErrors.at(1).field, QStringLiteral("seed"));
    QVERIFY2(result.message.startsWith(QLatin1String("fal rejected the submit (422): prompt: Field required")),
             qPrintable(result.message));
}

void TestApiRequest::resetMidBodyRetried()
{
    m_server.addFault(FakeFault::make(FakeFault::Kind::ResetMidBody, "GET", QStringLiteral("/echo")));
    ApiRequest request(&m_manager, echoSpec());
    const ApiResult result = run(&request);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.attempts, 2);
    QCOMPARE(m_server.requestsTo(QStringLiteral("/echo")).size(), 2);
    QCOMPARE(result.json().object().value(QStringLiteral("method")).toString(), QStringLiteral("GET"));

    // Without retries the cut body is a network error.
    m_server.addFault(FakeFault::make(FakeFault::Kind::ResetMidBody, "GET", QStringLiteral("/echo")));
    ApiRequestSpec spec = echoSpec();
    spec.retryPolicy = RetryPolicy::none();
    ApiRequest single(&m_manager, spec);
    const ApiResult failed = run(&single);
    QCOMPARE(failed.error, Error::Network);
    QVERIFY(failed.body.size() <= 1000);
}

void TestApiRequest::connectionRefused()
{
    QTcpServer probe;   // find a port nobody listens on
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 freePort = probe.serverPort();
    probe.close();

    ApiRequestSpec spec = echoSpec();
    spec.url = QUrl(QStringLiteral("http://127.0.0.1:%1/echo").arg(freePort));
    spec.retryPolicy = fastPolicy(2);
    ApiRequest request(&m_manager, spec);
    const ApiResult result = run(&request);
    QCOMPARE(result.error, Error::Network);
    QCOMPARE(result.networkError, QNetworkReply::ConnectionRefusedError);
    QCOMPARE(result.attempts, 2);
    QVERIFY2(result.message.startsWith(QLatin1String("Could not reach fal")), qPrintable(result.message));
}

void TestApiRequest::stallTimesOut()
{
    m_server.addFault(FakeFault::make(FakeFault::Kind::Stall, "GET", QStringLiteral("/echo"), 2));
    ApiRequestSpec spec = echoSpec();
    spec.transferTimeoutMs = 300;
    spec.retryPolicy = fastPolicy(2);
    ApiRequest request(&m_manager, spec);
    QElapsedTimer clock;
    clock.start();
    int emissions = 0;
    const ApiResult result = run(&request, &emissions);
    const qint64 elapsed = clock.elapsed();
    QCOMPARE(result.error, Error::Timeout);
    QCOMPARE(result.attempts, 2);   // a timeout is a transport error: retried
    QCOMPARE(emissions, 1);
    QCOMPARE(m_server.requestsTo(QStringLiteral("/echo")).size(), 2);
    QVERIFY2(elapsed >= 550 && elapsed < 4000, qPrintable(QString::number(elapsed)));
    QVERIFY2(result.message.contains(QLatin1String("0.3 s")), qPrintable(result.message));
    // The stalled connections are closed by the client.
    QTRY_COMPARE_WITH_TIMEOUT(m_server.openConnections(), 0, 5000);
}

void TestApiRequest::malformedJson()
{
    m_server.addFault(FakeFault::make(FakeFault::Kind::MalformedJson, "GET", QStringLiteral("/echo"), 3));
    ApiRequest request(&m_manager, echoSpec());
    const ApiResult result = run(&request);
    QCOMPARE(result.error, Error::Protocol);
    QCOMPARE(result.httpStatus, 200);
    QCOMPARE(result.attempts, 1);
    QVERIFY(result.json().isNull());
    QVERIFY(!result.body.isEmpty());
}

void TestApiRequest::nonJsonAllowed()
{
    m_server.addFault(FakeFault::respond("GET", QStringLiteral("/echo"), 200, "not json at all"));
    ApiRequestSpec spec = echoSpec();
    spec.expectJson = false;
    ApiRequest request(&m_manager, spec);
    const ApiResult result = run(&request);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.body, QByteArray("not json at all"));
    QVERIFY(!m_server.requests().first().hasHeader("accept")
            || m_server.requests().first().header("accept") != "application/json");
}

void TestApiRequest::endlessBodyTooLarge()
{
    m_server.addFault(FakeFault::make(FakeFault::Kind::EndlessBody, "GET", QStringLiteral("/echo"), 3));
    ApiRequestSpec spec = echoSpec();
    spec.maxResponseBytes = 1024 * 1024;
    ApiRequest request(&m_manager, spec);
    int emissions = 0;
    const ApiResult result = run(&request, &emissions);
    QCOMPARE(result.error, Error::TooLarge);
    QCOMPARE(emissions, 1);
    QCOMPARE(result.attempts, 1);   // never retried
    QVERIFY(result.body.size() <= spec.maxResponseBytes);
    QVERIFY2(result.message.contains(QLatin1String("1 MiB")), qPrintable(result.message));
    QCOMPARE(m_server.requestsTo(QStringLiteral("/echo")).size(), 1);
    // The server notices the client left and stops writing.
    QTRY_COMPARE_WITH_TIMEOUT(m_server.openConnections(), 0, 5000);
}

void TestApiRequest::announcedLengthTooLarge()
{
    FakeFault fault = FakeFault::make(FakeFault::Kind::EndlessBody, "GET", QStringLiteral("/echo"));
    fault.announcedLength = 100LL * 1024 * 1024;
    m_server.addFault(fault);
    ApiRequestSpec spec = echoSpec();
    spec.maxResponseBytes = ApiRequestSpec::kMaxJsonBytes;
    ApiRequest request(&m_manager, spec);
    QSignalSpy progress(&request, &ApiRequest::progress);
    const ApiResult result = run(&request);
    QCOMPARE(result.error, Error::TooLarge);
    QVERIFY(result.body.isEmpty());
    qint64 maxReceived = 0;
    for (const QList<QVariant> &args : std::as_const(progress))
        maxReceived = std::max(maxReceived, args.at(0).toLongLong());
    QVERIFY(maxReceived <= ApiRequestSpec::kMaxJsonBytes);
    QTRY_COMPARE_WITH_TIMEOUT(m_server.openConnections(), 0, 5000);
}

void TestApiRequest::redirectToCdnDropsAuth()
{
    QUrl target = m_server.cdnUrl();
    target.setPath(QStringLiteral("/echo"));
    m_server.addFault(FakeFault::redirect("GET", QStringLiteral("/fal-queue/redirect-me"), target, 302));

    ApiRequestSpec spec = falSubmitSpec();
    spec.method = QByteArrayLiteral("GET");
    spec.body.clear();
    spec.url = Endpoint::join(m_server.falQueueUrl(), QStringLiteral("redirect-me"));
    ApiRequest request(&m_manager, spec);
    const ApiResult result = run(&request);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.finalUrl, target);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(result.json().object().value(QStringLiteral("authorization")).toBool(), false);

    const QList<RecordedRequest> seen = m_server.requests();
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0).header("authorization"), QByteArray("Key test-fal-key"));
    QCOMPARE(seen.at(1).localAddress, QHostAddress(QStringLiteral("127.0.0.2")));
    QCOMPARE(seen.at(1).path, QStringLiteral("/echo"));
    QVERIFY(!seen.at(1).hasHeader("authorization"));
    for (const QByteArray &value : seen.at(1).headers)
        QVERIFY(!value.contains("test-fal-key"));
}

void TestApiRequest::redirectSameOriginKeepsAuth()
{
    m_server.addFault(FakeFault::redirect("GET", QStringLiteral("/fal-queue/moved"),
                                          QUrl(QStringLiteral("/echo")), 307));
    ApiRequestSpec spec = falSubmitSpec();
    spec.method = QByteArrayLiteral("GET");
    spec.body.clear();
    spec.url = Endpoint::join(m_server.falQueueUrl(), QStringLiteral("moved"));
    ApiRequest request(&m_manager, spec);
    const ApiResult result = run(&request);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QCOMPARE(result.finalUrl, api(QStringLiteral("/echo")));
    QCOMPARE(result.json().object().value(QStringLiteral("authorization")).toBool(), true);
}

void TestApiRequest::redirectSeeOtherBecomesGet()
{
    m_server.addFault(FakeFault::redirect("POST", QStringLiteral("/echo"),
                                          QUrl(QStringLiteral("/echo?after=1")), 303));
    ApiRequestSpec spec = echoSpec();
    spec.method = QByteArrayLiteral("POST");
    spec.setJsonBody(QByteArrayLiteral("{\"a\":1}"));
    ApiRequest request(&m_manager, spec);
    const ApiResult result = run(&request);
    QVERIFY2(result.ok(), qPrintable(result.message));
    const QJsonObject echo = result.json().object();
    QCOMPARE(echo.value(QStringLiteral("method")).toString(), QStringLiteral("GET"));
    QCOMPARE(echo.value(QStringLiteral("query")).toString(), QStringLiteral("after=1"));
    QCOMPARE(echo.value(QStringLiteral("body_size")).toInt(), 0);
}

void TestApiRequest::redirectRefused_data()
{
    QTest::addColumn<QString>("location");
    QTest::newRow("plain http elsewhere") << QStringLiteral("http://example.com/steal");
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/file");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
    QTest::newRow("user info") << QStringLiteral("https://user:pw@example.com/");
}

void TestApiRequest::redirectRefused()
{
    QFETCH(QString, location);
    m_server.addFault(FakeFault::redirect("GET", QStringLiteral("/echo"), QUrl(location), 302));
    ApiRequestSpec spec = falSubmitSpec();
    spec.method = QByteArrayLiteral("GET");
    spec.body.clear();
    spec.url = api(QStringLiteral("/echo"));
    ApiRequest request(&m_manager, spec);
    const ApiResult result = run(&request);
    QCOMPARE(result.error, Error::Refused);
    QCOMPARE(result.attempts, 1);
    QCOMPARE(m_server.requests().size(), 1);
    QVERIFY(!result.message.contains(QLatin1String("pw")));
}

void TestApiRequest::tooManyRedirects()
{
    m_server.addFault(FakeFault::redirect("GET", QStringLiteral("/echo"),
                                          QUrl(QStringLiteral("/echo")), 302, -1));
    ApiRequest request(&m_manager, echoSpec());
    const ApiResult result = run(&request);
    m_server.clearFaults();
    QCOMPARE(result.error, Error::Refused);
    QCOMPARE(m_server.requests().size(), 1 + ApiRequest::kMaxRedirects);
}

void TestApiRequest::refusedStartUrl()
{
    ApiRequestSpec spec = echoSpec();
    spec.url = QUrl(QStringLiteral("http://example.com/api"));
    ApiRequest request(&m_manager, spec);
    QSignalSpy spy(&request, &ApiRequest::finished);
    request.start();
    QCOMPARE(spy.size(), 0);   // reported asynchronously
    QVERIFY(spy.wait(2000));
    const ApiResult result = qvariant_cast<ApiResult>(spy.first().first());
    QCOMPARE(result.error, Error::Refused);
    QCOMPARE(result.attempts, 0);
    QVERIFY(m_server.requests().isEmpty());
}

void TestApiRequest::abortCancels()
{
    m_server.addFault(FakeFault::make(FakeFault::Kind::Stall, "GET", QStringLiteral("/echo")));
    ApiRequest request(&m_manager, echoSpec());
    QSignalSpy spy(&request, &ApiRequest::finished);
    request.start();
    QTRY_COMPARE(m_server.requestsTo(QStringLiteral("/echo")).size(), 1);
    QVERIFY(request.isRunning());
    request.abort();
    QCOMPARE(spy.size(), 1);
    request.abort();   // harmless
    QCoreApplication::processEvents();
    QCOMPARE(spy.size(), 1);
    const ApiResult result = qvariant_cast<ApiResult>(spy.first().first());
    QCOMPARE(result.error, Error::Cancelled);
    QCOMPARE(result.attempts, 1);
    QVERIFY(!request.isRunning());
    QTRY_COMPARE_WITH_TIMEOUT(m_server.openConnections(), 0, 5000);
    QCOMPARE(m_server.requestsTo(QStringLiteral("/echo")).size(), 1);   // no retry
}

void TestApiRequest::abortDuringRetryWait()
{
    m_server.addFault(FakeFault::respond("GET", QStringLiteral("/echo"), 503, "{}",
                                         {{"Retry-After", "30"}}));
    ApiRequest request(&m_manager, echoSpec());
    QSignalSpy finished(&request, &ApiRequest::finished);
    QSignalSpy retrying(&request, &ApiRequest::retrying);
    QSignalSpy retryStarted(&request, &ApiRequest::retryStarted);
    request.start();
    QVERIFY(retrying.wait(5000));
    QCOMPARE(retrying.first().at(1).toInt(), 30000);
    request.abort();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(retryStarted.size(), 0);   // aborted while waiting: no retry went
    QCOMPARE(qvariant_cast<ApiResult>(finished.first().first()).error, Error::Cancelled);
    QCOMPARE(m_server.requests().size(), 1);
}

void TestApiRequest::abortBeforeStart()
{
    ApiRequest request(&m_manager, echoSpec());
    QSignalSpy spy(&request, &ApiRequest::finished);
    request.abort();
    QCOMPARE(spy.size(), 1);
    request.start();   // already finished: nothing happens
    QCoreApplication::processEvents();
    QCOMPARE(spy.size(), 1);
    QVERIFY(m_server.requests().isEmpty());
}

void TestApiRequest::deleteWhileRunning()
{
    m_server.addFault(FakeFault::make(FakeFault::Kind::Stall, "GET", QStringLiteral("/stall-me")));
    m_server.addFault(FakeFault::make(FakeFault::Kind::EndlessBody, "GET", QStringLiteral("/endless")));
    ApiRequestSpec stalledSpec = echoSpec();
    stalledSpec.url = api(QStringLiteral("/stall-me"));
    ApiRequestSpec streamingSpec = echoSpec();
    streamingSpec.url = api(QStringLiteral("/endless"));
    streamingSpec.maxResponseBytes = ApiRequestSpec::kMaxImageBytes;
    QPointer<ApiRequest> stalled = new ApiRequest(&m_manager, stalledSpec, this);
    QPointer<ApiRequest> streaming = new ApiRequest(&m_manager, streamingSpec, this);
    QSignalSpy stalledSpy(stalled.data(), &ApiRequest::finished);
    QSignalSpy streamingFinished(streaming.data(), &ApiRequest::finished);
    QSignalSpy streamingProgress(streaming.data(), &ApiRequest::progress);
    stalled->start();
    streaming->start();
    QTRY_COMPARE(m_server.requests().size(), 2);
    QTRY_VERIFY(!streamingProgress.isEmpty());
    QVERIFY(stalled->isRunning());
    QVERIFY(streaming->isRunning());
    delete stalled;
    streaming->deleteLater();
    QTRY_VERIFY(streaming.isNull());
    QCOMPARE(stalledSpy.size(), 0);   // no signal from the destructor
    QCOMPARE(streamingFinished.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(m_server.openConnections(), 0, 5000);
}

void TestApiRequest::progressAndData()
{
    m_server.setFalScript({QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")});
    ApiRequest submit(&m_manager, falSubmitSpec());
    const ApiResult submitted = run(&submit);
    QVERIFY2(submitted.ok(), qPrintable(submitted.message));

    ApiRequestSpec spec = falSubmitSpec();
    spec.method = QByteArrayLiteral("GET");
    spec.body.clear();
    spec.url = QUrl(submitted.json().object().value(QStringLiteral("status_url")).toString()
                    + QStringLiteral("/stream"));
    spec.expectJson = false;
    m_server.setSseIntervalMs(5);
    ApiRequest stream(&m_manager, spec);
    QSignalSpy chunks(&stream, &ApiRequest::dataReceived);
    const ApiResult result = run(&stream);
    QVERIFY2(result.ok(), qPrintable(result.message));
    QByteArray joined;
    for (const QList<QVariant> &args : std::as_const(chunks))
        joined += args.at(0).toByteArray();
    QCOMPARE(joined, result.body);
    QCOMPARE(result.body.count("data: "), 2);
    QVERIFY(result.body.contains("\"COMPLETED\""));
    m_server.setFalScript({QStringLiteral("IN_QUEUE:2"), QStringLiteral("IN_QUEUE:1"),
                           QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")});
}

// ---------------------------------------------------------------------------------------------
// Endpoint

void TestApiRequest::endpointIsAllowed_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("https") << "https://queue.fal.run/bria/reimagine/3.2" << true;
    QTest::newRow("https with port") << "https://api.segmind.com:8443/v1" << true;
    QTest::newRow("HTTPS upper") << "HTTPS://api.freepik.com/v1" << true;
    QTest::newRow("http localhost") << "http://localhost:8080/x" << true;
    QTest::newRow("http LOCALHOST") << "http://LOCALHOST/x" << true;
    QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:1234/fal-queue" << true;
    QTest::newRow("http 127.0.0.2") << "http://127.0.0.2/files" << true;
    QTest::newRow("http 127.255.255.254") << "http://127.255.255.254/" << true;
    QTest::newRow("http ::1") << "http://[::1]:8080/" << true;
    QTest::newRow("http remote") << "http://queue.fal.run/" << false;
    QTest::newRow("http private lan") << "http://192.168.1.10/" << false;
    QTest::newRow("http 128.0.0.1") << "http://128.0.0.1/" << false;
    QTest::newRow("http localhost.evil.com") << "http://localhost.evil.com/" << false;
    QTest::newRow("http 127.0.0.1.nip.io") << "http://127.0.0.1.nip.io/" << false;
    QTest::newRow("http ::ffff:8.8.8.8") << "http://[::ffff:8.8.8.8]/" << false;
    QTest::newRow("ftp") << "ftp://127.0.0.1/" << false;
    QTest::newRow("file") << "file:///etc/passwd" << false;
    QTest::newRow("ws") << "ws://127.0.0.1/" << false;
    QTest::newRow("no host") << "https:///path" << false;
    QTest::newRow("relative") << "/just/a/path" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("user info") << "https://user:secret@api.freepik.com/" << false;
}

void TestApiRequest::endpointIsAllowed()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QString error;
    QCOMPARE(Endpoint::isAllowed(QUrl(url), &error), allowed);
    QCOMPARE(error.isEmpty(), allowed);
    QVERIFY(!error.contains(QLatin1String("secret")));
}

void TestApiRequest::endpointSameOrigin_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("same") << "https://queue.fal.run/a" << "https://queue.fal.run/b?x=1" << true;
    QTest::newRow("default port") << "https://queue.fal.run/a" << "https://queue.fal.run:443/b" << true;
    QTest::newRow("host case") << "https://Queue.Fal.Run/a" << "https://queue.fal.run/" << true;
    QTest::newRow("other host") << "https://queue.fal.run/" << "https://v3.fal.media/" << false;
    QTest::newRow("subdomain") << "https://fal.run/" << "https://queue.fal.run/" << false;
    QTest::newRow("scheme") << "https://127.0.0.1/" << "http://127.0.0.1/" << false;
    QTest::newRow("port") << "http://127.0.0.1:1000/" << "http://127.0.0.1:1001/" << false;
    QTest::newRow("loopback hosts differ") << "http://127.0.0.1:1000/" << "http://127.0.0.2:1000/" << false;
    QTest::newRow("invalid") << "" << "" << false;
}

void TestApiRequest::endpointSameOrigin()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(Endpoint::sameOrigin(QUrl(a), QUrl(b)), same);
    QCOMPARE(Endpoint::sameOrigin(QUrl(b), QUrl(a)), same);
}

void TestApiRequest::endpointJoinAndEnv()
{
    QCOMPARE(Endpoint::join(QUrl(QStringLiteral("http://127.0.0.1:5/fal-queue")), QStringLiteral("bria/reimagine/3.2")),
             QUrl(QStringLiteral("http://127.0.0.1:5/fal-queue/bria/reimagine/3.2")));
    QCOMPARE(Endpoint::join(QUrl(QStringLiteral("https://queue.fal.run/")), QStringLiteral("/fal-ai/x")),
             QUrl(QStringLiteral("https://queue.fal.run/fal-ai/x")));
    QCOMPARE(Endpoint::join(QUrl(QStringLiteral("https://queue.fal.run")), QStringLiteral("fal-ai/x")),
             QUrl(QStringLiteral("https://queue.fal.run/fal-ai/x")));
    QCOMPARE(Endpoint::origin(QUrl(QStringLiteral("https://user@Api.X.com:444/p?q#f"))),
             QUrl(QStringLiteral("https://api.x.com:444")));
    QCOMPARE(Endpoint::redacted(QUrl(QStringLiteral("https://u:p@api.x.com/p?key=secret#f"))),
             QStringLiteral("https://api.x.com/p"));

    const QUrl fallback(QStringLiteral("https://queue.fal.run"));
    const char *name = "REIMAGINE_TEST_ENDPOINT_URL";
    qunsetenv(name);
    QCOMPARE(Endpoint::fromEnv(name, fallback), fallback);
    qputenv(name, "http://127.0.0.1:4567/fal-queue/");
    QCOMPARE(Endpoint::fromEnv(name, fallback), QUrl(QStringLiteral("http://127.0.0.1:4567/fal-queue")));
    qputenv(name, "https://proxy.example.com/fal");
    QCOMPARE(Endpoint::fromEnv(name, fallback), QUrl(QStringLiteral("https://proxy.example.com/fal")));
    qputenv(name, "http://proxy.example.com/fal");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("REIMAGINE_TEST_ENDPOINT_URL is ignored")));
    QCOMPARE(Endpoint::fromEnv(name, fallback), fallback);
    qunsetenv(name);
}

// ---------------------------------------------------------------------------------------------
// ApiErrorParser

void TestApiRequest::parseFalValidation_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("detail array")
        << QByteArray(R"({"detail":[{"loc":["body","seed"],"msg":"Input should be a valid integer","type":"int_parsing"},
                                    {"loc":["body","prompt"],"msg":"Field required","type":"missing"}]})")
        << QStringList{QStringLiteral("seed"), QStringLiteral("prompt")}
        << QStringList{QStringLiteral("Input should be a valid integer"), QStringLiteral("Field required")};
    QTest::newRow("nested loc")
        << QByteArray(R"({"detail":[{"loc":["body","color_palette","members",0,"rgb"],"msg":"bad"}]})")
        << QStringList{QStringLiteral("color_palette.members.0.rgb")} << QStringList{QStringLiteral("bad")};
    QTest::newRow("loc body only")
        << QByteArray(R"({"detail":[{"loc":["body"],"msg":"Input should be a valid dictionary"}]})")
        << QStringList{QString()} << QStringList{QStringLiteral("Input should be a valid dictionary")};
    QTest::newRow("detail string") << QByteArray(R"({"detail":"Image too large"})")
                                   << QStringList{QString()} << QStringList{QStringLiteral("Image too large")};
    QTest::newRow("no detail") << QByteArray(R"({"message":"x"})") << QStringList() << QStringList();
    QTest::newRow("not json") << QByteArray("<html>") << QStringList() << QStringList();
    QTest::newRow("array root") << QByteArray("[1,2]") << QStringList() << QStringList();
}

void TestApiRequest::parseFalValidation()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, messages);
    const QList<ApiFieldError> errors = ApiErrorParser::parseFalValidation(QJsonDocument::fromJson(json));
    QStringList gotFields;
    QStringList gotMessages;
    for (const ApiFieldError &error : errors) {
        gotFields << error.field;
        gotMessages << error.message;
    }
    QCOMPARE(gotFields, fields);
    QCOMPARE(gotMessages, messages);
}

void TestApiRequest::parseFreepikValidation_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QStringList>("messages");

    QTest::newRow("top level")
        << QByteArray(R"({"message":"Your request is invalid","invalid_params":[{"name":"image","reason":"required"},{"name":"aspect_ratio","reason":"not one of"}]})")
        << QStringList{QStringLiteral("image"), QStringLiteral("aspect_ratio")}
        << QStringList{QStringLiteral("required"), QStringLiteral("not one of")};
    QTest::newRow("under problem")
        << QByteArray(R"({"problem":{"message":"invalid","invalid_params":[{"name":"image","reason":"raw base64 please"}]}})")
        << QStringList{QStringLiteral("image")} << QStringList{QStringLiteral("raw base64 please")};
    QTest::newRow("message only") << QByteArray(R"({"message":"Invalid API key"})") << QStringList() << QStringList();
    QTest::newRow("not json") << QByteArray("nope") << QStringList() << QStringList();
}

void TestApiRequest::parseFreepikValidation()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, fields);
    QFETCH(QStringList, messages);
    const QList<ApiFieldError> errors =
        ApiErrorParser::parseFreepikValidation(QJsonDocument::fromJson(json));
    QStringList gotFields;
    QStringList gotMessages;
    for (const ApiFieldError &error : errors) {
        gotFields << error.field;
        gotMessages << error.message;
    }
    QCOMPARE(gotFields, fields);
    QCOMPARE(gotMessages, messages);
}

void TestApiRequest::providerMessages()
{
    auto doc = [](const char *json) { return QJsonDocument::fromJson(QByteArray(json)); };
    QCOMPARE(ApiErrorParser::falMessage(doc(R"({"detail":"Not enough credits"})")),
             QStringLiteral("Not enough credits"));
    QCOMPARE(ApiErrorParser::falMessage(doc(R"({"detail":[{"loc":["body","seed"],"msg":"bad"}]})")),
             QStringLiteral("seed: bad"));
    QCOMPARE(ApiErrorParser::falMessage(doc(R"({"message":"m"})")), QStringLiteral("m"));
    QCOMPARE(ApiErrorParser::segmindMessage(doc(R"({"error":"Not enough credits"})")),
             QStringLiteral("Not enough credits"));
    QCOMPARE(ApiErrorParser::segmindMessage(doc(R"({"message":"x"})")), QStringLiteral("x"));
    QCOMPARE(ApiErrorParser::freepikMessage(doc(R"({"message":"Invalid API key"})")),
             QStringLiteral("Invalid API key"));
    QCOMPARE(ApiErrorParser::freepikMessage(
                 doc(R"({"message":"Your request is invalid","invalid_params":[{"name":"image","reason":"required"}]})")),
             QStringLiteral("Your request is invalid (image: required)"));
    QCOMPARE(ApiErrorParser::freepikMessage(doc(R"({"problem":{"message":"bad"}})")), QStringLiteral("bad"));
    QCOMPARE(ApiErrorParser::genericMessage(doc(R"({"error":{"message":"nested"}})")), QStringLiteral("nested"));
    QCOMPARE(ApiErrorParser::genericMessage(doc("[]")), QString());
    QCOMPARE(ApiErrorParser::message(ApiErrorParser::Dialect::Segmind, doc(R"({"error":"e"})")),
             QStringLiteral("e"));
}

void TestApiRequest::redactHeaders()
{
    const QList<QPair<QByteArray, QByteArray>> headers{
        {"Authorization", "Key secret"}, {"x-api-key", "secret"}, {"x-freepik-api-key", "secret"},
        {"Content-Type", "application/json"}, {"x-fal-queue-priority", "normal"}};
    const auto redacted = ApiRequest::redactHeaders(headers);
    QCOMPARE(redacted.size(), headers.size());
    for (const auto &header : redacted)
        QVERIFY2(!header.second.contains("secret"), header.first.constData());
    QCOMPARE(redacted.at(3).second, QByteArray("application/json"));
    QCOMPARE(redacted.at(4).second, QByteArray("normal"));
}

void TestApiRequest::errorNames()
{
    QCOMPARE(ApiResult::errorName(Error::None), QStringLiteral("none"));
    QCOMPARE(ApiResult::errorName(Error::NoCredits), QStringLiteral("no_credits"));
    QCOMPARE(ApiResult::errorName(Error::TooLarge), QStringLiteral("too_large"));
    QSet<QString> names;
    for (int i = int(Error::None); i <= int(Error::Protocol); ++i)
        names.insert(ApiResult::errorName(static_cast<Error>(i)));
    QCOMPARE(names.size(), int(Error::Protocol) + 1);
}

QTEST_GUILESS_MAIN(TestApiRequest)
#include "tst_apirequest.moc"
