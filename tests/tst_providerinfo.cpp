#include "model/providerinfo.h"
#include "providers/providerregistry.h"

#include <QtTest>

// The table of provider facts: every caller reads it, so it must be right.
class TestProviderInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void table_data();
    void table();
    void unknownProvider();
    void environmentKey();
    void overridesReachTheRegistry();
    void keyHosts_data();
    void keyHosts();
    void warnsWhenAnOverrideSendsTheKeyElsewhere();

private:
    const QList<QByteArray> m_vars{"REIMAGINE_FAL_QUEUE_URL", "REIMAGINE_FAL_REST_URL", "REIMAGINE_SEGMIND_URL",
                                   "REIMAGINE_SEGMIND_UPLOAD_URL", "REIMAGINE_FREEPIK_URL", "FAL_KEY"};
};

void TestProviderInfo::cleanup()
{
    for (const QByteArray &var : m_vars)
        qunsetenv(var.constData());
}

void TestProviderInfo::table_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("envVar");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("authValue");
    QTest::addColumn<QUrl>("api");
    QTest::addColumn<QUrl>("aux");
    QTest::newRow("fal") << "fal" << "fal" << QByteArray("FAL_KEY") << QByteArray("Authorization")
                         << QByteArray("Key k-1") << QUrl(QStringLiteral("https://queue.fal.run"))
                         << QUrl(QStringLiteral("https://rest.fal.ai"));
    QTest::newRow("segmind") << "segmind" << "Segmind" << QByteArray("SEGMIND_API_KEY") << QByteArray("x-api-key")
                             << QByteArray("k-1") << QUrl(QStringLiteral("https://api.segmind.com"))
                             << QUrl(QStringLiteral("https://workflows-api.segmind.com"));
    QTest::newRow("freepik") << "freepik" << "Freepik" << QByteArray("FREEPIK_API_KEY")
                             << QByteArray("x-freepik-api-key") << QByteArray("k-1")
                             << QUrl(QStringLiteral("https://api.freepik.com")) << QUrl();
}

void TestProviderInfo::table()
{
    QFETCH(QString, id);
    const ProviderInfo *info = ProviderInfo::find(id);
    QVERIFY(info);
    QFETCH(QString, name);
    QFETCH(QByteArray, envVar);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, authValue);
    QFETCH(QUrl, api);
    QFETCH(QUrl, aux);
    QCOMPARE(info->displayName, name);
    QCOMPARE(ProviderInfo::nameOf(id), name);
    QCOMPARE(info->keyEnvVar, envVar);
    QCOMPARE(info->keyHeader, header);
    QCOMPARE(info->authValue(QStringLiteral(" k-1 ")), authValue);
    QCOMPARE(info->apiUrl(), api);
    QCOMPARE(info->auxUrl(), aux);
    // The registry configures runs from the same table.
    const ProviderConfig config = ProviderRegistry::configFor(id);
    QCOMPARE(config.apiUrl, api);
    QCOMPARE(config.auxUrl, aux);
}

void TestProviderInfo::unknownProvider()
{
    QVERIFY(!ProviderInfo::find(QStringLiteral("comfyui")));
    QCOMPARE(ProviderInfo::nameOf(QStringLiteral("comfyui")), QStringLiteral("comfyui"));
    QVERIFY(ProviderInfo::environmentKey(QStringLiteral("comfyui")).isEmpty());
    QCOMPARE(ProviderInfo::ids(), (QStringList{QStringLiteral("fal"), QStringLiteral("segmind"), QStringLiteral("freepik")}));
}

void TestProviderInfo::environmentKey()
{
    QCOMPARE(ProviderInfo::keyVariable(QStringLiteral("fal")), QStringLiteral("FAL_KEY"));
    qputenv("FAL_KEY", "  from-env \n");
    QCOMPARE(ProviderInfo::environmentKey(QStringLiteral("fal")), QStringLiteral("from-env"));
    qunsetenv("FAL_KEY");
    QVERIFY(ProviderInfo::environmentKey(QStringLiteral("fal")).isEmpty());
}

void TestProviderInfo::overridesReachTheRegistry()
{
    qputenv("REIMAGINE_SEGMIND_URL", "http://127.0.0.1:9/segmind/");
    qputenv("REIMAGINE_FREEPIK_URL", "http://example.com/not-https");   // refused: plain http
    const ProviderConfig segmind = ProviderRegistry::configFor(QStringLiteral("segmind"));
    QCOMPARE(segmind.apiUrl, QUrl(QStringLiteral("http://127.0.0.1:9/segmind")));
    QCOMPARE(segmind.auxUrl, QUrl(QStringLiteral("https://workflows-api.segmind.com")));
    QCOMPARE(segmind.requestTimeoutMs, 180000);
    const ProviderConfig freepik = ProviderRegistry::configFor(QStringLiteral("freepik"));
    QCOMPARE(freepik.apiUrl, QUrl(QStringLiteral("https://api.freepik.com")));
}

void TestProviderInfo::keyHosts_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QUrl>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("fal queue") << "fal" << QUrl(QStringLiteral("https://queue.fal.run/x")) << true;
    QTest::newRow("fal rest") << "fal" << QUrl(QStringLiteral("https://rest.alpha.fal.ai")) << true;
    QTest::newRow("fal look-alike") << "fal" << QUrl(QStringLiteral("https://notfal.ai")) << false;
    QTest::newRow("fal suffix trick") << "fal" << QUrl(QStringLiteral("https://fal.ai.example.com")) << false;
    QTest::newRow("segmind on fal") << "segmind" << QUrl(QStringLiteral("https://queue.fal.run")) << false;
    QTest::newRow("loopback") << "segmind" << QUrl(QStringLiteral("http://127.0.0.1:8080")) << true;
    QTest::newRow("localhost") << "freepik" << QUrl(QStringLiteral("http://localhost:1")) << true;
    QTest::newRow("magnific") << "freepik" << QUrl(QStringLiteral("https://api.magnific.com")) << true;
    QTest::newRow("proxy") << "freepik" << QUrl(QStringLiteral("https://proxy.example.com")) << false;
}

void TestProviderInfo::keyHosts()
{
    QFETCH(QString, id);
    QFETCH(QUrl, url);
    QFETCH(bool, allowed);
    QCOMPARE(ProviderInfo::find(id)->isKeyHost(url), allowed);
}

void TestProviderInfo::warnsWhenAnOverrideSendsTheKeyElsewhere()
{
    QVERIFY(ProviderInfo::allKeyHostWarnings().isEmpty());
    qputenv("REIMAGINE_FAL_QUEUE_URL", "http://127.0.0.1:1234");   // loopback: fine
    qputenv("REIMAGINE_SEGMIND_URL", "https://segmind.example.com");
    qputenv("FAL_KEY", "sk-secret-value");
    const QStringList warnings = ProviderInfo::allKeyHostWarnings();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first(), QStringLiteral("REIMAGINE_SEGMIND_URL sends your Segmind API key to "
                                              "segmind.example.com, which is not a Segmind host."));
    QVERIFY(!warnings.first().contains(QLatin1String("sk-secret-value")));
}

QTEST_GUILESS_MAIN(TestProviderInfo)
#include "tst_providerinfo.moc"
