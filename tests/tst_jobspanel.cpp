// JobsPanel and its model: rows per job (newest on top), states in words, waits, progress from
// the provider's step logs, Cancel and Retry, the log pane that follows the job that matters,
// the empty state and the one-second tick. Jobs are driven by a scripted provider run, and
// end to end by fal runs against the loopback fake server.

#include "panels/jobspanel.h"

#include "fakeproviderserver.h"
#include "jobs/job.h"
#include "providers/falqueueprovider.h"
#include "schema/modelcatalog.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QItemSelectionModel>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
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
    void waitFor(const QString &reason, int delayMs) { Q_EMIT waitStarted(reason, delayMs); }
    void waitOver() { Q_EMIT waitEnded(); }
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
    void newestOnTop();
    void logPaneFollowsNewestRunning();
    void waitShownInsteadOfStage();
    void rateLimitedFalJobSaysSo();
    void stepLogsGiveProgress();
    void falStepLogsGiveProgress();
    void tickRunsOnlyWhileActive();
    void formats();

private:
    Job *makeJob(const QString &modelId, ScriptedRun **run);
    // A Bria job on a real FalQueueRun against the fake server (started, not queued).
    Job *makeFalJob();
    QString stateOf(const Job *job) const;
    QProgressBar *barOf(const Job *job) const;

    ModelCatalog *m_catalog = nullptr;
    JobsPanel *m_panel = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    QList<Job *> m_jobs;
    FakeProviderServer m_server;
    QNetworkAccessManager m_network;
    QTemporaryDir m_dir;
    QString m_sketch;
    QStringList m_defaultScript;
};

void TestJobsPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_catalog = new ModelCatalog(QString(), this);
    m_catalog->reload();
    QVERIFY2(m_server.start(), qPrintable(m_server.errorString()));
    m_defaultScript = m_server.falScript();
    QVERIFY(m_dir.isValid());
    m_sketch = m_dir.filePath(QStringLiteral("sketch.png"));
    QImage sketch(120, 80, QImage::Format_RGB32);
    sketch.fill(Qt::white);
    QVERIFY(sketch.save(m_sketch, "PNG"));
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
    m_server.clearFaults();
    m_server.setFalScript(m_defaultScript);
    m_server.setFalLogTemplate(QStringLiteral("step %1"));
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
    QCOMPARE(model->rowOf(first), 1); // newest on top
    QCOMPARE(model->index(1, JobListModel::ModelColumn).data().toString(), QStringLiteral("Bria Reimagine 3.2"));
    QCOMPARE(model->index(1, JobListModel::StateColumn).data().toString(), QStringLiteral("Preparing"));
    QCOMPARE(model->index(1, JobListModel::CostColumn).data().toString(), QStringLiteral("≈ $0.04"));
    QCOMPARE(model->activeCount(), 2);

    // Row 0 is the newer Segmind job, row 1 the Bria one.
    auto state = [model](int row) { return model->index(row == 0 ? 1 : 0, JobListModel::StateColumn).data().toString(); };
    bria->moveTo(JobState::Uploading);
    QCOMPARE(state(0), QStringLiteral("Uploading"));
    bria->moveTo(JobState::Queued);
    bria->position(2);
    QCOMPARE(state(0), QStringLiteral("In queue #3"));
    bria->moveTo(JobState::Running);
    QCOMPARE(state(0), QStringLiteral("Running"));
    QCOMPARE(model->index(1, 0).data(JobListModel::ProgressRole).toInt(), -1);
    auto *bar = barOf(first);
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
    QCOMPARE(model->index(1, JobListModel::CostColumn).data().toString(), QStringLiteral("$0.04"));
    QCOMPARE(bar->maximum(), 100);
    QCOMPARE(bar->value(), 100);

    segmind->failWith(QStringLiteral("The server is busy."));
    QCOMPARE(state(1), QStringLiteral("Failed: The server is busy."));
    QCOMPARE(model->index(0, JobListModel::CostColumn).data().toString(), QStringLiteral("—"));
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

QString TestJobsPanel::stateOf(const Job *job) const
{
    const int row = m_panel->model()->rowOf(job);
    return m_panel->model()->index(row, JobListModel::StateColumn).data().toString();
}

QProgressBar *TestJobsPanel::barOf(const Job *job) const
{
    const int row = m_panel->model()->rowOf(job);
    QWidget *holder = m_panel->view()->indexWidget(m_panel->model()->index(row, JobListModel::ProgressColumn));
    return holder ? holder->findChild<QProgressBar *>() : nullptr;
}

