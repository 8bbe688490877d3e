// Every run a designer starts is priced, refused over the budget and confirmed above the limit,
// through the real window against the fake provider server: Generate, a comparison, a retry.
// What was confirmed is what is sent, whatever happens in the form meanwhile.

#include "mainwindow.h"

#include "fakeproviderserver.h"
#include "testenvironment.h"

#include "forms/schemaform.h"
#include "jobs/job.h"
#include "panels/comparesetup.h"
#include "schema/modelcatalog.h"
#include "secrets/secretstore.h"
#include "session/studiosession.h"
#include "settings/settings.h"

#include <QAbstractButton>
#include <QJsonDocument>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace {
const QString Bria = QStringLiteral("fal:bria/reimagine/3.2");
const QString Segmind = QStringLiteral("segmind:bria-reimagine");
const QString Freepik = QStringLiteral("freepik:reimagine-flux");
const QString SamplePath = QStringLiteral(REIMAGINE_SOURCE_DIR "/resources/samples/sample-sketch.png");
constexpr int JobTimeoutMs = 30000;
} // namespace

class TestCostGate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void confirmedRunIsTheOneSent();
    void cancelSendsNothing();
    void overBudgetIsRefusedInTheBanner();
    void comparisonAsksAboveTheLimit();
    void retryOfAPossiblyChargedRunSaysSo();

private:
    QMessageBox *question() const;
    QList<QJsonObject> submitsTo(const QString &path) const;

    std::unique_ptr<TestEnvironment> m_env;
    FakeProviderServer *m_server = nullptr;
    ModelCatalog *m_catalog = nullptr;
    MemorySecretStore *m_keys = nullptr;
    StudioSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
};

void TestCostGate::initTestCase()
{
    m_env = std::make_unique<TestEnvironment>();
    qputenv("HOME", m_env->path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Reimagine Studio Tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_costgate"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_env->path(QStringLiteral("config")));
    qputenv("REIMAGINE_POLL_INTERVAL_MS", "40");
    m_server = new FakeProviderServer(this);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    for (const auto &pair : m_server->environment())
        qputenv(pair.first.constData(), pair.second);
    m_server->setFalScript({QStringLiteral("IN_QUEUE:1"), QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")});
    m_catalog = new ModelCatalog(QString(), this);
    m_catalog->reload();
}

void TestCostGate::init()
{
    QSettings().clear();
    m_server->clearRequests();
    m_server->clearFaults();
    m_keys = new MemorySecretStore;
    m_session = new StudioSession(m_catalog, nullptr, m_keys, m_env->path(QStringLiteral("data-%1").arg(QLatin1String(QTest::currentTestFunction()))));
    m_session->settings()->setValue(Settings::Key::ConfirmAboveUsd, 0.01); // every priced run asks
    m_window = new MainWindow(m_catalog, m_session);
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(m_window->loadSketch(SamplePath));
}

void TestCostGate::cleanup()
{
    delete m_window;
    m_window = nullptr;
    delete m_session;
    m_session = nullptr;
    delete m_keys;
    m_keys = nullptr;
}

QMessageBox *TestCostGate::question() const
{
    return m_window->findChild<QMessageBox *>(QStringLiteral("costConfirmation"));
}

QList<QJsonObject> TestCostGate::submitsTo(const QString &path) const
{
    QList<QJsonObject> bodies;
    for (const RecordedRequest &request : m_server->requestsTo(path)) {
        if (request.method == "POST")
            bodies.append(QJsonDocument::fromJson(request.body).object());
    }
    return bodies;
}

void TestCostGate::confirmedRunIsTheOneSent()
{
    QVERIFY(m_window->selectModel(Bria));
    m_window->form()->setFieldValue(QStringLiteral("prompt"), QStringLiteral("the confirmed prompt"));
    m_window->form()->setFieldValue(QStringLiteral("num_inference_steps"), 44);
    m_window->generate();
    QMessageBox *box = question();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("about $0.04")), qPrintable(box->text()));
    QCOMPARE(box->button(QMessageBox::Yes)->text(), QStringLiteral("Run for $0.04"));
    QVERIFY(m_session->jobs().isEmpty());

    // While the question is open the designer edits the form and even switches the model.
    m_window->form()->setFieldValue(QStringLiteral("prompt"), QStringLiteral("edited afterwards"));
    m_window->form()->setFieldValue(QStringLiteral("num_inference_steps"), 21);
    QVERIFY(m_window->selectModel(Segmind));
    box->button(QMessageBox::Yes)->click();

    QCOMPARE(m_session->jobs().size(), 1);
    Job *job = m_session->jobs().constFirst();
    QCOMPARE(job->request().model.id, Bria);
    QTRY_COMPARE_WITH_TIMEOUT(job->state(), JobState::Done, JobTimeoutMs);
    const QList<QJsonObject> sent = submitsTo(QStringLiteral("/fal-queue/bria/reimagine/3.2"));
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().value(QLatin1String("prompt")).toString(), QStringLiteral("the confirmed prompt"));
    QCOMPARE(sent.first().value(QLatin1String("num_inference_steps")).toInt(), 44);
    QVERIFY(submitsTo(QStringLiteral("/segmind/v1/")).isEmpty());
}

