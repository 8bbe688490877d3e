// StudioSession against the loopback fake provider server: a run per model into the history with
// costs, a three-model comparison with the intent mapped onto each model, a missing key, and a
// job that a killed app left behind resumed without a second submit.

#include "fakeproviderserver.h"
#include "sessiontest.h"
#include "testenvironment.h"

#include "history/historystore.h"
#include "jobs/job.h"
#include "jobs/jobjournal.h"
#include "schema/modelcatalog.h"
#include "schema/parametervalidator.h"
#include "secrets/secretstore.h"
#include "session/costledger.h"
#include "session/studiosession.h"
#include "settings/settings.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {
const QString Bria = QStringLiteral("fal:bria/reimagine/3.2");
const QString Ideogram = QStringLiteral("fal:fal-ai/ideogram/v3/remix");
const QString Segmind = QStringLiteral("segmind:bria-reimagine");
const QString Freepik = QStringLiteral("freepik:reimagine-flux");
const QString SamplePath = QStringLiteral(REIMAGINE_SOURCE_DIR "/resources/samples/sample-sketch.png");
constexpr int JobTimeoutMs = 30000;

QJsonObject bodyOf(const RecordedRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}
} // namespace

class TestStudioSession : public SessionTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void generateEachModel_data();
    void generateEachModel();
    void invalidValuesAreRefused();
    void compareMapsIntent();
    void missingKeyFailsClearly();
    void retryRunsTheSameRequest();
    void rateLimitWaitReachesTheJob();
    void resumeAfterKill();
    void quitWhileSavingKeepsTheResult();
    void resultOnDiskIsRecordedAtNextStart();
    void resultUrlsAreFetchedAtNextStart();
    void budgetRefusesEveryKindOfRun();
    void uploadSideFollowsTheSetting();
    void damagedFilesAreMovedAsideAtStart();

private:
    std::unique_ptr<StudioSession> makeSession();
    QJsonObject valuesFor(const ModelSpec &model, const QString &prompt) const;

    MemorySecretStore *m_sessionStore = nullptr;
    QTemporaryDir *m_data = nullptr;
};

void TestStudioSession::initTestCase()
{
    initSessionTest("tst_studiosession");
    QVERIFY(!QTest::currentTestFailed());
    QCOMPARE(m_catalog->models().size(), 4);
}

void TestStudioSession::init()
{
    for (const auto &pair : m_server->environment())
        qputenv(pair.first.constData(), pair.second);
    m_server->clearRequests();
    m_server->clearFaults();
    m_server->setFalScript({QStringLiteral("IN_QUEUE:1"), QStringLiteral("IN_PROGRESS"), QStringLiteral("COMPLETED")});
    m_data = new QTemporaryDir;
    m_sessionStore = new MemorySecretStore;
    QSettings().clear();
}

void TestStudioSession::cleanup()
{
    delete m_sessionStore;
    m_sessionStore = nullptr;
    delete m_data;
    m_data = nullptr;
}

std::unique_ptr<StudioSession> TestStudioSession::makeSession()
{
    auto session = std::make_unique<StudioSession>(m_catalog, nullptr, m_sessionStore, m_data->path());
    for (const QString &warning : session->startupWarnings())
        qWarning("%s", qPrintable(warning));
    return session;
}

QJsonObject TestStudioSession::valuesFor(const ModelSpec &model, const QString &prompt) const
{
    QJsonObject values = model.defaultValues();
    if (const ParameterSpec *field = model.fieldForRole(QStringLiteral("prompt")))
        values.insert(field->name, prompt);
    if (const ParameterSpec *field = model.fieldForRole(QStringLiteral("structure_image")))
        values.insert(field->name, SamplePath);
    return values;
}

void TestStudioSession::generateEachModel_data()
{
    QTest::addColumn<QString>("modelId");
    QTest::addColumn<double>("expectedCost"); // < 0: whatever the provider reports
    QTest::newRow("fal bria") << Bria << 0.04;
    QTest::newRow("fal ideogram") << Ideogram << -1.0;
    QTest::newRow("segmind") << Segmind << 0.012;
    QTest::newRow("freepik") << Freepik << -1.0;
}