Job *TestJobsPanel::makeFalJob()
{
    JobRequest request;
    request.jobId = QStringLiteral("fal-job-%1").arg(m_jobs.size() + 1);
    request.model = *m_catalog->model(QStringLiteral("fal:bria/reimagine/3.2"));
    request.values = {{QStringLiteral("prompt"), QStringLiteral("a red chair")},
                      {QStringLiteral("canny_image_url"), m_sketch}};
    ProviderConfig config;
    config.network = &m_network;
    config.apiKey = m_server.falKey();
    config.apiUrl = m_server.falQueueUrl();
    config.auxUrl = m_server.falRestUrl();
    config.requestTimeoutMs = 5000;
    config.pollIntervalMs = 10;
    config.maxPollIntervalMs = 50;
    config.maxWaitMs = 20000;
    RetryPolicy retry = RetryPolicy::forSubmit();
    retry.setInitialDelayMs(5).setMaxDelayMs(20).setJitter(0);
    config.retryPolicy = retry;
    auto *job = new Job(request);
    auto *run = FalQueueProvider().createRun(request, config, nullptr);
    job->attach(run);
    m_jobs.append(job);
    m_panel->addJob(job);
    run->start();
    return job;
}

void TestJobsPanel::newestOnTop()
{
    Job *older = makeJob(QStringLiteral("fal:bria/reimagine/3.2"), nullptr);
    Job *newer = makeJob(QStringLiteral("segmind:bria-reimagine"), nullptr);
    Job *newest = makeJob(QStringLiteral("freepik:reimagine-flux"), nullptr);
    for (Job *job : {older, newer, newest})
        m_panel->addJob(job);
    JobListModel *model = m_panel->model();
    QCOMPARE(model->jobAt(0), newest);
    QCOMPARE(model->jobAt(1), newer);
    QCOMPARE(model->jobAt(2), older);
    QCOMPARE(model->index(0, JobListModel::ModelColumn).data().toString(),
             m_catalog->model(QStringLiteral("freepik:reimagine-flux"))->title);
    // The row widgets moved with their jobs.
    QCOMPARE(barOf(older)->parentWidget(),
             m_panel->view()->indexWidget(model->index(2, JobListModel::ProgressColumn)));
    QVERIFY(m_panel->rowButton(older, QStringLiteral("cancelButton")));
    // Nothing is selected for the designer: the pane follows instead (logPaneFollowsNewestRunning).
    QCOMPARE(m_panel->selectedJob(), nullptr);
}

void TestJobsPanel::logPaneFollowsNewestRunning()
{
    ScriptedRun *firstRun = nullptr;
    ScriptedRun *secondRun = nullptr;
    Job *first = makeJob(QStringLiteral("fal:bria/reimagine/3.2"), &firstRun);
    m_panel->addJob(first);
    firstRun->moveTo(JobState::Running);
    firstRun->log(QStringLiteral("first job log"));
    QCOMPARE(m_panel->logJob(), first);
    QVERIFY(m_panel->logView()->toPlainText().contains(QStringLiteral("first job log")));

    // A newer job starts: the pane moves to it (it used to stay on the first one).
    Job *second = makeJob(QStringLiteral("fal:bria/reimagine/3.2"), &secondRun);
    m_panel->addJob(second);
    secondRun->moveTo(JobState::Running);
    secondRun->log(QStringLiteral("second job log"));
    QCOMPARE(m_panel->logJob(), second);
    QString text = m_panel->logView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("second job log")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("first job log")), qPrintable(text));

    // A job that waits for a free slot has nothing to say yet: the pane stays on the runner.
    JobRequest request;
    request.jobId = QStringLiteral("waiting-for-slot");
    request.model = *m_catalog->model(QStringLiteral("segmind:bria-reimagine"));
    auto *queued = new Job(request);
    m_jobs.append(queued);
    m_panel->addJob(queued);
    QCOMPARE(stateOf(queued), QStringLiteral("Waiting for a free slot"));
    QCOMPARE(m_panel->logJob(), second);

    // The newest running job ends: the pane goes to the one still running.
    secondRun->failWith(QStringLiteral("The server is busy."));
    QCOMPARE(m_panel->logJob(), first);
    QVERIFY(m_panel->logView()->toPlainText().contains(QStringLiteral("first job log")));

    // A selection wins, whatever runs; letting it go hands the pane back.
    m_panel->selectJob(second);
    QCOMPARE(m_panel->logJob(), second);
    text = m_panel->logView()->toPlainText();
    QVERIFY2(text.contains(QStringLiteral("Failed: The server is busy.")), qPrintable(text));
    firstRun->log(QStringLiteral("more from the first"));
    QVERIFY(!m_panel->logView()->toPlainText().contains(QStringLiteral("more from the first")));
    m_panel->view()->selectionModel()->clearSelection();
    QCOMPARE(m_panel->selectedJob(), nullptr);
    QCOMPARE(m_panel->logJob(), first);
    QVERIFY(m_panel->logView()->toPlainText().contains(QStringLiteral("more from the first")));

    // Nothing runs any more: the newest job, so its ending stays readable.
    firstRun->failWith(QStringLiteral("Gone."));
    queued->cancel();
    QCOMPARE(m_panel->logJob(), queued);
}

