// JobsPanel and its model: rows per job, states in words, progress, Cancel and Retry, logs, the
// empty state and the one-second tick. Jobs are driven by a scripted provider run (no network).

#include "panels/jobspanel.h"

#include "jobs/job.h"
#include "schema/modelcatalog.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

namespace {

// A provider run the test moves by hand.
class ScriptedRun final : public ProviderRun
{
public:
    using ProviderRun::ProviderRun;

    void start() override { started = true; }
    void resume(const ProviderHandle &) override { started = true; }
    bool canResume() const override { return true; }
    void cancel() override
    {
        cancelCalls++;
        fail(ApiResult::Error::Cancelled, QStringLiteral("Cancelled."));
    }

    void moveTo(JobState state) { setState(state); }
    void position(int p) { Q_EMIT queuePositionChanged(p); }
    void log(const QString &line) { Q_EMIT logReceived(line); }
    void succeed(double cost)
    {
        JobOutcome outcome;
        outcome.costUsd = cost;
        OutputImage image;
        image.bytes = QByteArrayLiteral("\x89PNG\r\n\x1a\n");
        image.mimeType = QByteArrayLiteral("image/png");
        outcome.outputs.append(image);
        finish(outcome);
    }
    void failWith(const QString &message) { fail(ApiResult::Error::Server, message); }

    bool started = false;
    int cancelCalls = 0;
};

} // namespace

class TestJobsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void emptyState();
    void rowsAndStates();
    void cancelButtonCancels();
    void retryButtonAsks();
    void logsOfSelectedJob();
    void tickRunsOnlyWhileActive();
    void formats();

private:
    Job *makeJob(const QString &modelId, ScriptedRun **run);

    ModelCatalog *m_catalog = nullptr;
    JobsPanel *m_panel = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    QList<Job *> m_jobs;
};

void TestJobsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_catalog = new ModelCatalog(QString(), this);
    m_catalog->reload();
}

void TestJobsPanel::init()
{
    m_panel = new JobsPanel;
    m_panel->resize(1000, 200);
    m_tester = new QAbstractItemModelTester(m_panel->model(), QAbstractItemModelTester::FailureReportingMode::QtTest, m_panel);
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel));
}

void TestJobsPanel::cleanup()
{
    delete m_panel;
    m_panel = nullptr;
    qDeleteAll(m_jobs);
    m_jobs.clear();
}

Job *TestJobsPanel::makeJob(const QString &modelId, ScriptedRun **run)
{
    JobRequest request;
    request.jobId = QStringLiteral("job-%1").arg(m_jobs.size() + 1);
    request.model = *m_catalog->model(modelId);
    request.values = request.model.defaultValues();
    auto *job = new Job(request);
    auto *scripted = new ScriptedRun(request, ProviderConfig());
    job->attach(scripted);
    scripted->start();
    m_jobs.append(job);
    if (run)
        *run = scripted;
    return job;
}

void TestJobsPanel::emptyState()
{
    auto *empty = m_panel->findChild<QLabel *>(QStringLiteral("jobsEmptyLabel"));
    QVERIFY(empty);
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().startsWith(QStringLiteral("No jobs yet. Generate (")));
    QVERIFY(empty->text().endsWith(QStringLiteral(") to start one.")));
    m_panel->addJob(makeJob(QStringLiteral("fal:bria/reimagine/3.2"), nullptr));
    QVERIFY(!empty->isVisible());
    QVERIFY(m_panel->view()->isVisible());
}

void TestJobsPanel::rowsAndStates()
{
    ScriptedRun *bria = nullptr;
    ScriptedRun *segmind = nullptr;
    Job *first = makeJob(QStringLiteral("fal:bria/reimagine/3.2"), &bria);
    Job *second = makeJob(QStringLiteral("segmind:bria-reimagine"), &segmind);
    m_panel->addJob(first);
    m_panel->addJob(second);
    m_panel->addJob(first); // once only
    JobListModel *model = m_panel->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, JobListModel::ModelColumn).data().toString(), QStringLiteral("Bria Reimagine 3.2"));
    QCOMPARE(model->index(0, JobListModel::StateColumn).data().toString(), QStringLiteral("Preparing"));
    QCOMPARE(model->index(0, JobListModel::CostColumn).data().toString(), QStringLiteral("≈ $0.04"));
    QCOMPARE(model->activeCount(), 2);

    auto state = [model](int row) { return model->index(row, JobListModel::StateColumn).data().toString(); };
    bria->moveTo(JobState::Uploading);
    QCOMPARE(state(0), QStringLiteral("Uploading"));
    bria->moveTo(JobState::Queued);
    bria->position(2);
    QCOMPARE(state(0), QStringLiteral("In queue #3"));
    bria->moveTo(JobState::Running);
    QCOMPARE(state(0), QStringLiteral("Running"));
    QCOMPARE(model->index(0, 0).data(JobListModel::ProgressRole).toInt(), -1);
    auto *bar = m_panel->view()->indexWidget(model->index(0, JobListModel::ProgressColumn))->findChild<QProgressBar *>();
    QVERIFY(bar);
    QCOMPARE(bar->maximum(), 0); // busy
    bria->moveTo(JobState::Downloading);
    QCOMPARE(state(0), QStringLiteral("Downloading"));
    bria->succeed(0.04);
    QCOMPARE(first->state(), JobState::Saving);
    QCOMPARE(state(0), QStringLiteral("Saving"));
    first->completeSaving(first->outcome().outputs); // what the queue does once it is kept
    QCOMPARE(first->state(), JobState::Done);
    QCOMPARE(state(0), QStringLiteral("Done"));
    QCOMPARE(model->index(0, JobListModel::CostColumn).data().toString(), QStringLiteral("$0.04"));
    QCOMPARE(bar->maximum(), 100);
    QCOMPARE(bar->value(), 100);

    segmind->failWith(QStringLiteral("The server is busy."));
    QCOMPARE(state(1), QStringLiteral("Failed: The server is busy."));
    QCOMPARE(model->index(1, JobListModel::CostColumn).data().toString(), QStringLiteral("—"));
    QCOMPARE(model->activeCount(), 0);

    QSignalSpy cleared(m_panel, &JobsPanel::finishedCleared);
    m_panel->clearFinished();
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(cleared.count(), 1); // the session lets the ended jobs go
}

