// Every run a designer starts is priced, refused over the budget and confirmed above the limit,
// through the real window against the fake provider server: Generate, a comparison, a retry.
// What was confirmed is what is sent, whatever happens in the form meanwhile.

#include "mainwindow.h"

#include "fakeproviderserver.h"
#include "windowprobe.h"
#include "windowtest.h"
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

class TestCostGate : public WindowTest
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
};

void TestCostGate::initTestCase()
{
    initSessionTest("tst_costgate");
    QVERIFY(!QTest::currentTestFailed());
    m_server->setFalScript({QStringLiteral("IN_QUEUE:1"), QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")});
}

void TestCostGate::init()
{
    QSettings().clear();
    m_server->clearRequests();
    m_server->clearFaults();
    // Every priced run asks.
    QSettings().setValue(QStringLiteral("Costs/ConfirmAbove"), 0.01);
    openWindow(QStringLiteral("data-%1").arg(QLatin1String(QTest::currentTestFunction())));
    QVERIFY(!QTest::currentTestFailed());
    QVERIFY(m_window->loadSketch(SamplePath));
}

void TestCostGate::cleanup()
{
    closeWindow();
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
    Probe::form(m_window)->setFieldValue(QStringLiteral("prompt"), QStringLiteral("the confirmed prompt"));
    Probe::form(m_window)->setFieldValue(QStringLiteral("num_inference_steps"), 44);
    m_window->generate();
    QMessageBox *box = question();
    QVERIFY(box);
    QVERIFY2(box->text().contains(QStringLiteral("about $0.04")), qPrintable(box->text()));
    QCOMPARE(box->button(QMessageBox::Yes)->text(), QStringLiteral("Run for $0.04"));
    QVERIFY(m_session->jobs().isEmpty());

    // While the question is open the designer edits the form and even switches the model.
    Probe::form(m_window)->setFieldValue(QStringLiteral("prompt"), QStringLiteral("edited afterwards"));
    Probe::form(m_window)->setFieldValue(QStringLiteral("num_inference_steps"), 21);
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
    Probe::form(m_window)->setFieldValue(QStringLiteral("prompt"), QStringLiteral("a chair"));
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
    Probe::form(m_window)->setFieldValue(QStringLiteral("prompt"), QStringLiteral("a chair"));
    m_window->generate();
    QVERIFY(!question());
    QCOMPARE(Probe::bannerText(m_window),
             QStringLiteral("Nothing was sent. This would bring today's spending to $0.04, over your daily budget of "
                            "$0.03 (spent today: $0.00; this: $0.04). Raise the budget in Settings or wait until tomorrow."));
    QVERIFY(m_session->jobs().isEmpty());
    QVERIFY(m_server->requests().isEmpty());
}

void TestCostGate::comparisonAsksAboveTheLimit()
{
    m_window->setCompareMode(true);
    CompareSetup *setup = Probe::compareSetup(m_window);
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
    QCOMPARE(Probe::compareJobs(m_window).size(), 2);
}

// Segmind made the image but the answer was lost: retrying says it may be charged again.
void TestCostGate::retryOfAPossiblyChargedRunSaysSo()
{
    m_session->settings()->setValue(Settings::Key::ConfirmCosts, false); // only the lost answer asks
    m_server->addFault(FakeFault::lostAnswer(FakeFault::Kind::Respond, "POST", QStringLiteral("/segmind/v1/"), 504));
    QVERIFY(m_window->selectModel(Segmind));
    Probe::form(m_window)->setFieldValue(QStringLiteral("prompt"), QStringLiteral("a sofa"));
    QSignalSpy finished(m_session, &StudioSession::jobFinished);
    m_window->generate();
    QVERIFY(!question());
    QVERIFY(finished.wait(JobTimeoutMs));
    Job *job = m_session->jobs().constFirst();
    QCOMPARE(job->state(), JobState::Failed);
    QVERIFY(job->outcome().mayHaveCharged);
    QVERIFY2(Probe::bannerText(m_window).contains(QStringLiteral("may have been charged")), qPrintable(Probe::bannerText(m_window)));

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
