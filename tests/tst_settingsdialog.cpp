#include "dialogs/settingsdialog.h"

#include "fakeproviderserver.h"
#include "secrets/secretstore.h"
#include "session/costledger.h"
#include "settings/settings.h"
#include "testenvironment.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <memory>

namespace {

// A keychain with no back end: every write fails like QtKeychain does without a secret service.
class BrokenKeychain final : public SecretStore
{
public:
    using SecretStore::SecretStore;

    void readKey(const QString &, QObject *context, ReadCallback callback) override
    {
        QMetaObject::invokeMethod(context, [callback] {
            callback(QString(), QStringLiteral("No keychain service is available (test)."));
        }, Qt::QueuedConnection);
    }
    void writeKey(const QString &, const QString &, QObject *context, WriteCallback callback) override
    {
        ++writes;
        QMetaObject::invokeMethod(context, [callback] {
            callback(QStringLiteral("No keychain service is available (test)."));
        }, Qt::QueuedConnection);
    }
    void removeKey(const QString &, QObject *context, WriteCallback callback) override
    {
        QMetaObject::invokeMethod(context, [callback] {
            callback(QStringLiteral("No keychain service is available (test)."));
        }, Qt::QueuedConnection);
    }
    bool isPersistent() const override { return true; }

    int writes = 0;
};

QString readBack(SecretStore &store, const QString &provider)
{
    QString result;
    bool done = false;
    QObject context;
    store.readKey(provider, &context, [&](const QString &key, const QString &) {
        result = key;
        done = true;
    });
    [&] { QTRY_VERIFY(done); }();
    return result;
}

} // namespace

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsStoredKeys();
    void acceptWritesKeyToKeychain();
    void clearingKeyRemovesIt();
    void brokenKeychainFallsBackToSession();
    void brokenKeychainWithoutSessionFallback();
    void environmentKeyIsReadOnly();
    void showHideToggle();
    void settingsRoundTrip();
    void amountsReadInTheLocale();
    void savingSettingsRoundTrip();
    void settingsFileHoldsNoKey();
    void testKeyAgainstFakeServer();
    void testKeyRejected();
    void cancelWritesNothing();
    void screenshot();

private:
    std::unique_ptr<SettingsDialog> makeDialog(SecretStore *keychain);
    template<typename T>
    T *child(const QString &name) const
    {
        T *widget = m_dialog->findChild<T *>(name);
        if (!widget)
            qWarning("missing child %s", qPrintable(name));
        return widget;
    }
    void waitForKeys();
    void clickOk();

    std::unique_ptr<TestEnvironment> m_env;
    std::unique_ptr<QSettings> m_storage;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MemorySecretStore> m_keychain;
    std::unique_ptr<MemorySecretStore> m_session;
    QNetworkAccessManager m_network; // the session's, in the app
    std::unique_ptr<SettingsDialog> m_dialog;
    QString m_settingsFile;
};

void TestSettingsDialog::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
    QVERIFY2(installTestLanguage(), "REIMAGINE_TEST_LANG names no catalogue");
    m_settingsFile = m_env->path(QStringLiteral("settings.ini"));
}

void TestSettingsDialog::init()
{
    for (const char *key : {"FAL_KEY", "SEGMIND_API_KEY", "FREEPIK_API_KEY"})
        qunsetenv(key);
    QFile::remove(m_settingsFile);
    m_storage = std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(m_storage.get());
    m_keychain = std::make_unique<MemorySecretStore>();
    m_session = std::make_unique<MemorySecretStore>();
}

void TestSettingsDialog::cleanup()
{
    m_dialog.reset();
    m_settings.reset();
    m_storage.reset();
    m_keychain.reset();
    m_session.reset();
}

std::unique_ptr<SettingsDialog> TestSettingsDialog::makeDialog(SecretStore *keychain)
{
    return std::make_unique<SettingsDialog>(m_settings.get(), keychain, m_session.get(), &m_network);
}

void TestSettingsDialog::waitForKeys()
{
    for (const QString &id : SettingsDialog::providerIds())
        QTRY_VERIFY(m_dialog->keySource(id) != SettingsDialog::KeySource::Loading);
}

void TestSettingsDialog::clickOk()
{
    QPushButton *ok = child<QDialogButtonBox>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Ok);
    QVERIFY(ok->isEnabled());
    ok->click();
}