void TestStudioSession::generateEachModel()
{
    QFETCH(QString, modelId);
    QFETCH(double, expectedCost);
    const ModelSpec *model = m_catalog->model(modelId);
    QVERIFY(model);

    auto session = makeSession();
    QVERIFY(session->history());
    QSignalSpy finished(session.get(), &StudioSession::jobFinished);
    QSignalSpy added(session.get(), &StudioSession::jobAdded);

    const QJsonObject values = valuesFor(*model, QStringLiteral("a red chair in a sunlit room"));
    const QList<FieldError> problems = ParameterValidator(*model).validate(values);
    for (const FieldError &problem : problems)
        qWarning("%s: %s", qPrintable(problem.field), qPrintable(problem.message));
    QVERIFY(problems.isEmpty());
    QString error;
    Job *job = session->generate(*model, values, SamplePath, &error);
    QVERIFY2(job, qPrintable(error));
    QCOMPARE(added.count(), 1);

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, JobTimeoutMs);
    QVERIFY2(job->state() == JobState::Done, qPrintable(job->outcome().message));
    // Done means kept: the result is a file on disk, its bytes no longer held in memory.
    const QList<OutputImage> outputs = job->outcome().outputs;
    QVERIFY(!outputs.isEmpty());
    QVERIFY(outputs.constFirst().bytes.isEmpty());
    const QImage image(outputs.constFirst().filePath);
    QCOMPARE(image.width(), FakeProviderServer::kImageWidth);

    const QList<HistoryEntry> entries = session->history()->find(HistoryFilter());
    QCOMPARE(entries.size(), 1);
    const HistoryEntry entry = entries.constFirst();
    QCOMPARE(entry.id, job->id()); // the history row is the job's: recording again changes nothing
    QCOMPARE(entry.outputPaths, QStringList{outputs.constFirst().filePath});
    QCOMPARE(entry.modelId, modelId);
    QCOMPARE(entry.status, RunStatus::Done);
    QVERIFY(!entry.outputPaths.isEmpty());
    QVERIFY(QFile::exists(entry.outputPaths.constFirst()));
    QCOMPARE(entry.sketchPath, SamplePath);
    QCOMPARE(session->historyId(job), entry.id);
    QCOMPARE(session->history()->find(HistoryFilter()).size(), 1);

    if (expectedCost >= 0) {
        QVERIFY2(qFuzzyCompare(session->costs()->sessionTotal(), expectedCost),
                 qPrintable(QString::number(session->costs()->sessionTotal())));
    }
    QVERIFY(session->costs()->todayTotal() >= session->costs()->sessionTotal());
    QCOMPARE(session->providerStatus(model->provider), StudioSession::Ok);
    // Done: the journal has nothing left to resume.
    QVERIFY(JobJournal(m_data->filePath(QStringLiteral("jobs"))).unfinished().isEmpty());
}

void TestStudioSession::invalidValuesAreRefused()
{
    auto session = makeSession();
    const ModelSpec *model = m_catalog->model(Bria);
    QJsonObject values = valuesFor(*model, QString());
    values.remove(QStringLiteral("prompt"));
    values.insert(QStringLiteral("num_inference_steps"), 500);
    const int before = m_server->submitCount(QStringLiteral("fal"));
    QString error;
    QVERIFY(!session->generate(*model, values, SamplePath, &error));
    QVERIFY(error.contains(QStringLiteral("Steps")));
    QVERIFY(session->jobs().isEmpty());
    QCOMPARE(m_server->submitCount(QStringLiteral("fal")), before);
}

