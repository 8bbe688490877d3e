#include "schema/modelcatalog.h"
#include "session/costledger.h"
#include "settings/settings.h"

#include <QLocale>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// The money side of every run: estimates, charges, totals, the confirmation threshold and the
// daily budget.
class TestCostLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void estimates_data();
    void estimates();
    void chargeOf();
    void totalsAndLastCharge();
    void todayFollowsTheCalendarDay();
    void confirmationThreshold();
    void dailyBudgetRefusesWithFigures();
    void unknownPriceCountsAsLastCharge();
    void maxCostForOneRun();
    void moneyInTheLocale();

private:
    const ModelSpec &model(const QString &id) const { return *m_catalog.model(id); }

    ModelCatalog m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_storage;
    std::unique_ptr<Settings> m_settings;
};

namespace {
const QString Bria = QStringLiteral("fal:bria/reimagine/3.2");
const QString Ideogram = QStringLiteral("fal:fal-ai/ideogram/v3/remix");
const QString Segmind = QStringLiteral("segmind:bria-reimagine");
} // namespace

void TestCostLedger::initTestCase()
{
    m_catalog.reload();
}

void TestCostLedger::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_storage = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    m_settings = std::make_unique<Settings>(m_storage.get());
}

void TestCostLedger::cleanup()
{
    m_settings.reset();
    m_storage.reset();
    m_dir.reset();
}

void TestCostLedger::estimates_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QJsonObject>("values");
    QTest::addColumn<double>("usd"); // < 0: unknown
    QTest::newRow("bria") << Bria << QJsonObject() << 0.04;
    QTest::newRow("ideogram turbo x2")
        << Ideogram
        << QJsonObject{{QStringLiteral("rendering_speed"), QStringLiteral("TURBO")}, {QStringLiteral("num_images"), 2}}
        << 0.06;
    QTest::newRow("ideogram quality") << Ideogram << QJsonObject{{QStringLiteral("rendering_speed"), QStringLiteral("QUALITY")}}
                                      << 0.09;
    QTest::newRow("segmind") << Segmind << QJsonObject() << -1.0;
}

void TestCostLedger::estimates()
{
    QFETCH(QString, id);
    QFETCH(QJsonObject, values);
    QFETCH(double, usd);
    CostLedger ledger(m_settings.get());
    const CostLedger::Estimate e = ledger.estimateRun(model(id), values);
    QCOMPARE(e.modelId, id);
    if (usd < 0) {
        QVERIFY(!e.usd);
        QCOMPARE(e.budgetUsd, 0.0);
    } else {
        QVERIFY(e.usd);
        QVERIFY(qFuzzyCompare(*e.usd, usd));
        QVERIFY(qFuzzyCompare(e.budgetUsd, usd));
    }
}

void TestCostLedger::chargeOf()
{
    JobOutcome reported;
    reported.costUsd = 0.012;
    QCOMPARE(*CostLedger::chargeOf(model(Segmind), {}, JobState::Done, reported), 0.012);
    // fal reports no charge: a delivered result costs its estimate, a failure nothing.
    QCOMPARE(*CostLedger::chargeOf(model(Bria), {}, JobState::Done, JobOutcome()), 0.04);
    QVERIFY(!CostLedger::chargeOf(model(Bria), {}, JobState::Failed, JobOutcome()));
    QVERIFY(!CostLedger::chargeOf(model(Segmind), {}, JobState::Done, JobOutcome()));
    // A result that arrived but could not be saved was still paid for.
    JobOutcome arrived;
    arrived.error = ApiResult::Error::Protocol;
    arrived.outputs.append(OutputImage());
    QCOMPARE(*CostLedger::chargeOf(model(Bria), {}, JobState::Failed, arrived), 0.04);
}

void TestCostLedger::totalsAndLastCharge()
{
    CostLedger ledger(m_settings.get());
    QSignalSpy changed(&ledger, &CostLedger::totalsChanged);
    ledger.setHistoryTotals(QDate::currentDate(), 1.5, {{Segmind, 0.02}});
    QCOMPARE(ledger.todayTotal(), 1.5);
    QCOMPARE(ledger.sessionTotal(), 0.0);
    QCOMPARE(*ledger.lastCharge(Segmind), 0.02);
    ledger.recordCharge(Segmind, 0.012);
    ledger.recordCharge(Bria, 0.04);
    QVERIFY(qFuzzyCompare(ledger.sessionTotal(), 0.052));
    QVERIFY(qFuzzyCompare(ledger.todayTotal(), 1.552));
    QCOMPARE(*ledger.lastCharge(Segmind), 0.012); // this session's is newer
    // A late answer from the history does not overwrite what this session charged.
    ledger.setHistoryTotals(QDate::currentDate(), 1.5, {{Segmind, 0.5}});
    QCOMPARE(*ledger.lastCharge(Segmind), 0.012);
    QCOMPARE(changed.count(), 4);
}

// Today is the local calendar day: yesterday's spending and charges do not count, also for a
// session that runs across midnight.
void TestCostLedger::todayFollowsTheCalendarDay()
{
    CostLedger ledger(m_settings.get());
    const QDate today = QDate::currentDate();
    ledger.setHistoryTotals(today.addDays(-1), 3.0, {});
    QCOMPARE(ledger.todayTotal(), 0.0);
    ledger.recordCharge(Bria, 0.04, QDateTime(today.addDays(-1), QTime(23, 59, 30)));
    ledger.recordCharge(Bria, 0.04, QDateTime(today, QTime(0, 0, 30)));
    QCOMPARE(ledger.todayTotal(), 0.04);
    QVERIFY(qFuzzyCompare(ledger.sessionTotal(), 0.08));
}

