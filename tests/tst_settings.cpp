#include "settings/settings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void defaults_data();
    void defaults();
    void names();
    void roundTrip_data();
    void roundTrip();
    void persistsAcrossInstances();
    void clampsAndRejects_data();
    void clampsAndRejects();
    void changedSignal();
    void resetToDefault();
    void junkInFileFallsBack();
    void costConfirmation();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_storage;
    QString m_file;
};

using Key = Settings::Key;

void TestSettings::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(QStringLiteral("settings.ini"));
    m_storage = std::make_unique<QSettings>(m_file, QSettings::IniFormat);
}

void TestSettings::cleanup()
{
    m_storage.reset();
    m_dir.reset();
}

void TestSettings::defaults_data()
{
    QTest::addColumn<Key>("key");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("global concurrency") << Key::GlobalConcurrency << QVariant(4);
    QTest::newRow("per provider") << Key::PerProviderConcurrency << QVariant(2);
    QTest::newRow("confirm costs") << Key::ConfirmCosts << QVariant(true);
    QTest::newRow("confirm above") << Key::ConfirmAboveUsd << QVariant(0.50);
    QTest::newRow("daily budget") << Key::DailyBudgetUsd << QVariant(0.0);
    QTest::newRow("max upload side") << Key::MaxUploadSide << QVariant(2048);
    QTest::newRow("session keys") << Key::AllowSessionOnlyKeys << QVariant(true);
    QTest::newRow("output format") << Key::OutputFormat << QVariant(QStringLiteral("png"));
    QTest::newRow("output folder") << Key::OutputFolder << QVariant(QString());
}

void TestSettings::defaults()
{
    QFETCH(Key, key);
    QFETCH(QVariant, expected);
    Settings settings(m_storage.get());
    QCOMPARE(settings.value(key), expected);
    QCOMPARE(Settings::defaultValue(key), expected);
    QVERIFY(settings.isDefault(key));

    QCOMPARE(settings.globalConcurrency(), 4);
    QCOMPARE(settings.perProviderConcurrency(), 2);
    QCOMPARE(settings.confirmAboveUsd(), 0.50);
    QCOMPARE(settings.dailyBudgetUsd(), 0.0);
    QVERIFY(!settings.hasDailyBudget());
    QCOMPARE(settings.maxUploadSide(), 2048);
    QVERIFY(settings.allowSessionOnlyKeys());
}

void TestSettings::names()
{
    QCOMPARE(Settings::name(Key::GlobalConcurrency), QStringLiteral("Jobs/GlobalConcurrency"));
    QCOMPARE(Settings::name(Key::PerProviderConcurrency), QStringLiteral("Jobs/PerProviderConcurrency"));
    QCOMPARE(Settings::name(Key::ConfirmAboveUsd), QStringLiteral("Costs/ConfirmAbove"));
    QCOMPARE(Settings::name(Key::DailyBudgetUsd), QStringLiteral("Costs/DailyBudget"));
    QCOMPARE(Settings::name(Key::MaxUploadSide), QStringLiteral("Images/MaxUploadSide"));
    QCOMPARE(Settings::name(Key::AllowSessionOnlyKeys), QStringLiteral("Keys/AllowSessionOnly"));
    // Every key in the table once, every name "Group/Key", no secrets.
    QSet<QString> seen;
    for (const Settings::Definition &d : Settings::definitions()) {
        const QString name = QLatin1String(d.name);
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.insert(name);
        QCOMPARE(name.count(QLatin1Char('/')), 1);
        QVERIFY2(!name.contains(QLatin1String("ApiKey"), Qt::CaseInsensitive), qPrintable(name));
        QVERIFY(d.defaultValue.isValid());
    }
}

void TestSettings::roundTrip_data()
{
    QTest::addColumn<Key>("key");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("global concurrency") << Key::GlobalConcurrency << QVariant(7);
    QTest::newRow("per provider") << Key::PerProviderConcurrency << QVariant(1);
    QTest::newRow("confirm off") << Key::ConfirmCosts << QVariant(false);
    QTest::newRow("confirm above") << Key::ConfirmAboveUsd << QVariant(1.25);
    QTest::newRow("daily budget") << Key::DailyBudgetUsd << QVariant(5.5);
    QTest::newRow("max upload side") << Key::MaxUploadSide << QVariant(1536);
    QTest::newRow("session keys off") << Key::AllowSessionOnlyKeys << QVariant(false);
    QTest::newRow("output format") << Key::OutputFormat << QVariant(QStringLiteral("webp"));
    QTest::newRow("output folder") << Key::OutputFolder << QVariant(QStringLiteral("/tmp/out"));
}

void TestSettings::roundTrip()
{
    QFETCH(Key, key);
    QFETCH(QVariant, value);
    {
        Settings settings(m_storage.get());
        QVERIFY(settings.setValue(key, value));
        QCOMPARE(settings.value(key), value);
        QVERIFY(!settings.isDefault(key));
        settings.sync();
    }
    // Read back from the file through a fresh QSettings (INI stores everything as text).
    QSettings reread(m_file, QSettings::IniFormat);
    Settings settings(&reread);
    QCOMPARE(settings.value(key), value);
    QCOMPARE(settings.value(key).typeId(), Settings::defaultValue(key).typeId());
}

