#include "providers/providerregistry.h"
#include "secrets/secretstore.h"
#include "session/keyresolver.h"
#include "session/runfactory.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

namespace {

// A keychain that counts what it is asked.
class CountingStore final : public SecretStore
{
public:
    void readKey(const QString &provider, QObject *context, ReadCallback callback) override
    {
        asked.append(provider);
        m_inner.readKey(provider, context, std::move(callback));
    }
    void writeKey(const QString &provider, const QString &key, QObject *context, WriteCallback callback) override
    {
        m_inner.writeKey(provider, key, context, std::move(callback));
    }
    void removeKey(const QString &provider, QObject *context, WriteCallback callback) override
    {
        m_inner.removeKey(provider, context, std::move(callback));
    }
    bool isPersistent() const override { return true; }

    QStringList asked;

private:
    MemorySecretStore m_inner;
};

void store(SecretStore *s, const QString &provider, const QString &key)
{
    bool done = false;
    QObject context;
    s->writeKey(provider, key, &context, [&done](const QString &) { done = true; });
    QTRY_VERIFY(done);
}

const QStringList kProviders{QStringLiteral("fal"), QStringLiteral("segmind"), QStringLiteral("freepik")};

} // namespace

// Which key each provider uses (environment, then keychain, then this session), and the run
// factory that waits for it.
class TestKeyResolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void order();
    void lazyLookupAsksForOneProvider();
    void setKeyAndRemoval();
    void runWithoutKeyFailsClearly();
    void unknownProvider();
};

void TestKeyResolver::init()
{
    for (const char *var : {"FAL_KEY", "SEGMIND_API_KEY", "FREEPIK_API_KEY"})
        qunsetenv(var);
}

void TestKeyResolver::cleanup()
{
    init();
}

void TestKeyResolver::order()
{
    CountingStore keychain;
    MemorySecretStore session;
    store(&keychain, QStringLiteral("fal"), QStringLiteral("from-keychain"));
    store(&session, QStringLiteral("fal"), QStringLiteral("from-session"));
    store(&session, QStringLiteral("segmind"), QStringLiteral("seg-session"));
    qputenv("FREEPIK_API_KEY", " fp-env ");
    store(&keychain, QStringLiteral("freepik"), QStringLiteral("fp-keychain"));

    KeyResolver keys(&keychain, &session, kProviders);
    QSignalSpy changed(&keys, &KeyResolver::keyChanged);
    keys.load();
    QTRY_COMPARE(changed.count(), 3);
    QCOMPARE(keys.key(QStringLiteral("fal")), QStringLiteral("from-keychain"));
    QCOMPARE(keys.key(QStringLiteral("segmind")), QStringLiteral("seg-session"));
    QCOMPARE(keys.key(QStringLiteral("freepik")), QStringLiteral("fp-env")); // the environment wins
    QVERIFY(!keychain.asked.contains(QStringLiteral("freepik")));           // ... without asking the keychain
}

void TestKeyResolver::lazyLookupAsksForOneProvider()
{
    CountingStore keychain;
    store(&keychain, QStringLiteral("segmind"), QStringLiteral("k"));
    KeyResolver keys(&keychain, nullptr, kProviders);
    QString got;
    bool called = false;
    keys.whenKnown(QStringLiteral("segmind"), this, [&](const QString &key) {
        got = key;
        called = true;
    });
    QTRY_VERIFY(called);
    QCOMPARE(got, QStringLiteral("k"));
    QCOMPARE(keychain.asked, QStringList{QStringLiteral("segmind")});
    // Known now: answered at once.
    bool again = false;
    keys.whenKnown(QStringLiteral("segmind"), this, [&](const QString &) { again = true; });
    QVERIFY(again);
    QCOMPARE(keychain.asked.size(), 1);

    // An environment key is known at once, inside the call.
    qputenv("FAL_KEY", "fal-env");
    QString fal;
    keys.whenKnown(QStringLiteral("fal"), this, [&](const QString &key) { fal = key; });
    QCOMPARE(fal, QStringLiteral("fal-env"));
}

void TestKeyResolver::setKeyAndRemoval()
{
    KeyResolver keys(nullptr, nullptr, kProviders);
    keys.setKey(QStringLiteral("fal"), QStringLiteral("  typed  "));
    QCOMPARE(keys.key(QStringLiteral("fal")), QStringLiteral("typed"));
    qputenv("FAL_KEY", "env-key");
    keys.setKey(QStringLiteral("fal"), QString()); // removed: the environment still applies
    QCOMPARE(keys.key(QStringLiteral("fal")), QStringLiteral("env-key"));
}

void TestKeyResolver::runWithoutKeyFailsClearly()
{
    ProviderRegistry registry;
    QNetworkAccessManager network;
    KeyResolver keys(nullptr, nullptr, kProviders);
    RunFactory factory(&registry, &network, &keys);
    QSignalSpy missing(&factory, &RunFactory::keyMissing);
    JobRequest request;
    request.model.id = QStringLiteral("segmind:bria-reimagine");
    request.model.provider = QStringLiteral("segmind");
    QString error;
    std::unique_ptr<ProviderRun> run(factory.create(request, &error));
    QVERIFY(run);
    QSignalSpy finished(run.get(), &ProviderRun::finished);
    run->start();
    QTRY_COMPARE(finished.count(), 1);
    const JobOutcome outcome = finished.first().first().value<JobOutcome>();
    QCOMPARE(outcome.error, ApiResult::Error::Auth);
    QCOMPARE(outcome.message, QStringLiteral("No API key for Segmind. Add it in Edit \u25b8 Settings\u2026 \u25b8 Keys, "
                                             "or set SEGMIND_API_KEY in the environment."));
    QCOMPARE(missing.count(), 1);
    QCOMPARE(missing.first().first().toString(), QStringLiteral("segmind"));
}

void TestKeyResolver::unknownProvider()
{
    ProviderRegistry registry;
    QNetworkAccessManager network;
    KeyResolver keys(nullptr, nullptr, kProviders);
    RunFactory factory(&registry, &network, &keys);
    JobRequest request;
    request.model.provider = QStringLiteral("comfyui");
    QString error;
    QVERIFY(!factory.create(request, &error));
    QCOMPARE(error, QStringLiteral("Unknown provider \u201ccomfyui\u201d."));
}

QTEST_GUILESS_MAIN(TestKeyResolver)
#include "tst_keyresolver.moc"