void TestStudioSession::compareMapsIntent()
{
    auto session = makeSession();
    QSignalSpy finished(session.get(), &StudioSession::jobFinished);
    const int falBefore = m_server->submitCount(QStringLiteral("fal"));
    const QJsonObject intent{{QStringLiteral("prompt"), QStringLiteral("a cosy reading corner")},
                             {QStringLiteral("strength"), 0.3},
                             {QStringLiteral("aspect"), QStringLiteral("16:9")},
                             {QStringLiteral("seed"), 1234},
                             {QStringLiteral("num_images"), 1}};
    const QHash<QString, QJsonObject> overrides{
        {Segmind, QJsonObject{{QStringLiteral("steps_num"), 20}}}};
    QHash<QString, QString> errors;
    const QList<Job *> jobs = session->compare({Bria, Segmind, Freepik}, intent, overrides, SamplePath, &errors);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.values().join(QLatin1Char('\n'))));
    QCOMPARE(jobs.size(), 3);
    // In parallel: all three are on their way before any has finished.
    int active = 0;
    for (Job *job : jobs)
        active += isTerminal(job->state()) ? 0 : 1;
    QCOMPARE(active, 3);

    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, JobTimeoutMs);
    for (Job *job : jobs)
        QVERIFY2(job->state() == JobState::Done, qPrintable(job->request().model.id + QStringLiteral(": ") + job->outcome().message));
    QCOMPARE(m_server->submitCount(QStringLiteral("fal")), falBefore + 1);

    // fal Bria: the strength is canny_scale (0–1), the aspect an enum value, the seed shared.
    const QList<RecordedRequest> fal = m_server->requestsTo(QStringLiteral("/fal-queue/bria/reimagine/3.2"));
    QJsonObject falBody;
    for (const RecordedRequest &request : fal) {
        if (request.method == "POST")
            falBody = bodyOf(request);
    }
    QCOMPARE(falBody.value(QStringLiteral("prompt")).toString(), QStringLiteral("a cosy reading corner"));
    QCOMPARE(falBody.value(QStringLiteral("canny_scale")).toDouble(), 0.3);
    QCOMPARE(falBody.value(QStringLiteral("aspect_ratio")).toString(), QStringLiteral("16:9"));
    QCOMPARE(falBody.value(QStringLiteral("seed")).toInteger(), 1234);
    QVERIFY(falBody.value(QStringLiteral("canny_image_url")).toString().startsWith(QStringLiteral("http")));

    // Segmind: structure_ref_influence carries the strength; the override wins.
    QJsonObject segmindBody;
    for (const RecordedRequest &request : m_server->requestsTo(QStringLiteral("/segmind/v1/bria-reimagine"))) {
        if (request.method == "POST")
            segmindBody = bodyOf(request);
    }
    QCOMPARE(segmindBody.value(QStringLiteral("prompt")).toString(), QStringLiteral("a cosy reading corner"));
    QCOMPARE(segmindBody.value(QStringLiteral("structure_ref_influence")).toDouble(), 0.3);
    QCOMPARE(segmindBody.value(QStringLiteral("seed")).toInteger(), 1234);
    QCOMPARE(segmindBody.value(QStringLiteral("steps_num")).toInteger(), 20);

    // Freepik: its own aspect enum; the sketch goes in as base64.
    QJsonObject freepikBody;
    for (const RecordedRequest &request : m_server->requestsTo(QStringLiteral("/freepik/v1/ai/beta/text-to-image/reimagine-flux"))) {
        if (request.method == "POST")
            freepikBody = bodyOf(request);
    }
    QCOMPARE(freepikBody.value(QStringLiteral("prompt")).toString(), QStringLiteral("a cosy reading corner"));
    QCOMPARE(freepikBody.value(QStringLiteral("aspect_ratio")).toString(), QStringLiteral("widescreen_16_9"));
    QVERIFY(freepikBody.value(QStringLiteral("image")).toString().size() > 100);

    // The mapping is the same one the GUI previews.
    const ModelSpec *ideogram = m_catalog->model(Ideogram);
    const QJsonObject mapped = StudioSession::compareValues(*ideogram, intent, {}, SamplePath);
    // 0.3 of Ideogram's 0.01–1, rounded to the two decimals its form shows: sent as shown.
    QCOMPARE(mapped.value(QStringLiteral("strength")).toDouble(), 0.31);
    QCOMPARE(mapped.value(QStringLiteral("image_url")).toString(), SamplePath);
}