void TestJobsPanel::waitShownInsteadOfStage()
{
    ScriptedRun *run = nullptr;
    Job *job = makeJob(QStringLiteral("fal:bria/reimagine/3.2"), &run);
    m_panel->addJob(job);
    run->moveTo(JobState::Uploading);
    QCOMPARE(stateOf(job), QStringLiteral("Uploading"));
    const int uploadingProgress = m_panel->model()->index(0, 0).data(JobListModel::ProgressRole).toInt();

    // Every second the pane shows, in order.
    QStringList paneSeconds;
    const QRegularExpression countdown(QStringLiteral("retrying in (\\d+) s"));
    connect(m_panel->logView(), &QPlainTextEdit::textChanged, this, [&] {
        const QString second = countdown.match(m_panel->logView()->toPlainText()).captured(1);
        if (!second.isEmpty() && (paneSeconds.isEmpty() || paneSeconds.constLast() != second))
            paneSeconds.append(second);
    });

    run->waitFor(QStringLiteral("Rate-limited by fal"), 3000);
    QVERIFY(job->isWaiting());
    QCOMPARE(stateOf(job), QStringLiteral("Rate-limited by fal, retrying in 3 s"));
    QVERIFY(m_panel->logView()->toPlainText().contains(QStringLiteral("Rate-limited by fal, retrying in 3 s")));
    // The next refresh is due at the second's boundary, whatever the phase of the panel's tick.
    const int refreshIn = job->msToNextWaitSecond();
    QVERIFY2(refreshIn > 0 && refreshIn <= 1001, qPrintable(QString::number(refreshIn)));
    // The bar stays where the stage left it; the seconds count down, in the row and the pane,
    // without skipping one.
    QCOMPARE(m_panel->model()->index(0, 0).data(JobListModel::ProgressRole).toInt(), uploadingProgress);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(job), QStringLiteral("Rate-limited by fal, retrying in 2 s"), 3000);
    QTRY_COMPARE_WITH_TIMEOUT(paneSeconds.size(), 3, 5000);
    QCOMPARE(paneSeconds, (QStringList{QStringLiteral("3"), QStringLiteral("2"), QStringLiteral("1")}));
    QTRY_VERIFY_WITH_TIMEOUT(m_panel->logView()->toPlainText().contains(
                                 QStringLiteral("Rate-limited by fal, retrying now")), 3000);
    QCOMPARE(job->msToNextWaitSecond(), -1);
    disconnect(m_panel->logView(), &QPlainTextEdit::textChanged, this, nullptr);

    // The retry goes: back to the stage it interrupted.
    run->waitOver();
    QVERIFY(!job->isWaiting());
    QCOMPARE(stateOf(job), QStringLiteral("Uploading"));
    QVERIFY(m_panel->logView()->toPlainText().contains(QStringLiteral("\nUploading")));

    // A run that ends while waiting leaves no wait behind.
    run->waitFor(QStringLiteral("Rate-limited by fal"), 60000);
    run->failWith(QStringLiteral("fal is limiting the request rate (429)."));
    QVERIFY(!job->isWaiting());
    QCOMPARE(stateOf(job), QStringLiteral("Failed: fal is limiting the request rate (429)."));
}

