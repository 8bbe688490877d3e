#include <QDateTime>
#include <QRandomGenerator>
#include <QTest>

#include "net/retrypolicy.h"

using Headers = QHash<QByteArray, QByteArray>;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resetAt_data();
    void resetAt();
    void presets();
    void shouldRetry_data();
    void shouldRetry();
    void delayMs_data();
    void delayMs();
    void jitterBounds();
    void parseHttpDate_data();
    void parseHttpDate();
    void setters();
};

namespace
{
RetryPolicy policyNamed(const QString &name)
{
    if (name == QLatin1String("status"))
        return RetryPolicy::forStatusPolls();
    if (name == QLatin1String("submit"))
        return RetryPolicy::forSubmit();
    if (name == QLatin1String("none"))
        return RetryPolicy::none();
    return RetryPolicy::defaults();
}

const QDateTime kNow(QDate(2025, 3, 14), QTime(12, 0, 0), Qt::UTC);
} // namespace

void TestRetryPolicy::presets()
{
    const RetryPolicy defaults = RetryPolicy::defaults();
    QCOMPARE(defaults.maxAttempts(), 4);
    QCOMPARE(defaults.initialDelayMs(), 1000);
    QCOMPARE(defaults.maxDelayMs(), 30000);
    QCOMPARE(defaults.factor(), 2.0);
    QCOMPARE(defaults.jitter(), 0.25);
    QCOMPARE(defaults.retryableStatuses(), QSet<int>({429, 502, 503, 504}));

    QCOMPARE(RetryPolicy::forSubmit().maxDelayMs(), 60000);
    QVERIFY(RetryPolicy::forStatusPolls().retryableStatuses().contains(500));
    QVERIFY(RetryPolicy::forStatusPolls().maxAttempts() > defaults.maxAttempts());
    QCOMPARE(RetryPolicy::none().maxAttempts(), 1);
}

void TestRetryPolicy::shouldRetry_data()
{
    QTest::addColumn<QString>("policy");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("error");
    QTest::addColumn<Headers>("headers");
    QTest::addColumn<bool>("expected");

    const int httpError = QNetworkReply::UnknownContentError;
    const int none = QNetworkReply::NoError;
    const Headers noHeaders;

    QTest::newRow("429") << "defaults" << 1 << 429 << httpError << noHeaders << true;
    QTest::newRow("502") << "defaults" << 1 << 502 << httpError << noHeaders << true;
    QTest::newRow("503") << "defaults" << 2 << 503 << int(QNetworkReply::ServiceUnavailableError) << noHeaders << true;
    QTest::newRow("504") << "defaults" << 3 << 504 << httpError << noHeaders << true;
    QTest::newRow("408") << "defaults" << 1 << 408 << httpError << noHeaders << true;
    QTest::newRow("500 defaults") << "defaults" << 1 << 500 << int(QNetworkReply::InternalServerError) << noHeaders << false;
    QTest::newRow("500 status polls") << "status" << 1 << 500 << int(QNetworkReply::InternalServerError) << noHeaders << true;
    QTest::newRow("501") << "status" << 1 << 501 << httpError << noHeaders << false;
    QTest::newRow("400") << "defaults" << 1 << 400 << httpError << noHeaders << false;
    QTest::newRow("401") << "defaults" << 1 << 401 << int(QNetworkReply::AuthenticationRequiredError) << noHeaders << false;
    QTest::newRow("403") << "defaults" << 1 << 403 << int(QNetworkReply::ContentAccessDenied) << noHeaders << false;
    QTest::newRow("404") << "status" << 1 << 404 << int(QNetworkReply::ContentNotFoundError) << noHeaders << false;
    QTest::newRow("406") << "defaults" << 1 << 406 << httpError << noHeaders << false;
    QTest::newRow("409") << "defaults" << 1 << 409 << httpError << noHeaders << false;
    QTest::newRow("422") << "defaults" << 1 << 422 << httpError << noHeaders << false;
    QTest::newRow("200 ok") << "defaults" << 1 << 200 << none << noHeaders << false;
    QTest::newRow("504 user timeout") << "defaults" << 1 << 504 << httpError
                                      << Headers{{"x-fal-request-timeout-type", "user"}} << false;
    QTest::newRow("504 user timeout, upper case") << "status" << 1 << 504 << httpError
                                                  << Headers{{"x-fal-request-timeout-type", "USER"}} << false;
    QTest::newRow("504 infra timeout") << "defaults" << 1 << 504 << httpError
                                       << Headers{{"x-fal-request-timeout-type", "infra"}} << true;
    QTest::newRow("503 x-fal-retryable false") << "defaults" << 1 << 503 << httpError
                                               << Headers{{"x-fal-retryable", "false"}} << false;
    QTest::newRow("503 last attempt") << "defaults" << 4 << 503 << httpError << noHeaders << false;
    QTest::newRow("503 beyond") << "defaults" << 9 << 503 << httpError << noHeaders << false;
    QTest::newRow("503 status attempt 5") << "status" << 5 << 503 << httpError << noHeaders << true;
    QTest::newRow("503 status attempt 6") << "status" << 6 << 503 << httpError << noHeaders << false;
    QTest::newRow("503 none") << "none" << 1 << 503 << httpError << noHeaders << false;
    QTest::newRow("refused") << "defaults" << 1 << 0 << int(QNetworkReply::ConnectionRefusedError) << noHeaders << true;
    QTest::newRow("closed") << "defaults" << 1 << 0 << int(QNetworkReply::RemoteHostClosedError) << noHeaders << true;
    QTest::newRow("closed mid-body") << "defaults" << 1 << 200 << int(QNetworkReply::RemoteHostClosedError) << noHeaders << true;
    QTest::newRow("host not found") << "submit" << 1 << 0 << int(QNetworkReply::HostNotFoundError) << noHeaders << true;
    QTest::newRow("timeout") << "defaults" << 1 << 0 << int(QNetworkReply::TimeoutError) << noHeaders << true;
    QTest::newRow("temporary failure") << "defaults" << 1 << 0 << int(QNetworkReply::TemporaryNetworkFailureError) << noHeaders << true;
    QTest::newRow("transport, last attempt") << "defaults" << 4 << 0 << int(QNetworkReply::ConnectionRefusedError) << noHeaders << false;
    QTest::newRow("transport, none") << "none" << 1 << 0 << int(QNetworkReply::ConnectionRefusedError) << noHeaders << false;
    QTest::newRow("aborted") << "defaults" << 1 << 0 << int(QNetworkReply::OperationCanceledError) << noHeaders << false;
    QTest::newRow("tls failure") << "defaults" << 1 << 0 << int(QNetworkReply::SslHandshakeFailedError) << noHeaders << false;
    QTest::newRow("protocol failure") << "defaults" << 1 << 0 << int(QNetworkReply::ProtocolFailure) << noHeaders << false;
}