void TestSettingsDialog::showsStoredKeys()
{
    bool written = false;
    QObject context;
    m_keychain->writeKey(QStringLiteral("segmind"), QStringLiteral("sg-stored"), &context,
                         [&](const QString &) { written = true; });
    QTRY_VERIFY(written);
    m_dialog = makeDialog(m_keychain.get());
    m_dialog->show();
    waitForKeys();
    QCOMPARE(child<QLineEdit>(QStringLiteral("segmindKeyEdit"))->text(), QStringLiteral("sg-stored"));
    QCOMPARE(child<QLineEdit>(QStringLiteral("segmindKeyEdit"))->echoMode(), QLineEdit::Password);
    QCOMPARE(child<QLabel>(QStringLiteral("segmindStatusLabel"))->text(), QStringLiteral("Stored in the system keychain"));
    QCOMPARE(child<QLabel>(QStringLiteral("falStatusLabel"))->text(), QStringLiteral("Not set"));
    QVERIFY(child<QLabel>(QStringLiteral("falLinkLabel"))->text().contains(QLatin1String("https://fal.ai/")));
    QVERIFY(child<QLabel>(QStringLiteral("falLinkLabel"))->openExternalLinks());
}

void TestSettingsDialog::acceptWritesKeyToKeychain()
{
    m_dialog = makeDialog(m_keychain.get());
    m_dialog->show();
    waitForKeys();
    QSignalSpy keysChanged(m_dialog.get(), &SettingsDialog::keysChanged);
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QLineEdit *edit = child<QLineEdit>(QStringLiteral("falKeyEdit"));
    QVERIFY(edit->isEnabled() && !edit->isReadOnly());
    QTest::keyClicks(edit, QStringLiteral("fal-secret-123"));
    clickOk();
    QTRY_COMPARE(accepted.count(), 1);
    QCOMPARE(keysChanged.count(), 1);
    QCOMPARE(readBack(*m_keychain, QStringLiteral("fal")), QStringLiteral("fal-secret-123"));
    QCOMPARE(readBack(*m_session, QStringLiteral("fal")), QString());
    QCOMPARE(m_dialog->keySource(QStringLiteral("fal")), SettingsDialog::KeySource::Keychain);
    QCOMPARE(readBack(*m_keychain, QStringLiteral("segmind")), QString());   // untouched
}

void TestSettingsDialog::clearingKeyRemovesIt()
{
    QObject context;
    bool written = false;
    m_keychain->writeKey(QStringLiteral("freepik"), QStringLiteral("fp-old"), &context,
                         [&](const QString &) { written = true; });
    QTRY_VERIFY(written);
    m_dialog = makeDialog(m_keychain.get());
    m_dialog->show();
    waitForKeys();
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    child<QLineEdit>(QStringLiteral("freepikKeyEdit"))->clear();
    clickOk();
    QTRY_COMPARE(accepted.count(), 1);
    QCOMPARE(readBack(*m_keychain, QStringLiteral("freepik")), QString());
    QCOMPARE(m_dialog->keySource(QStringLiteral("freepik")), SettingsDialog::KeySource::NotSet);
}

void TestSettingsDialog::brokenKeychainFallsBackToSession()
{
    BrokenKeychain broken;
    m_dialog = makeDialog(&broken);
    m_dialog->show();
    waitForKeys();
    QCOMPARE(child<QLabel>(QStringLiteral("falStatusLabel"))->text(), QStringLiteral("Not set"));
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QSignalSpy keysChanged(m_dialog.get(), &SettingsDialog::keysChanged);
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("falKeyEdit")), QStringLiteral("fal-session-key"));
    clickOk();
    QTRY_COMPARE(keysChanged.count(), 1);
    QCOMPARE(broken.writes, 1);
    QCOMPARE(readBack(*m_session, QStringLiteral("fal")), QStringLiteral("fal-session-key"));
    QCOMPARE(m_dialog->keySource(QStringLiteral("fal")), SettingsDialog::KeySource::Session);
    QCOMPARE(child<QLabel>(QStringLiteral("falStatusLabel"))->text(),
             QStringLiteral("Kept for this session only: no keychain service is available"));
    // The dialog stays open and says so clearly.
    QCOMPARE(accepted.count(), 0);
    QVERIFY(m_dialog->isVisible());
    QLabel *notice = child<QLabel>(QStringLiteral("keysNoticeLabel"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QLatin1String("fal key")) && notice->text().contains(QLatin1String("forgotten")),
             qPrintable(notice->text()));
    // OK again: nothing left to write, the dialog closes.
    clickOk();
    QTRY_COMPARE(accepted.count(), 1);
    QCOMPARE(broken.writes, 1);

    // Opened again in the same session: the session key is shown with its status.
    m_dialog = makeDialog(&broken);
    m_dialog->show();
    waitForKeys();
    QCOMPARE(child<QLineEdit>(QStringLiteral("falKeyEdit"))->text(), QStringLiteral("fal-session-key"));
    QCOMPARE(child<QLabel>(QStringLiteral("falStatusLabel"))->text(),
             QStringLiteral("Kept for this session only: no keychain service is available"));
}