// End to end: fal answers the submit with 429 and Retry-After: 2. The row and the log say so,
// the seconds count down, and the row says the stage again once the submit goes.
void TestJobsPanel::rateLimitedFalJobSaysSo()
{
    m_server.setFalScript({QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")});
    m_server.addFault(FakeFault::respond("POST", QStringLiteral("/fal-queue/bria/reimagine/3.2"), 429,
                                        QByteArrayLiteral("{\"detail\":\"Too many requests\"}"),
                                        {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("2")}}));
    const int submitsBefore = m_server.submitCount(QStringLiteral("fal"));
    Job *job = makeFalJob();
    QSignalSpy waits(job, &Job::waitChanged);
    QStringList rowWhenWaitChanged;
    connect(job, &Job::waitChanged, this, [&] { rowWhenWaitChanged.append(stateOf(job)); });

    QVERIFY(waits.wait(10000));
    QCOMPARE(rowWhenWaitChanged, QStringList{QStringLiteral("Rate-limited by fal, retrying in 2 s")});
    QCOMPARE(job->waitReason(), QStringLiteral("Rate-limited by fal"));
    QVERIFY2(job->logs().constLast().startsWith(QStringLiteral("Rate-limited by fal, retrying in 2 s")),
             qPrintable(job->logs().constLast()));
    QVERIFY(m_panel->logView()->toPlainText().contains(QStringLiteral("Rate-limited by fal, retrying in 2 s")));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(job), QStringLiteral("Rate-limited by fal, retrying in 1 s"), 3000);

    QTRY_COMPARE_WITH_TIMEOUT(waits.count(), 2, 5000);
    QCOMPARE(rowWhenWaitChanged.constLast(), QStringLiteral("Uploading")); // the submit goes
    QTRY_COMPARE_WITH_TIMEOUT(job->state(), JobState::Saving, 15000);
    QCOMPARE(m_server.submitCount(QStringLiteral("fal")) - submitsBefore, 2); // refused, then taken
    QVERIFY(!job->isWaiting());
}

void TestJobsPanel::stepLogsGiveProgress()
{
    ScriptedRun *run = nullptr;
    Job *job = makeJob(QStringLiteral("fal:bria/reimagine/3.2"), &run);
    m_panel->addJob(job);
    run->moveTo(JobState::Running);
    QProgressBar *bar = barOf(job);
    QVERIFY(bar);
    QCOMPARE(bar->maximum(), 0); // no figure yet: busy
    QCOMPARE(stateOf(job), QStringLiteral("Running"));

    run->log(QStringLiteral("Step 15/30"));
    QCOMPARE(stateOf(job), QStringLiteral("Running, step 15 of 30"));
    const int half = JobListModel::RunningFrom + (JobListModel::RunningTo - JobListModel::RunningFrom) / 2;
    QCOMPARE(m_panel->model()->index(0, 0).data(JobListModel::ProgressRole).toInt(), half);
    QCOMPARE(bar->maximum(), 100);
    QCOMPARE(bar->value(), half);

    run->log(QStringLiteral("Decoding latents")); // no figure: the last one stays
    QCOMPARE(bar->value(), half);
    run->log(QStringLiteral("30 of 30 steps"));
    QCOMPARE(bar->value(), JobListModel::RunningTo);
    run->log(QStringLiteral("Upscaling: 40%"));
    QCOMPARE(stateOf(job), QStringLiteral("Running, 40 %"));
    QCOMPARE(bar->value(), JobListModel::RunningFrom + 40 * (JobListModel::RunningTo - JobListModel::RunningFrom) / 100);

    run->moveTo(JobState::Downloading); // never backwards past the running span
    QCOMPARE(bar->value(), 90);
}

// End to end: fal's status stream carries "Step n/5" logs; the bar follows them.
void TestJobsPanel::falStepLogsGiveProgress()
{
    m_server.setFalLogTemplate(QStringLiteral("Step %1/5"));
    m_server.setFalScript({QStringLiteral("IN_QUEUE:0"), QStringLiteral("IN_PROGRESS"), QStringLiteral("IN_PROGRESS"),
                           QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")});
    Job *job = makeFalJob();
    QStringList rows;
    QList<int> bars;
    connect(job, &Job::progressChanged, this, [&] {
        rows.append(stateOf(job));
        bars.append(barOf(job)->value());
    });
    QTRY_COMPARE_WITH_TIMEOUT(job->state(), JobState::Saving, 15000);
    QCOMPARE(rows, (QStringList{QStringLiteral("Running, step 1 of 5"), QStringLiteral("Running, step 2 of 5"),
                                QStringLiteral("Running, step 3 of 5"), QStringLiteral("Running, step 4 of 5"),
                                QStringLiteral("Running, step 5 of 5")}));
    QCOMPARE(bars, (QList<int>{38, 51, 64, 77, 90}));
    QCOMPARE(job->logProgress().done, 5);
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
