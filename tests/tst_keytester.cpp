#include "providers/keytester.h"

#include "fakeproviderserver.h"
#include "testenvironment.h"

#include "net/endpoint.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

class TestKeyTester : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void requestShapes_data();
    void requestShapes();
    void goodKey_data();
    void goodKey();
    void wrongKey_data();
    void wrongKey();
    void serverError_data();
    void serverError();
    void rateLimitedIsRetried();
    void keyStaysOnProviderHost();
    void emptyKeyAndUnknownProvider();
    void newTestAbandonsOld();

private:
    QString goodKeyFor(const QString &provider) const;
    QString pathFor(const QString &provider) const;

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<FakeProviderServer> m_server;
    QNetworkAccessManager m_network;
};

void TestKeyTester::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
}

void TestKeyTester::init()
{
    m_server = std::make_unique<FakeProviderServer>();
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    m_server->setKeys(QStringLiteral("fal-good"), QStringLiteral("segmind-good"),
                      QStringLiteral("freepik-good"));
    m_server->setSegmindCredits(12.5);
    // Only the base URLs: ProviderRegistry::configFor reads them.
    for (const auto &[name, value] : m_server->environment()) {
        if (name.startsWith("REIMAGINE_"))
            qputenv(name.constData(), value);
    }
}

void TestKeyTester::cleanup()
{
    m_server.reset();
}

QString TestKeyTester::goodKeyFor(const QString &provider) const
{
    if (provider == QLatin1String("fal"))
        return m_server->falKey();
    if (provider == QLatin1String("segmind"))
        return m_server->segmindKey();
    return m_server->freepikKey();
}

QString TestKeyTester::pathFor(const QString &provider) const
{
    if (provider == QLatin1String("fal"))
        return QStringLiteral("/fal-rest/storage/upload/initiate");
    if (provider == QLatin1String("segmind"))
        return QStringLiteral("/segmind/v1/get-user-credits");
    return QStringLiteral("/freepik/v1/ai/beta/text-to-image/reimagine-flux/"
                          "00000000-0000-0000-0000-000000000000");
}

void TestKeyTester::requestShapes_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("fal") << "fal" << QByteArray("POST")
                         << "https://rest.fal.ai/storage/upload/initiate?storage_type=fal-cdn-v3"
                         << QByteArray("Authorization") << QByteArray("Key k1");
    QTest::newRow("segmind") << "segmind" << QByteArray("GET")
                             << "https://api.segmind.com/v1/get-user-credits"
                             << QByteArray("x-api-key") << QByteArray("k1");
    QTest::newRow("freepik") << "freepik" << QByteArray("GET")
                             << "https://api.freepik.com/v1/ai/beta/text-to-image/reimagine-flux/"
                                "00000000-0000-0000-0000-000000000000"
                             << QByteArray("x-freepik-api-key") << QByteArray("k1");
}

void TestKeyTester::requestShapes()
{
    QFETCH(QString, provider);
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    ProviderConfig config;
    config.apiUrl = provider == QLatin1String("segmind") ? QUrl(QStringLiteral("https://api.segmind.com"))
                                                         : QUrl(QStringLiteral("https://api.freepik.com"));
    config.auxUrl = QUrl(QStringLiteral("https://rest.fal.ai"));
    const ApiRequestSpec spec = KeyTester::requestFor(provider, QStringLiteral(" k1 "), config);
    QCOMPARE(spec.method, method);
    QCOMPARE(spec.url.toString(), url);
    QCOMPARE(spec.authHeaderName, header);
    QCOMPARE(spec.authHeaderValue, value);
    QCOMPARE(spec.authOrigin, Endpoint::origin(spec.url));
    QCOMPARE(spec.transferTimeoutMs, 15000);
    QVERIFY(spec.retryPolicy.retryableStatuses() == QSet<int>{429});
    QVERIFY(!spec.retryPolicy.retriesTransportErrors());
    if (provider == QLatin1String("fal"))
        QCOMPARE(spec.body, QByteArray(R"({"content_type":"image/png","file_name":"key-check.png"})"));
    else
        QVERIFY(spec.body.isEmpty());
}

void TestKeyTester::goodKey_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("message");
    QTest::newRow("fal") << "fal" << "Key OK.";
    QTest::newRow("segmind") << "segmind" << QStringLiteral("Key OK \u2014 %1 credits left.").arg(QLocale().toString(12.5, 'f', 2));
    QTest::newRow("freepik") << "freepik" << "Key OK.";
}

void TestKeyTester::goodKey()
{
    QFETCH(QString, provider);
    QFETCH(QString, message);
    KeyTester tester(&m_network);
    QSignalSpy spy(&tester, &KeyTester::finished);
    tester.test(provider, goodKeyFor(provider));
    QVERIFY(tester.isRunning());
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), true);
    QCOMPARE(spy.at(0).at(1).toString(), message);
    QVERIFY(!tester.isRunning());

    const QList<RecordedRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().path, pathFor(provider));
    if (provider == QLatin1String("fal")) {
        QCOMPARE(requests.first().query, QStringLiteral("storage_type=fal-cdn-v3"));
        QCOMPARE(requests.first().method, QByteArray("POST"));
    } else {
        QCOMPARE(requests.first().method, QByteArray("GET"));
    }
}

