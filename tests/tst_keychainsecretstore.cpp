#include "secrets/keychainsecretstore.h"

#include <QSignalSpy>
#include <QTest>

// Runs against a real Secret Service: scripts/test.sh starts a private D-Bus session with an
// unlocked gnome-keyring in a temporary HOME, so the user's keyring is never touched.
class TestKeychainSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeReadRemove();
    void missingKeyIsEmptyNotError();
    void memoryStore();

private:
    template<typename Call>
    QStringList wait(Call call)
    {
        QStringList result;
        bool done = false;
        call([&](const QString &a, const QString &b) { result = {a, b}; done = true; });
        if (!QTest::qWaitFor([&] { return done; }, 15000))
            return {QStringLiteral("<timeout>"), QStringLiteral("<timeout>")};
        return result;
    }
};

void TestKeychainSecretStore::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        QSKIP("No D-Bus session: run through scripts/test.sh, which starts one with a keyring.");
}

void TestKeychainSecretStore::writeReadRemove()
{
    KeychainSecretStore store(QStringLiteral("reimagine-studio-test"));
    QString writeError = QStringLiteral("pending");
    store.writeKey(QStringLiteral("fal"), QStringLiteral("secret-123"), this,
                   [&](const QString &error) { writeError = error; });
    QTRY_VERIFY_WITH_TIMEOUT(writeError != QLatin1String("pending"), 15000);
    QVERIFY2(writeError.isEmpty(), qPrintable(writeError));

    const QStringList read = wait([&](auto done) {
        store.readKey(QStringLiteral("fal"), this, [done](const QString &key, const QString &error) { done(key, error); });
    });
    QCOMPARE(read, (QStringList{QStringLiteral("secret-123"), QString()}));

    QString removeError = QStringLiteral("pending");
    store.removeKey(QStringLiteral("fal"), this, [&](const QString &error) { removeError = error; });
    QTRY_VERIFY_WITH_TIMEOUT(removeError != QLatin1String("pending"), 15000);
    QVERIFY(removeError.isEmpty());
    const QStringList after = wait([&](auto done) {
        store.readKey(QStringLiteral("fal"), this, [done](const QString &key, const QString &error) { done(key, error); });
    });
    QCOMPARE(after, (QStringList{QString(), QString()}));
}

void TestKeychainSecretStore::missingKeyIsEmptyNotError()
{
    KeychainSecretStore store(QStringLiteral("reimagine-studio-test"));
    const QStringList read = wait([&](auto done) {
        store.readKey(QStringLiteral("freepik"), this, [done](const QString &key, const QString &error) { done(key, error); });
    });
    QCOMPARE(read, (QStringList{QString(), QString()}));
}

void TestKeychainSecretStore::memoryStore()
{
    MemorySecretStore store;
    QVERIFY(!store.isPersistent());
    bool written = false;
    store.writeKey(QStringLiteral("segmind"), QStringLiteral("k"), this, [&](const QString &) { written = true; });
    QTRY_VERIFY(written);
    const QStringList read = wait([&](auto done) {
        store.readKey(QStringLiteral("segmind"), this, [done](const QString &key, const QString &error) { done(key, error); });
    });
    QCOMPARE(read.first(), QStringLiteral("k"));
}


QTEST_GUILESS_MAIN(TestKeychainSecretStore)
#include "tst_keychainsecretstore.moc"