void TestCostGate::cancelSendsNothing()
{
    QVERIFY(m_window->selectModel(Bria));
    m_window->form()->setFieldValue(QStringLiteral("prompt"), QStringLiteral("a chair"));
    m_window->generate();
    QMessageBox *box = question();
    QVERIFY(box);
    box->button(QMessageBox::Cancel)->click();
    QTRY_VERIFY(!question());
    QVERIFY(m_session->jobs().isEmpty());
    QVERIFY(m_server->requests().isEmpty());
}

void TestCostGate::overBudgetIsRefusedInTheBanner()
{
    m_session->settings()->setValue(Settings::Key::DailyBudgetUsd, 0.03);
    QVERIFY(m_window->selectModel(Bria));
    m_window->form()->setFieldValue(QStringLiteral("prompt"), QStringLiteral("a chair"));
    m_window->generate();
    QVERIFY(!question());
    QCOMPARE(m_window->bannerText(),
             QStringLiteral("Nothing was sent. This would bring today's spending to $0.04, over your daily budget of "
                            "$0.03 (spent today: $0.00; this: $0.04). Raise the budget in Settings or wait until tomorrow."));
    QVERIFY(m_session->jobs().isEmpty());
    QVERIFY(m_server->requests().isEmpty());
}

void TestCostGate::comparisonAsksAboveTheLimit()
{
    m_window->setCompareMode(true);
    CompareSetup *setup = m_window->compareSetup();
    setup->setSelectedModelIds({Bria, Segmind});
    setup->setPrompt(QStringLiteral("a lamp"));
    m_window->runComparison();
    QMessageBox *box = question();
    QVERIFY(box);
    QVERIFY2(box->text().startsWith(QStringLiteral("This comparison of 2 model(s) costs about $0.04 + 1 run(s) of unknown price")),
             qPrintable(box->text()));
    QVERIFY(m_session->jobs().isEmpty());
    box->button(QMessageBox::Yes)->click();
    QCOMPARE(m_session->jobs().size(), 2);
    QCOMPARE(m_window->compareJobs().size(), 2);
}

// Segmind made the image but the answer was lost: retrying says it may be charged again.
void TestCostGate::retryOfAPossiblyChargedRunSaysSo()
{
    m_session->settings()->setValue(Settings::Key::ConfirmCosts, false); // only the lost answer asks
    m_server->addFault(FakeFault::lostAnswer(FakeFault::Kind::Respond, "POST", QStringLiteral("/segmind/v1/"), 504));
    QVERIFY(m_window->selectModel(Segmind));
    m_window->form()->setFieldValue(QStringLiteral("prompt"), QStringLiteral("a sofa"));
    QSignalSpy finished(m_session, &StudioSession::jobFinished);
    m_window->generate();
    QVERIFY(!question());
    QVERIFY(finished.wait(JobTimeoutMs));
    Job *job = m_session->jobs().constFirst();
    QCOMPARE(job->state(), JobState::Failed);
    QVERIFY(job->outcome().mayHaveCharged);
    QVERIFY2(m_window->bannerText().contains(QStringLiteral("may have been charged")), qPrintable(m_window->bannerText()));

    auto *retry = m_window->findChild<QPushButton *>(QStringLiteral("bannerAction"));
    QVERIFY(retry && retry->isVisible());
    retry->click();
    QMessageBox *box = question();
    QVERIFY(box);
    QVERIFY2(box->text().startsWith(QStringLiteral("This run may already have been charged")), qPrintable(box->text()));
    QCOMPARE(m_session->jobs().size(), 1);
    box->button(QMessageBox::Yes)->click();
    QCOMPARE(m_session->jobs().size(), 2);
    QVERIFY(finished.wait(JobTimeoutMs));
    QCOMPARE(m_server->billedCount(QStringLiteral("segmind")), 2); // the designer chose to pay again
}

QTEST_MAIN(TestCostGate)
#include "tst_costgate.moc"