void TestSettingsDialog::brokenKeychainWithoutSessionFallback()
{
    m_settings->setValue(Settings::Key::AllowSessionOnlyKeys, false);
    BrokenKeychain broken;
    m_dialog = makeDialog(&broken);
    m_dialog->show();
    waitForKeys();
    QVERIFY(!child<QCheckBox>(QStringLiteral("sessionKeysCheck"))->isChecked());
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    QSignalSpy keysChanged(m_dialog.get(), &SettingsDialog::keysChanged);
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("segmindKeyEdit")), QStringLiteral("sg-key"));
    clickOk();
    QTRY_COMPARE(keysChanged.count(), 1);
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(readBack(*m_session, QStringLiteral("segmind")), QString());
    QVERIFY(child<QLabel>(QStringLiteral("segmindStatusLabel"))->text().startsWith(QLatin1String("Not saved")));
}

void TestSettingsDialog::environmentKeyIsReadOnly()
{
    qputenv("FAL_KEY", "fal-from-env");
    m_dialog = makeDialog(m_keychain.get());
    m_dialog->show();
    waitForKeys();
    QLineEdit *edit = child<QLineEdit>(QStringLiteral("falKeyEdit"));
    QVERIFY(edit->isReadOnly());
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QCOMPARE(m_dialog->keySource(QStringLiteral("fal")), SettingsDialog::KeySource::Environment);
    QCOMPARE(child<QLabel>(QStringLiteral("falStatusLabel"))->text(),
             QStringLiteral("From the environment variable FAL_KEY (read-only)"));
    QVERIFY(!child<QLineEdit>(QStringLiteral("segmindKeyEdit"))->isReadOnly());
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    clickOk();
    QTRY_COMPARE(accepted.count(), 1);
    // The environment key is never copied into a store.
    QCOMPARE(readBack(*m_keychain, QStringLiteral("fal")), QString());
    QCOMPARE(readBack(*m_session, QStringLiteral("fal")), QString());
    qunsetenv("FAL_KEY");
}

void TestSettingsDialog::showHideToggle()
{
    m_dialog = makeDialog(m_keychain.get());
    m_dialog->show();
    waitForKeys();
    QLineEdit *edit = child<QLineEdit>(QStringLiteral("freepikKeyEdit"));
    QToolButton *toggle = child<QToolButton>(QStringLiteral("freepikShowButton"));
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    toggle->click();
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QCOMPARE(toggle->text(), QStringLiteral("Hide"));
    toggle->click();
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QCOMPARE(toggle->text(), QStringLiteral("Show"));
}

void TestSettingsDialog::amountsReadInTheLocale()
{
    if (!qEnvironmentVariableIsEmpty("REIMAGINE_TEST_LANG"))
        QSKIP("Checks English and German itself.");
    m_settings->setValue(Settings::Key::DailyBudgetUsd, 4.0);
    m_dialog = makeDialog(m_keychain.get());
    QCOMPARE(child<QDoubleSpinBox>(QStringLiteral("dailyBudgetSpin"))->text(), QStringLiteral("$4.00"));
    m_dialog.reset();

    const QLocale previous;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    m_dialog = makeDialog(m_keychain.get());
    auto *budget = child<QDoubleSpinBox>(QStringLiteral("dailyBudgetSpin"));
    const QString elsewhere = CostLedger::formatUsd(4);
    QLocale::setDefault(previous);
    QCOMPARE(budget->text(), elsewhere); // as the costs read everywhere else
    QCOMPARE(budget->text(), QStringLiteral("4,00\u00a0$"));
    QCOMPARE(child<QDoubleSpinBox>(QStringLiteral("confirmAboveSpin"))->prefix(), QString());
}