void TestJobsPanel::cancelButtonCancels()
{
    ScriptedRun *run = nullptr;
    Job *job = makeJob(QStringLiteral("fal:bria/reimagine/3.2"), &run);
    m_panel->addJob(job);
    run->moveTo(JobState::Running);
    QSignalSpy cancelled(m_panel, &JobsPanel::cancelRequested);
    auto *cancel = qobject_cast<QToolButton *>(m_panel->rowButton(job, QStringLiteral("cancelButton")));
    auto *retry = qobject_cast<QToolButton *>(m_panel->rowButton(job, QStringLiteral("retryButton")));
    QVERIFY(cancel && retry);
    QVERIFY(cancel->isVisible());
    QVERIFY(!retry->isVisible());
    cancel->click();
    QCOMPARE(run->cancelCalls, 1);
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(job->state(), JobState::Cancelled);
    QCOMPARE(m_panel->model()->index(0, JobListModel::StateColumn).data().toString(), QStringLiteral("Cancelled"));
    QVERIFY(!cancel->isVisible());
    QVERIFY(retry->isVisible());
}

void TestJobsPanel::retryButtonAsks()
{
    ScriptedRun *run = nullptr;
    Job *job = makeJob(QStringLiteral("freepik:reimagine-flux"), &run);
    m_panel->addJob(job);
    run->failWith(QStringLiteral("No credits left."));
    QSignalSpy retry(m_panel, &JobsPanel::retryRequested);
    auto *button = qobject_cast<QToolButton *>(m_panel->rowButton(job, QStringLiteral("retryButton")));
    QVERIFY(button && button->isVisible());
    button->click();
    QCOMPARE(retry.count(), 1);
    QCOMPARE(retry.constFirst().constFirst().value<Job *>(), job);

    // A done job offers neither.
    ScriptedRun *doneRun = nullptr;
    Job *done = makeJob(QStringLiteral("fal:bria/reimagine/3.2"), &doneRun);
    m_panel->addJob(done);
    doneRun->succeed(0.04);
    done->completeSaving(done->outcome().outputs);
    QVERIFY(!m_panel->rowButton(done, QStringLiteral("retryButton"))->isVisible());
    QVERIFY(!m_panel->rowButton(done, QStringLiteral("cancelButton"))->isVisible());
}

void TestJobsPanel::logsOfSelectedJob()
{
    ScriptedRun *run = nullptr;
    Job *job = makeJob(QStringLiteral("fal:bria/reimagine/3.2"), &run);
    m_panel->addJob(job);
    m_panel->selectJob(job);
    QCOMPARE(m_panel->selectedJob(), job);
    run->moveTo(JobState::Running);
    run->log(QStringLiteral("Loading model weights"));
    run->log(QStringLiteral("Step 10/30"));
    const QString text = m_panel->logView()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("Bria Reimagine 3.2")));
    QVERIFY(text.contains(QStringLiteral("Running")));
    QVERIFY(text.contains(QStringLiteral("Loading model weights\nStep 10/30")));
    QCOMPARE(m_panel->model()->index(0, 0).data(JobListModel::LogsRole).toStringList().size(), 2);
}

void TestJobsPanel::tickRunsOnlyWhileActive()
{
    QVERIFY(!m_panel->isTicking());
    ScriptedRun *run = nullptr;
    Job *job = makeJob(QStringLiteral("fal:bria/reimagine/3.2"), &run);
    QSignalSpy active(m_panel, &JobsPanel::activeCountChanged);
    m_panel->addJob(job);
    QVERIFY(m_panel->isTicking());
    QSignalSpy changed(m_panel->model(), &QAbstractItemModel::dataChanged);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 3000); // the elapsed time ticks
    run->succeed(0.04);
    job->completeSaving(job->outcome().outputs);
    QVERIFY(!m_panel->isTicking());
    QCOMPARE(active.constLast().constFirst().toInt(), 0);
}

void TestJobsPanel::formats()
{
    QCOMPARE(JobListModel::elapsedText(0), QStringLiteral("0:00"));
    QCOMPARE(JobListModel::elapsedText(9500), QStringLiteral("0:09"));
    QCOMPARE(JobListModel::elapsedText(75000), QStringLiteral("1:15"));
    QCOMPARE(JobListModel::elapsedText(3723000), QStringLiteral("1:02:03"));
}

QTEST_MAIN(TestJobsPanel)
#include "tst_jobspanel.moc"