void TestCostLedger::confirmationThreshold()
{
    CostLedger ledger(m_settings.get());
    m_settings->setValue(Settings::Key::ConfirmAboveUsd, 0.10);
    const CostLedger::Estimate bria = ledger.estimateRun(model(Bria), {});
    QVERIFY(!ledger.check({bria}).needsConfirmation);
    QVERIFY(!ledger.check({bria, bria}).needsConfirmation);
    const CostLedger::Check three = ledger.check({bria, bria, bria});
    QVERIFY(three.needsConfirmation);
    QVERIFY(three.allowed());
    QCOMPARE(three.summary, QStringLiteral("about $0.12"));
    m_settings->setValue(Settings::Key::ConfirmCosts, false);
    QVERIFY(!ledger.check({bria, bria, bria}).needsConfirmation);
}

void TestCostLedger::dailyBudgetRefusesWithFigures()
{
    CostLedger ledger(m_settings.get());
    m_settings->setValue(Settings::Key::DailyBudgetUsd, 1.0);
    ledger.setHistoryTotals(QDate::currentDate(), 0.9, {});
    const CostLedger::Estimate bria = ledger.estimateRun(model(Bria), {});
    QVERIFY(ledger.check({bria, bria}).allowed());
    const CostLedger::Check over = ledger.check({bria, bria, bria});
    QVERIFY(!over.allowed());
    QCOMPARE(over.refusal, QStringLiteral("This would bring today's spending to $1.02, over your daily budget of "
                                          "$1.00 (spent today: $0.90; this: $0.12). Raise the budget in Settings "
                                          "or wait until tomorrow."));
    ledger.recordCharge(Bria, 0.04);
    QVERIFY(!ledger.check({bria, bria}).allowed()); // 0.94 spent now
    QVERIFY(ledger.check({bria}).allowed());
    // A run in flight counts with its estimate until it ends.
    ledger.reserve(QStringLiteral("job-1"), 0.04);
    QVERIFY(!ledger.check({bria}).allowed());
    ledger.release(QStringLiteral("job-1"));
    QVERIFY(ledger.check({bria}).allowed());
}

void TestCostLedger::unknownPriceCountsAsLastCharge()
{
    CostLedger ledger(m_settings.get());
    m_settings->setValue(Settings::Key::DailyBudgetUsd, 0.5);
    CostLedger::Estimate segmind = ledger.estimateRun(model(Segmind), {});
    QVERIFY(!segmind.usd);
    QCOMPARE(segmind.budgetUsd, 0.0);
    CostLedger::Check check = ledger.check({segmind});
    QCOMPARE(check.summary, QStringLiteral("an unknown price"));
    QCOMPARE(check.unknownCount, 1);

    ledger.setHistoryTotals(QDate::currentDate(), 0.45, {{Segmind, 0.1}});
    segmind = ledger.estimateRun(model(Segmind), {});
    QVERIFY(segmind.fromLastCharge);
    QCOMPARE(segmind.budgetUsd, 0.1);
    check = ledger.check({segmind, ledger.estimateRun(model(Bria), {})});
    QCOMPARE(check.summary, QStringLiteral("about $0.04 + 1 run(s) of unknown price"));
    QVERIFY(!check.allowed()); // 0.45 + 0.1 + 0.04 > 0.5
}

void TestCostLedger::maxCostForOneRun()
{
    CostLedger ledger(m_settings.get());
    const CostLedger::Estimate quality =
        ledger.estimateRun(model(Ideogram), {{QStringLiteral("rendering_speed"), QStringLiteral("QUALITY")}});
    QVERIFY(ledger.check({quality}, 0.10).allowed());
    const CostLedger::Check refused = ledger.check({quality}, 0.05);
    QVERIFY(!refused.allowed());
    QCOMPARE(refused.refusal, QStringLiteral("This run costs about $0.09, more than the limit of $0.05."));
    const CostLedger::Check unknown = ledger.check({ledger.estimateRun(model(Segmind), {})}, 1.0);
    QVERIFY(!unknown.allowed());
    QCOMPARE(unknown.refusal, QStringLiteral("The price of Bria Reimagine (Segmind) is unknown, so it cannot be held "
                                             "under the limit of $1.00."));
}

void TestCostLedger::moneyInTheLocale()
{
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    const QString german = CostLedger::formatUsd(0.04);
    const CostLedger::UsdAffixes germanAffixes = CostLedger::usdAffixes();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    const QString english = CostLedger::formatUsd(1234.5);
    const CostLedger::UsdAffixes englishAffixes = CostLedger::usdAffixes();
    QLocale::setDefault(saved);
    QCOMPARE(german, QStringLiteral("0,04\u00a0$"));
    QCOMPARE(english, QStringLiteral("$1,234.50"));
    // An amount field puts the same marks around its number.
    QCOMPARE(germanAffixes.prefix, QString());
    QCOMPARE(germanAffixes.suffix, QStringLiteral("\u00a0$"));
    QCOMPARE(englishAffixes.prefix, QStringLiteral("$"));
    QCOMPARE(englishAffixes.suffix, QString());
    QCOMPARE(CostLedger::formatUsd(0.005), QStringLiteral("$0.005"));
}

QTEST_GUILESS_MAIN(TestCostLedger)
#include "tst_costledger.moc"