void TestSettingsDialog::settingsRoundTrip()
{
    m_settings->setValue(Settings::Key::GlobalConcurrency, 3);
    m_settings->setValue(Settings::Key::DailyBudgetUsd, 4.0);
    m_dialog = makeDialog(m_keychain.get());
    m_dialog->show();
    waitForKeys();
    auto *global = child<QSpinBox>(QStringLiteral("globalConcurrencySpin"));
    auto *perProvider = child<QSpinBox>(QStringLiteral("perProviderSpin"));
    auto *confirm = child<QCheckBox>(QStringLiteral("confirmCostsCheck"));
    auto *confirmAbove = child<QDoubleSpinBox>(QStringLiteral("confirmAboveSpin"));
    auto *budget = child<QDoubleSpinBox>(QStringLiteral("dailyBudgetSpin"));
    QCOMPARE(global->value(), 3);
    QCOMPARE(perProvider->value(), 2);
    QVERIFY(confirm->isChecked());
    QCOMPARE(confirmAbove->value(), 0.50);
    QCOMPARE(budget->value(), 4.0);
    QCOMPARE(global->maximum(), 16);

    QSignalSpy changed(m_settings.get(), &Settings::changed);
    global->setValue(6);
    perProvider->setValue(3);
    confirmAbove->setValue(1.5);
    budget->setValue(0.0);
    QCOMPARE(budget->text(), QStringLiteral("No limit"));
    confirm->setChecked(false);
    QVERIFY(!confirmAbove->isEnabled());
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    clickOk();
    QTRY_COMPARE(accepted.count(), 1);
    QCOMPARE(m_settings->globalConcurrency(), 6);
    QCOMPARE(m_settings->perProviderConcurrency(), 3);
    QCOMPARE(m_settings->confirmAboveUsd(), 1.5);
    QVERIFY(!m_settings->confirmCosts());
    QVERIFY(!m_settings->hasDailyBudget());
    QCOMPARE(changed.count(), 5);
}

void TestSettingsDialog::savingSettingsRoundTrip()
{
    m_settings->setValue(Settings::Key::OutputFormat, QStringLiteral("webp"));
    m_dialog = makeDialog(m_keychain.get());
    m_dialog->show();
    waitForKeys();
    auto *format = child<QComboBox>(QStringLiteral("outputFormatCombo"));
    auto *folder = child<QLineEdit>(QStringLiteral("outputFolderEdit"));
    QCOMPARE(format->currentData().toString(), QStringLiteral("webp"));
    QVERIFY(folder->text().isEmpty());
    format->setCurrentIndex(format->findData(QStringLiteral("jpeg")));
    folder->setText(QStringLiteral("/tmp/designs"));
    QSignalSpy accepted(m_dialog.get(), &QDialog::accepted);
    clickOk();
    QTRY_COMPARE(accepted.count(), 1);
    QCOMPARE(m_settings->outputFormat(), QStringLiteral("jpeg"));
    QCOMPARE(m_settings->outputFolder(), QStringLiteral("/tmp/designs"));
}

void TestSettingsDialog::settingsFileHoldsNoKey()
{
    BrokenKeychain broken;   // also the session fallback path must not leak into the file
    for (SecretStore *keychain : {static_cast<SecretStore *>(m_keychain.get()), static_cast<SecretStore *>(&broken)}) {
        m_dialog = makeDialog(keychain);
        m_dialog->show();
        waitForKeys();
        QSignalSpy keysChanged(m_dialog.get(), &SettingsDialog::keysChanged);
        for (const QString &id : SettingsDialog::providerIds()) {
            QLineEdit *edit = child<QLineEdit>(id + QLatin1String("KeyEdit"));
            edit->clear();
            QTest::keyClicks(edit, QStringLiteral("SECRET-%1-do-not-store").arg(id));
        }
        child<QSpinBox>(QStringLiteral("globalConcurrencySpin"))->setValue(5);
        clickOk();
        QTRY_COMPARE(keysChanged.count(), 1);
        m_dialog.reset();
        m_settings->sync();
        m_storage->sync();
        QFile file(m_settingsFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(content.contains("GlobalConcurrency=5"), content.constData());
        QVERIFY2(!content.contains("SECRET"), content.constData());
        QVERIFY(!content.contains("do-not-store"));
    }
}

void TestSettingsDialog::testKeyAgainstFakeServer()
{
    FakeProviderServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    server.setKeys(QStringLiteral("fal-good"), QStringLiteral("sg-good"), QStringLiteral("fp-good"));
    for (const auto &[name, value] : server.environment()) {
        if (name.startsWith("REIMAGINE_"))
            qputenv(name.constData(), value);
    }
    m_dialog = makeDialog(m_keychain.get());
    m_dialog->show();
    waitForKeys();

    const QList<std::pair<QString, QString>> keys{{QStringLiteral("fal"), QStringLiteral("fal-good")},
                                                  {QStringLiteral("segmind"), QStringLiteral("sg-good")},
                                                  {QStringLiteral("freepik"), QStringLiteral("fp-good")}};
    for (const auto &[id, key] : keys) {
        QTest::keyClicks(child<QLineEdit>(id + QLatin1String("KeyEdit")), key);
        QPushButton *test = child<QPushButton>(id + QLatin1String("TestButton"));
        QLabel *result = child<QLabel>(id + QLatin1String("TestResultLabel"));
        test->click();
        // Asynchronous: the dialog keeps running while the check is under way.
        QCOMPARE(test->text(), QStringLiteral("Testing\u2026"));
        QVERIFY(!test->isEnabled());
        QTRY_VERIFY(result->isVisible());
        QVERIFY2(result->text().startsWith(QStringLiteral("\u2713 Key OK")), qPrintable(result->text()));
        QCOMPARE(test->text(), QStringLiteral("Test key"));
        QVERIFY(test->isEnabled());
    }
    QCOMPARE(server.requests().size(), 3);
    // Testing a key does not store it.
    QCOMPARE(readBack(*m_keychain, QStringLiteral("fal")), QString());
}

void TestSettingsDialog::testKeyRejected()
{
    FakeProviderServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    for (const auto &[name, value] : server.environment()) {
        if (name.startsWith("REIMAGINE_"))
            qputenv(name.constData(), value);
    }
    m_dialog = makeDialog(m_keychain.get());
    m_dialog->show();
    waitForKeys();
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("segmindKeyEdit")), QStringLiteral("wrong"));
    child<QPushButton>(QStringLiteral("segmindTestButton"))->click();
    QLabel *result = child<QLabel>(QStringLiteral("segmindTestResultLabel"));
    QTRY_VERIFY(result->isVisible());
    QCOMPARE(result->text(), QStringLiteral("\u2717 Segmind rejected this key."));
    // Editing the key clears the old verdict.
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("segmindKeyEdit")), QStringLiteral("x"));
    QVERIFY(!result->isVisible());
}