void TestKeyTester::wrongKey_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("message");
    QTest::newRow("fal") << "fal" << "fal rejected this key.";
    QTest::newRow("segmind") << "segmind" << "Segmind rejected this key.";
    QTest::newRow("freepik") << "freepik" << "Freepik rejected this key.";
}

void TestKeyTester::wrongKey()
{
    QFETCH(QString, provider);
    QFETCH(QString, message);
    KeyTester tester(&m_network);
    QSignalSpy spy(&tester, &KeyTester::finished);
    tester.test(provider, QStringLiteral("not-the-key"));
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), false);
    QCOMPARE(spy.at(0).at(1).toString(), message);
    QCOMPARE(m_server->requests().size(), 1);   // a 401 is never retried
}

void TestKeyTester::serverError_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("service");
    QTest::newRow("fal") << "fal" << "fal";
    QTest::newRow("segmind") << "segmind" << "Segmind";
    QTest::newRow("freepik") << "freepik" << "Freepik";
}

void TestKeyTester::serverError()
{
    QFETCH(QString, provider);
    QFETCH(QString, service);
    m_server->addFault(FakeFault::respond(QByteArray(), pathFor(provider), 500,
                                          QByteArrayLiteral(R"({"error":"boom"})"), {}, -1));
    KeyTester tester(&m_network);
    QSignalSpy spy(&tester, &KeyTester::finished);
    tester.test(provider, goodKeyFor(provider));
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.at(0).at(0).toBool(), false);
    const QString text = spy.at(0).at(1).toString();
    QVERIFY2(text.contains(service) && text.contains(QLatin1String("500")), qPrintable(text));
    QCOMPARE(m_server->requests().size(), 1);   // no retry for a 500
}

void TestKeyTester::rateLimitedIsRetried()
{
    m_server->addFault(FakeFault::respond(QByteArray(), pathFor(QStringLiteral("segmind")), 429,
                                          QByteArrayLiteral(R"({"error":"slow down"})"),
                                          {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("0")}}));
    KeyTester tester(&m_network);
    QSignalSpy spy(&tester, &KeyTester::finished);
    tester.test(QStringLiteral("segmind"), goodKeyFor(QStringLiteral("segmind")));
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.at(0).at(0).toBool(), true);
    QCOMPARE(m_server->requests().size(), 2);
}

void TestKeyTester::keyStaysOnProviderHost()
{
    // The provider redirects the check to another host (the CDN on 127.0.0.2): the key must not
    // follow it.
    const QUrl elsewhere = m_server->cdnUrl().resolved(QUrl(QStringLiteral("/elsewhere")));
    for (const QString &provider : {QStringLiteral("fal"), QStringLiteral("segmind"), QStringLiteral("freepik")}) {
        m_server->clearRequests();
        m_server->addFault(FakeFault::redirect(QByteArray(), pathFor(provider), elsewhere, 307));
        KeyTester tester(&m_network);
        QSignalSpy spy(&tester, &KeyTester::finished);
        const QString key = goodKeyFor(provider);
        tester.test(provider, key);
        QVERIFY(spy.wait(10000));
        const QList<RecordedRequest> requests = m_server->requests();
        QVERIFY2(requests.size() >= 2, qPrintable(provider));
        for (const RecordedRequest &r : requests) {
            bool carriesKey = false;
            for (auto it = r.headers.cbegin(); it != r.headers.cend(); ++it)
                carriesKey = carriesKey || it.value().contains(key.toUtf8());
            const bool providerHost = r.localAddress == QHostAddress(QStringLiteral("127.0.0.1"));
            QVERIFY2(carriesKey == providerHost, qPrintable(provider + QLatin1Char(' ') + r.path));
        }
    }
}

void TestKeyTester::emptyKeyAndUnknownProvider()
{
    KeyTester tester(&m_network);
    QSignalSpy spy(&tester, &KeyTester::finished);
    tester.test(QStringLiteral("fal"), QStringLiteral("   "));
    QCOMPARE(spy.count(), 0);   // always asynchronous
    QTRY_COMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toBool(), false);
    QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("Enter a key first."));

    tester.test(QStringLiteral("nope"), QStringLiteral("k"));
    QTRY_COMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).toBool(), false);
    QVERIFY(m_server->requests().isEmpty());
}

void TestKeyTester::newTestAbandonsOld()
{
    FakeFault stall = FakeFault::make(FakeFault::Kind::Stall, QByteArray(), pathFor(QStringLiteral("fal")));
    m_server->addFault(stall);
    KeyTester tester(&m_network);
    QSignalSpy spy(&tester, &KeyTester::finished);
    tester.test(QStringLiteral("fal"), goodKeyFor(QStringLiteral("fal")));
    QTRY_COMPARE(m_server->requests().size(), 1);
    tester.test(QStringLiteral("segmind"), goodKeyFor(QStringLiteral("segmind")));
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.count(), 1);   // only the second check reports
    QCOMPARE(spy.at(0).at(0).toBool(), true);
    QVERIFY(spy.at(0).at(1).toString().contains(QLatin1String("credits")));
    QCOMPARE(tester.providerId(), QStringLiteral("segmind"));
}

QTEST_GUILESS_MAIN(TestKeyTester)
#include "tst_keytester.moc"