void TestStudioSession::missingKeyFailsClearly()
{
    qunsetenv("FREEPIK_API_KEY");
    const int before = m_server->submitCount(QStringLiteral("freepik"));
    auto session = makeSession();
    QSignalSpy missing(session.get(), &StudioSession::keyMissing);
    QSignalSpy finished(session.get(), &StudioSession::jobFinished);
    QSignalSpy status(session.get(), &StudioSession::providerStatusChanged);
    const ModelSpec *model = m_catalog->model(Freepik);
    Job *job = session->generate(*model, valuesFor(*model, QStringLiteral("a lamp")), SamplePath);
    QVERIFY(job);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, JobTimeoutMs);
    QCOMPARE(job->state(), JobState::Failed);
    QVERIFY2(job->outcome().message.contains(QStringLiteral("FREEPIK_API_KEY")), qPrintable(job->outcome().message));
    QVERIFY(job->outcome().message.contains(QStringLiteral("Settings")));
    QCOMPARE(missing.count(), 1);
    QCOMPARE(missing.constFirst().constFirst().toString(), QStringLiteral("freepik"));
    QCOMPARE(session->providerStatus(QStringLiteral("freepik")), StudioSession::NoKey);
    QCOMPARE(session->providerStatus(QStringLiteral("fal")), StudioSession::Ok);
    QCOMPARE(m_server->submitCount(QStringLiteral("freepik")), before);

    // Failed runs are in the history too, without outputs.
    const QList<HistoryEntry> entries = session->history()->find(HistoryFilter());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.constFirst().status, RunStatus::Failed);
    QVERIFY(entries.constFirst().outputPaths.isEmpty());

    // A key set afterwards (the settings dialog) is used by the next job.
    session->setKey(QStringLiteral("freepik"), m_server->freepikKey());
    QCOMPARE(session->providerStatus(QStringLiteral("freepik")), StudioSession::Ok);
    Job *again = session->retry(job);
    QVERIFY(again && again != job);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, JobTimeoutMs);
    QCOMPARE(again->state(), JobState::Done);
}

void TestStudioSession::retryRunsTheSameRequest()
{
    auto session = makeSession();
    QSignalSpy finished(session.get(), &StudioSession::jobFinished);
    m_server->addFault(FakeFault::respond("POST", QStringLiteral("/segmind/v1/"), 400,
                                          QByteArrayLiteral("{\"error\":\"Invalid prompt\"}")));
    const ModelSpec *model = m_catalog->model(Segmind);
    Job *job = session->generate(*model, valuesFor(*model, QStringLiteral("a chair")), SamplePath);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, JobTimeoutMs);
    QCOMPARE(job->state(), JobState::Failed);
    QVERIFY(!job->outcome().message.isEmpty());
    QCOMPARE(session->costs()->sessionTotal(), 0.0);

    Job *again = session->retry(job);
    QVERIFY(again);
    QCOMPARE(again->request().values, job->request().values);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, JobTimeoutMs);
    QCOMPARE(again->state(), JobState::Done);
    QCOMPARE(session->jobs().size(), 2);
}