void TestSettingsDialog::cancelWritesNothing()
{
    m_dialog = makeDialog(m_keychain.get());
    m_dialog->show();
    waitForKeys();
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("falKeyEdit")), QStringLiteral("typed"));
    child<QSpinBox>(QStringLiteral("globalConcurrencySpin"))->setValue(9);
    child<QDialogButtonBox>(QStringLiteral("buttonBox"))->button(QDialogButtonBox::Cancel)->click();
    QVERIFY(!m_dialog->isVisible());
    QCOMPARE(readBack(*m_keychain, QStringLiteral("fal")), QString());
    QCOMPARE(m_settings->globalConcurrency(), 4);
}

void TestSettingsDialog::screenshot()
{
    const QString dir = qEnvironmentVariable("REIMAGINE_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("Set REIMAGINE_SCREENSHOT_DIR to save screenshots.");
    qputenv("FREEPIK_API_KEY", "fp-env");
    BrokenKeychain broken;
    m_dialog = makeDialog(&broken);
    m_dialog->show();
    waitForKeys();
    QVERIFY(m_dialog->grab().save(dir + QLatin1String("/settings-keys.png")));
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("falKeyEdit")), QStringLiteral("fal-key"));
    QTest::keyClicks(child<QLineEdit>(QStringLiteral("segmindKeyEdit")), QStringLiteral("wrong"));
    QSignalSpy keysChanged(m_dialog.get(), &SettingsDialog::keysChanged);
    clickOk();
    QTRY_COMPARE(keysChanged.count(), 1);
    FakeProviderServer server;
    QVERIFY2(server.start(), qPrintable(server.errorString()));
    for (const auto &[name, value] : server.environment()) {
        if (name.startsWith("REIMAGINE_"))
            qputenv(name.constData(), value);
    }
    server.setKeys(QStringLiteral("fal-key"), QStringLiteral("right"), QString());
    child<QPushButton>(QStringLiteral("falTestButton"))->click();
    child<QPushButton>(QStringLiteral("segmindTestButton"))->click();
    QTRY_VERIFY(child<QLabel>(QStringLiteral("falTestResultLabel"))->isVisible());
    QTRY_VERIFY(child<QLabel>(QStringLiteral("segmindTestResultLabel"))->isVisible());
    QVERIFY(m_dialog->grab().save(dir + QLatin1String("/settings-keys-session.png")));
    child<QTabWidget>(QStringLiteral("tabs"))->setCurrentIndex(1);
    QVERIFY(m_dialog->grab().save(dir + QLatin1String("/settings-jobs.png")));
    qunsetenv("FREEPIK_API_KEY");
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