void TestRetryPolicy::shouldRetry()
{
    QFETCH(QString, policy);
    QFETCH(int, attempt);
    QFETCH(int, status);
    QFETCH(int, error);
    QFETCH(Headers, headers);
    QFETCH(bool, expected);

    QCOMPARE(policyNamed(policy).shouldRetry(attempt, status,
                                             static_cast<QNetworkReply::NetworkError>(error), headers),
             expected);
}

void TestRetryPolicy::delayMs_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("expected");

    // random 0.5 = no jitter
    QTest::newRow("attempt 1") << 1 << QByteArray() << 0.5 << 1000;
    QTest::newRow("attempt 2") << 2 << QByteArray() << 0.5 << 2000;
    QTest::newRow("attempt 3") << 3 << QByteArray() << 0.5 << 4000;
    QTest::newRow("attempt 5") << 5 << QByteArray() << 0.5 << 16000;
    QTest::newRow("attempt 6 capped") << 6 << QByteArray() << 0.5 << 30000;
    QTest::newRow("attempt 40 capped") << 40 << QByteArray() << 0.5 << 30000;
    QTest::newRow("attempt 1 jitter low") << 1 << QByteArray() << 0.0 << 750;
    QTest::newRow("attempt 2 jitter high") << 2 << QByteArray() << 0.75 << 2250;
    QTest::newRow("capped, jitter low") << 10 << QByteArray() << 0.0 << 22500;
    QTest::newRow("capped, jitter high stays capped") << 10 << QByteArray() << 0.99 << 30000;
    QTest::newRow("retry-after 3") << 1 << QByteArray("3") << 0.0 << 3000;
    QTest::newRow("retry-after 0") << 3 << QByteArray("0") << 0.9 << 0;
    QTest::newRow("retry-after 1.5") << 1 << QByteArray(" 1.5 ") << 0.5 << 1500;
    QTest::newRow("retry-after above maxDelay honoured") << 1 << QByteArray("90") << 0.5 << 90000;
    QTest::newRow("retry-after hard cap") << 1 << QByteArray("86400") << 0.5 << 120000;
    QTest::newRow("retry-after negative ignored") << 2 << QByteArray("-5") << 0.5 << 2000;
    QTest::newRow("retry-after garbage ignored") << 2 << QByteArray("soon") << 0.5 << 2000;
    QTest::newRow("retry-after date") << 1 << QByteArray("Fri, 14 Mar 2025 12:00:07 GMT") << 0.5 << 7000;
    QTest::newRow("retry-after date in the past") << 1 << QByteArray("Fri, 14 Mar 2025 11:00:00 GMT") << 0.5 << 0;
    QTest::newRow("retry-after date far ahead") << 1 << QByteArray("Sat, 15 Mar 2025 12:00:00 GMT") << 0.5 << 120000;
    QTest::newRow("retry-after asctime") << 1 << QByteArray("Fri Mar 14 12:00:10 2025") << 0.5 << 10000;
}