void TestSettings::persistsAcrossInstances()
{
    {
        Settings settings(m_storage.get());
        settings.setValue(Key::GlobalConcurrency, 3);
        settings.setValue(Key::DailyBudgetUsd, 2.0);
        settings.sync();
    }
    QSettings reread(m_file, QSettings::IniFormat);
    Settings settings(&reread);
    QCOMPARE(settings.globalConcurrency(), 3);
    QCOMPARE(settings.dailyBudgetUsd(), 2.0);
    QVERIFY(settings.hasDailyBudget());
}

void TestSettings::clampsAndRejects_data()
{
    QTest::addColumn<Key>("key");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QVariant>("expected");
    QTest::newRow("concurrency too high") << Key::GlobalConcurrency << QVariant(99) << true << QVariant(16);
    QTest::newRow("concurrency zero") << Key::GlobalConcurrency << QVariant(0) << true << QVariant(1);
    QTest::newRow("int from text") << Key::MaxUploadSide << QVariant(QStringLiteral("1024")) << true << QVariant(1024);
    QTest::newRow("int from garbage") << Key::MaxUploadSide << QVariant(QStringLiteral("big")) << false << QVariant(2048);
    QTest::newRow("negative budget") << Key::DailyBudgetUsd << QVariant(-3.0) << true << QVariant(0.0);
    QTest::newRow("nan") << Key::ConfirmAboveUsd << QVariant(qQNaN()) << false << QVariant(0.50);
    QTest::newRow("bool from text") << Key::ConfirmCosts << QVariant(QStringLiteral("false")) << true << QVariant(false);
    QTest::newRow("bool from garbage") << Key::ConfirmCosts << QVariant(QStringLiteral("maybe")) << false << QVariant(true);
    QTest::newRow("unknown format") << Key::OutputFormat << QVariant(QStringLiteral("bmp")) << false << QVariant(QStringLiteral("png"));
    QTest::newRow("format case") << Key::OutputFormat << QVariant(QStringLiteral("JPEG")) << true << QVariant(QStringLiteral("jpeg"));
    QTest::newRow("invalid variant") << Key::GlobalConcurrency << QVariant() << false << QVariant(4);
}

void TestSettings::clampsAndRejects()
{
    QFETCH(Key, key);
    QFETCH(QVariant, value);
    QFETCH(bool, accepted);
    QFETCH(QVariant, expected);
    Settings settings(m_storage.get());
    QCOMPARE(settings.setValue(key, value), accepted);
    QCOMPARE(settings.value(key), expected);
}

void TestSettings::changedSignal()
{
    Settings settings(m_storage.get());
    QSignalSpy spy(&settings, &Settings::changed);
    settings.setValue(Key::GlobalConcurrency, 6);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Key>(), Key::GlobalConcurrency);
    settings.setValue(Key::GlobalConcurrency, 6);   // unchanged: no signal
    QCOMPARE(spy.count(), 1);
    settings.setValue(Key::ConfirmAboveUsd, 0.5);   // the default: no change either
    QCOMPARE(spy.count(), 1);
    settings.setValue(Key::ConfirmAboveUsd, 0.75);
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.at(1).at(0).value<Key>(), Key::ConfirmAboveUsd);
    settings.setValue(Key::MaxUploadSide, QStringLiteral("nonsense"));   // refused: no signal
    QCOMPARE(spy.count(), 2);
}

void TestSettings::resetToDefault()
{
    Settings settings(m_storage.get());
    settings.setValue(Key::PerProviderConcurrency, 5);
    QSignalSpy spy(&settings, &Settings::changed);
    settings.reset(Key::PerProviderConcurrency);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(settings.perProviderConcurrency(), 2);
    QVERIFY(settings.isDefault(Key::PerProviderConcurrency));
    QVERIFY(!m_storage->contains(QStringLiteral("Jobs/PerProviderConcurrency")));
    settings.reset(Key::PerProviderConcurrency);
    QCOMPARE(spy.count(), 1);
}

void TestSettings::junkInFileFallsBack()
{
    m_storage->setValue(QStringLiteral("Jobs/GlobalConcurrency"), QStringLiteral("lots"));
    m_storage->setValue(QStringLiteral("Costs/DailyBudget"), QStringLiteral("1e9"));
    m_storage->setValue(QStringLiteral("Keys/AllowSessionOnly"), QStringLiteral("false"));
    Settings settings(m_storage.get());
    QCOMPARE(settings.globalConcurrency(), 4);
    QCOMPARE(settings.dailyBudgetUsd(), 100000.0);
    QVERIFY(!settings.allowSessionOnlyKeys());
}

void TestSettings::costConfirmation()
{
    Settings settings(m_storage.get());
    QVERIFY(!settings.needsCostConfirmation(0.04));
    QVERIFY(settings.needsCostConfirmation(0.51));
    settings.setValue(Key::ConfirmCosts, false);
    QVERIFY(!settings.needsCostConfirmation(10.0));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