// The session's runs wrap the provider's (keys first): a rate limit's wait still reaches the job,
// so the jobs panel can say it instead of the stage.
void TestStudioSession::rateLimitWaitReachesTheJob()
{
    auto session = makeSession();
    QSignalSpy finished(session.get(), &StudioSession::jobFinished);
    m_server->addFault(FakeFault::respond("POST", QStringLiteral("/segmind/v1/"), 429,
                                          QByteArrayLiteral("{\"error\":\"Too many requests\"}"),
                                          {{QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1")}}));
    const ModelSpec *model = m_catalog->model(Segmind);
    Job *job = session->generate(*model, valuesFor(*model, QStringLiteral("a chair")), SamplePath);
    QVERIFY(job);
    QStringList reasons;
    connect(job, &Job::waitChanged, this, [&reasons, job] { reasons.append(job->waitReason()); });
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, JobTimeoutMs);
    QVERIFY2(job->state() == JobState::Done, qPrintable(job->outcome().message));
    QCOMPARE(reasons, (QStringList{QStringLiteral("Rate-limited by Segmind"), QString()}));
    QCOMPARE(job->logs().filter(QStringLiteral("Rate-limited by Segmind, retrying in 1 s")).size(), 1);
}

void TestStudioSession::resumeAfterKill()
{
    // A fal job that takes a while: long enough to "kill" the app while it runs.
    QStringList script{QStringLiteral("IN_QUEUE:1")};
    for (int i = 0; i < 60; ++i)
        script << QStringLiteral("IN_PROGRESS");
    script << QStringLiteral("COMPLETED");
    m_server->setFalScript(script);
    const int submitsBefore = m_server->submitCount(QStringLiteral("fal"));

    QString jobId;
    {
        auto first = makeSession();
        const ModelSpec *model = m_catalog->model(Bria);
        Job *job = first->generate(*model, valuesFor(*model, QStringLiteral("a kitchen")), SamplePath);
        QVERIFY(job);
        jobId = job->id();
        QTRY_VERIFY_WITH_TIMEOUT(!job->handle().isEmpty(), JobTimeoutMs);
        QVERIFY(!isTerminal(job->state()));
        // The session goes away as if the process died: the journal keeps the handle.
    }
    QCOMPARE(m_server->submitCount(QStringLiteral("fal")), submitsBefore + 1);
    const std::optional<JobJournal::Entry> entry = JobJournal(m_data->filePath(QStringLiteral("jobs"))).read(jobId);
    QVERIFY(entry);
    QVERIFY(!entry->handle.isEmpty());

    auto second = makeSession();
    QSignalSpy added(second.get(), &StudioSession::jobAdded);
    QSignalSpy finished(second.get(), &StudioSession::jobFinished);
    const QList<Job *> resumed = second->resumeUnfinished();
    QCOMPARE(resumed.size(), 1);
    QCOMPARE(resumed.constFirst()->id(), jobId);
    QCOMPARE(added.count(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, JobTimeoutMs);
    QVERIFY2(resumed.constFirst()->state() == JobState::Done, qPrintable(resumed.constFirst()->outcome().message));
    QCOMPARE(m_server->submitCount(QStringLiteral("fal")), submitsBefore + 1); // never submitted twice
    QVERIFY(QFile::exists(resumed.constFirst()->outcome().outputs.value(0).filePath));
    QCOMPARE(second->history()->find(HistoryFilter()).size(), 1);
    QVERIFY(!JobJournal(m_data->filePath(QStringLiteral("jobs"))).read(jobId));
}

// The app quits while a result is being saved: the session waits for it, and it is in the
// history with one submit.
void TestStudioSession::quitWhileSavingKeepsTheResult()
{
    const int submits = m_server->submitCount(QStringLiteral("fal"));
    QString jobId;
    {
        auto session = makeSession();
        const ModelSpec *model = m_catalog->model(Bria);
        Job *job = session->generate(*model, valuesFor(*model, QStringLiteral("a lamp")), SamplePath);
        QVERIFY(job);
        jobId = job->id();
        QSignalSpy arrived(job, &Job::resultArrived);
        QVERIFY(arrived.wait(JobTimeoutMs));
        QCOMPARE(job->state(), JobState::Saving);
        // The window closes now, while the result is being written.
    }
    auto next = makeSession();
    const std::optional<HistoryEntry> entry = next->history()->entry(jobId);
    QVERIFY(entry);
    QCOMPARE(entry->status, RunStatus::Done);
    QVERIFY(QFile::exists(entry->outputPaths.value(0)));
    QVERIFY(next->resumeUnfinished().isEmpty());
    QCOMPARE(m_server->submitCount(QStringLiteral("fal")), submits + 1);
}

// What a kill after the files were written leaves: a journal entry in Saving that names them.
// The next start records them, with no provider call.
void TestStudioSession::resultOnDiskIsRecordedAtNextStart()
{
    const QString kept = m_data->filePath(QStringLiteral("results/kept-1.png"));
    QDir().mkpath(m_data->filePath(QStringLiteral("results")));
    QFile file(kept);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(FakeProviderServer::makePng(QStringLiteral("kept")));
    file.close();
    JobJournal::Entry e;
    e.jobId = QStringLiteral("7a0c2f9e-0000-4000-8000-000000000001");
    e.modelId = Bria;
    e.provider = QStringLiteral("fal");
    e.values = valuesFor(*m_catalog->model(Bria), QStringLiteral("a stool"));
    e.state = JobState::Saving;
    e.submitStarted = true;
    e.handle.requestId = QStringLiteral("req-kept");
    e.context = QJsonObject{{QStringLiteral("origin"), QStringLiteral("app")}, {QStringLiteral("sketch"), SamplePath}};
    JobOutcome outcome;
    OutputImage image;
    image.filePath = kept;
    image.mimeType = QByteArrayLiteral("image/png");
    image.size = QSize(FakeProviderServer::kImageWidth, FakeProviderServer::kImageHeight);
    outcome.outputs.append(image);
    e.outcome = outcome;
    e.created = e.updated = QDateTime::currentDateTimeUtc();
    QVERIFY(JobJournal(m_data->filePath(QStringLiteral("jobs"))).write(e));

    auto session = makeSession();
    QSignalSpy finished(session.get(), &StudioSession::jobFinished);
    const QList<Job *> resumed = session->resumeUnfinished();
    QCOMPARE(resumed.size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, JobTimeoutMs);
    QCOMPARE(resumed.first()->state(), JobState::Done);
    const std::optional<HistoryEntry> entry = session->history()->entry(e.jobId);
    QVERIFY(entry);
    QCOMPARE(entry->outputPaths, QStringList{kept});
    QCOMPARE(entry->requestId, QStringLiteral("req-kept"));
    QVERIFY(m_server->requests().isEmpty());
    QVERIFY(!JobJournal(m_data->filePath(QStringLiteral("jobs"))).read(e.jobId));
}

// A kill before the files were written leaves the output URLs: the next start downloads them at
// once (fal keeps them only minutes), without asking fal for the job again.
void TestStudioSession::resultUrlsAreFetchedAtNextStart()
{
    const QString cdnPath = QStringLiteral("/files/out-kept.png");
    QUrl url = m_server->cdnUrl();
    url.setPath(cdnPath);
    // Let the fake CDN hold an image there: a fal job's result, fetched once.
    {
        auto first = makeSession();
        const ModelSpec *model = m_catalog->model(Bria);
        Job *job = first->generate(*model, valuesFor(*model, QStringLiteral("a bench")), SamplePath);
        QTRY_COMPARE_WITH_TIMEOUT(job->state(), JobState::Done, JobTimeoutMs);
        url = job->handle().outputUrls.value(0);
        QVERIFY(url.isValid());
    }
    m_server->clearRequests();
    JobJournal::Entry e;
    e.jobId = QStringLiteral("7a0c2f9e-0000-4000-8000-000000000002");
    e.modelId = Bria;
    e.provider = QStringLiteral("fal");
    e.values = valuesFor(*m_catalog->model(Bria), QStringLiteral("a bench"));
    e.state = JobState::Saving;
    e.submitStarted = true;
    e.handle.requestId = QStringLiteral("req-urls");
    e.handle.outputUrls = {url};
    e.context = QJsonObject{{QStringLiteral("origin"), QStringLiteral("app")}};
    JobOutcome outcome;
    outcome.outputs.append(OutputImage());
    e.outcome = outcome;
    e.created = e.updated = QDateTime::currentDateTimeUtc();
    QVERIFY(JobJournal(m_data->filePath(QStringLiteral("jobs"))).write(e));

    auto session = makeSession();
    QSignalSpy finished(session.get(), &StudioSession::jobFinished);
    QCOMPARE(session->resumeUnfinished().size(), 1);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, JobTimeoutMs);
    QVERIFY(session->history()->entry(e.jobId));
    const QList<RecordedRequest> requests = m_server->requests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().path, url.path());
    QVERIFY(!requests.first().hasHeader("authorization"));
}

// Over the daily budget, nothing is sent: not a run, not a compare, not a retry.
void TestStudioSession::budgetRefusesEveryKindOfRun()
{
    auto session = makeSession();
    const ModelSpec *model = m_catalog->model(Bria);
    Job *first = session->generate(*model, valuesFor(*model, QStringLiteral("a shelf")), SamplePath);
    QTRY_COMPARE_WITH_TIMEOUT(first->state(), JobState::Done, JobTimeoutMs);
    QTRY_VERIFY(session->costs()->todayTotal() >= 0.04);
    session->settings()->setValue(Settings::Key::DailyBudgetUsd, session->costs()->todayTotal() + 0.05);
    const int submits = m_server->submitCount(QStringLiteral("fal"));

    QString error;
    QVERIFY(session->generate(*model, valuesFor(*model, QStringLiteral("ok")), SamplePath, &error)); // 0.04 fits
    QVERIFY(!session->generate(*model, valuesFor(*model, QStringLiteral("no")), SamplePath, &error));
    QVERIFY2(error.contains(QStringLiteral("over your daily budget")), qPrintable(error));
    QHash<QString, QString> errors;
    QVERIFY(session->compare({Bria, Bria}, {{QStringLiteral("prompt"), QStringLiteral("x")}}, {}, SamplePath, &errors).isEmpty());
    QVERIFY(errors.value(Bria).contains(QStringLiteral("over your daily budget")));
    QSignalSpy warnings(session.get(), &StudioSession::warning);
    QVERIFY(!session->retry(first));
    QCOMPARE(warnings.count(), 1);
    QCOMPARE(session->jobs().size(), 2); // the first run and the one that fitted, nothing else
    QTRY_COMPARE_WITH_TIMEOUT(session->jobs().last()->state(), JobState::Done, JobTimeoutMs);
    QCOMPARE(m_server->submitCount(QStringLiteral("fal")), submits + 1);
    session->settings()->setValue(Settings::Key::DailyBudgetUsd, 0.0);
}

// Settings' longest side of uploads is what the providers scale the 1024x768 sketch to.
void TestStudioSession::uploadSideFollowsTheSetting()
{
    auto session = makeSession();
    session->settings()->setValue(Settings::Key::MaxUploadSide, 256);
    const QStringList before = m_server->storedFiles();
    const ModelSpec *model = m_catalog->model(Bria);
    Job *job = session->generate(*model, valuesFor(*model, QStringLiteral("a desk")), SamplePath);
    QVERIFY(job);
    QTRY_COMPARE_WITH_TIMEOUT(job->state(), JobState::Done, JobTimeoutMs);
    QStringList uploaded = m_server->storedFiles();
    for (const QString &old : before)
        uploaded.removeAll(old);
    QCOMPARE(uploaded.size(), 1);
    const QImage sent = QImage::fromData(m_server->storedFile(uploaded.first()));
    QCOMPARE(sent.size(), QSize(256, 192));
    session->settings()->setValue(Settings::Key::MaxUploadSide, 2048);
}

// A damaged history and a damaged journal entry do not stop the session: each is moved aside,
// said in the start-up warnings with both of its paths, and the session runs and records jobs.
void TestStudioSession::damagedFilesAreMovedAsideAtStart()
{
    const QDir data(m_data->path());
    const QByteArray garbage("this is not an SQLite database\n");
    const QByteArray brokenEntry("{\"version\": 1, \"id\": \"cut-off");
    {
        QFile history(data.filePath(QStringLiteral("history.sqlite")));
        QVERIFY(history.open(QIODevice::WriteOnly));
        for (int i = 0; i < 100; ++i)
            history.write(garbage);
        QVERIFY(data.mkpath(QStringLiteral("jobs")));
        QFile entry(data.filePath(QStringLiteral("jobs/cut-off.json")));
        QVERIFY(entry.open(QIODevice::WriteOnly));
        entry.write(brokenEntry);
    }

    auto session = makeSession();
    QVERIFY(session->history());
    const QStringList warnings = session->startupWarnings();
    const QStringList aside = data.entryList({QStringLiteral("history.sqlite.corrupt-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QFile moved(data.filePath(aside.first()));
    QVERIFY(moved.open(QIODevice::ReadOnly));
    QCOMPARE(moved.readAll(), garbage.repeated(100));
    QFile movedEntry(data.filePath(QStringLiteral("jobs/corrupt/cut-off.json")));
    QVERIFY(movedEntry.open(QIODevice::ReadOnly));
    QCOMPARE(movedEntry.readAll(), brokenEntry);
    QVERIFY(!QFile::exists(data.filePath(QStringLiteral("jobs/cut-off.json"))));
    QCOMPARE(warnings.size(), 2);
    QVERIFY2(warnings.at(0).startsWith(QStringLiteral("The run history %1 was damaged, so it was moved to %2 ")
                                           .arg(data.filePath(QStringLiteral("history.sqlite")), data.filePath(aside.first()))),
             qPrintable(warnings.at(0)));
    QCOMPARE(warnings.at(1), QStringLiteral("The job journal entry %1 could not be read (it is not valid JSON), so it was "
                                            "moved to %2.")
                                 .arg(data.filePath(QStringLiteral("jobs/cut-off.json")),
                                      data.filePath(QStringLiteral("jobs/corrupt/cut-off.json"))));

    // The session works: a run is made, kept and recorded in the new history.
    const ModelSpec *model = m_catalog->model(Bria);
    QSignalSpy finished(session.get(), &StudioSession::jobFinished);
    QString error;
    Job *job = session->generate(*model, valuesFor(*model, QStringLiteral("after the damage")), SamplePath, &error);
    QVERIFY2(job, qPrintable(error));
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, JobTimeoutMs);
    QVERIFY2(job->state() == JobState::Done, qPrintable(job->outcome().message));
    const QList<HistoryEntry> entries = session->history()->find(HistoryFilter());
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().id, job->id());
    QVERIFY(!QImage(entries.first().outputPaths.value(0)).isNull());

    // The next start has nothing to say.
    session.reset();
    QVERIFY(makeSession()->startupWarnings().isEmpty());
}

QTEST_GUILESS_MAIN(TestStudioSession)
#include "tst_studiosession.moc"