void TestRetryPolicy::delayMs()
{
    QFETCH(int, attempt);
    QFETCH(QByteArray, retryAfter);
    QFETCH(double, random);
    QFETCH(int, expected);

    RetryPolicy policy = RetryPolicy::defaults();
    policy.setRandomSource([random]() { return random; }).setClock([]() { return kNow; });
    QCOMPARE(policy.delayMs(attempt, retryAfter), expected);
}

void TestRetryPolicy::jitterBounds()
{
    QRandomGenerator generator(42);
    RetryPolicy policy = RetryPolicy::forSubmit();
    policy.setRandomSource([&generator]() { return generator.generateDouble(); });
    for (int attempt = 1; attempt <= 8; ++attempt) {
        const double base = std::min(60000.0, 1000.0 * (1 << (attempt - 1)));
        int lowest = INT_MAX;
        int highest = 0;
        for (int i = 0; i < 500; ++i) {
            const int delay = policy.delayMs(attempt);
            QVERIFY2(delay >= static_cast<int>(base * 0.75) - 1, qPrintable(QString::number(delay)));
            QVERIFY2(delay <= std::min(60000, static_cast<int>(base * 1.25) + 1),
                     qPrintable(QString::number(delay)));
            lowest = std::min(lowest, delay);
            highest = std::max(highest, delay);
        }
        QVERIFY(highest > lowest);   // it is actually jittered
    }
}

void TestRetryPolicy::parseHttpDate_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QDateTime>("expected");

    const QDateTime when(QDate(1994, 11, 6), QTime(8, 49, 37), Qt::UTC);
    QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << when;
    QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << when;
    QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << when;
    QTest::newRow("garbage") << QByteArray("tomorrow") << QDateTime();
    QTest::newRow("empty") << QByteArray() << QDateTime();
}

void TestRetryPolicy::parseHttpDate()
{
    QFETCH(QByteArray, text);
    QFETCH(QDateTime, expected);
    QCOMPARE(RetryPolicy::parseHttpDate(text), expected);
}

void TestRetryPolicy::setters()
{
    RetryPolicy policy = RetryPolicy::none();
    policy.setMaxAttempts(0).setInitialDelayMs(-5).setMaxDelayMs(10).setJitter(3.0);
    QCOMPARE(policy.maxAttempts(), 1);
    QCOMPARE(policy.initialDelayMs(), 0);
    QCOMPARE(policy.jitter(), 1.0);
    policy.setMaxAttempts(3).setRetryTransportErrors(false);
    QVERIFY(!policy.shouldRetry(1, 0, QNetworkReply::ConnectionRefusedError, {}));
    QVERIFY(policy.shouldRetry(1, 503, QNetworkReply::ServiceUnavailableError, {}));
    policy.setRetryableStatuses({418});
    QVERIFY(!policy.shouldRetry(1, 503, QNetworkReply::ServiceUnavailableError, {}));
}

void TestRetryPolicy::resetAt_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expectedMs");
    QTest::newRow("iso with Z") << QByteArray("2026-11-23T10:00:30Z") << qint64(30000);
    QTest::newRow("iso without offset") << QByteArray("2026-11-23T10:00:05") << qint64(5000);
    QTest::newRow("epoch seconds") << QByteArray::number(QDateTime(QDate(2026, 11, 23), QTime(10, 0, 12), Qt::UTC).toSecsSinceEpoch())
                                   << qint64(12000);
    QTest::newRow("past") << QByteArray("2026-11-23T09:59:00Z") << qint64(0);
    QTest::newRow("small number") << QByteArray("30") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestRetryPolicy::resetAt()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expectedMs);
    const QDateTime now(QDate(2026, 11, 23), QTime(10, 0, 0), Qt::UTC);
    QCOMPARE(RetryPolicy::parseResetAtMs(value, now), expectedMs);
    // Retry-After wins over the reset time; the reset time is used when it is the only hint.
    QHash<QByteArray, QByteArray> headers{{QByteArrayLiteral("x-rate-limit-reset-at-utc"), value}};
    const QByteArray header = RetryPolicy::serverDelayHeader(headers, now);
    QCOMPARE(header.isEmpty(), expectedMs < 0);
    headers.insert(QByteArrayLiteral("retry-after"), QByteArrayLiteral("7"));
    QCOMPARE(RetryPolicy::serverDelayHeader(headers, now), QByteArray("7"));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
