#include "jobs/job.h"
#include "jobs/jobjournal.h"
#include "jobs/jobqueue.h"
#include "jobs/resultsink.h"
#include "schema/modelcatalog.h"

#include <QDir>
#include <QFile>
#include <QMutex>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QFileInfo>
#include <QtConcurrent/QtConcurrentRun>
#include <QThread>

namespace {

// A provider run the test drives by hand: it records what the queue asked of it.
class ScriptedRun final : public ProviderRun
{
public:
    using ProviderRun::ProviderRun;

    void start() override { started = true; setState(JobState::Queued); }
    void resume(const ProviderHandle &h) override { resumedWith = h; setState(JobState::Running); }
    bool canResume() const override { return true; }
    void cancel() override { fail(ApiResult::Error::Cancelled, QStringLiteral("Cancelled.")); }

    void submit(const QString &requestId)
    {
        Q_EMIT submitting();
        ProviderHandle h;
        h.requestId = requestId;
        h.statusUrl = QUrl(QStringLiteral("https://queue.example/requests/") + requestId + QStringLiteral("/status"));
        setHandle(h);
    }
    void complete()
    {
        JobOutcome outcome;
        outcome.costUsd = 0.04;
        OutputImage image;
        image.bytes = QByteArrayLiteral("\x89PNG\r\n\x1a\n not really an image");
        image.mimeType = QByteArrayLiteral("image/png");
        outcome.outputs.append(image);
        finish(outcome);
    }

    // As the providers send their billed request: after submitting(), once the queue lets it
    // go (ProviderRun::sendSubmitWhenReleased). `onSend` runs as it goes.
    void submitWhenReleased(const QString &requestId, std::function<void()> onSend = {})
    {
        Q_EMIT submitting();
        sendSubmitWhenReleased([this, requestId, onSend] {
            if (onSend)
                onSend();
            ++sends;
            ProviderHandle h;
            h.requestId = requestId;
            setHandle(h);
        });
    }

    bool started = false;
    int sends = 0;
    ProviderHandle resumedWith;
};

// A result sink on disk that records, on the worker, what the journal said at each step.
class RecordingSink final : public ResultSink
{
public:
    explicit RecordingSink(JobJournal *journal, const QString &dir)
        : m_journal(journal)
        , m_dir(dir)
    {
    }

    bool writeOutputs(FinishedRun &run, QString *error) override
    {
        QMutexLocker lock(&mutex);
        ++writes;
        entered.release();
        if (blockWrites)
            go.acquire();
        if (!writeError.isEmpty()) {
            *error = writeError;
            return false;
        }
        for (int i = 0; i < run.outcome.outputs.size(); ++i) {
            const QString path = QDir(m_dir).filePath(run.jobId + QStringLiteral("-%1.png").arg(i + 1));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(run.outcome.outputs.at(i).bytes) < 0)
                return false;
            run.outcome.outputs[i].filePath = path;
        }
        return true;
    }

    QString record(const FinishedRun &run, QString *error) override
    {
        QMutexLocker lock(&mutex);
        ++records;
        recordedStates.append(run.state);
        // The journal already names the files when the run is recorded.
        const std::optional<JobJournal::Entry> entry = m_journal->read(run.jobId);
        journalHadFiles = entry && entry->outcome && !entry->outcome->outputs.isEmpty()
                          && !entry->outcome->outputs.first().filePath.isEmpty();
        recordedFiles.clear();
        for (const OutputImage &output : run.outcome.outputs)
            recordedFiles.append(output.filePath);
        if (!recordError.isEmpty()) {
            *error = recordError;
            return QString();
        }
        return QStringLiteral("record-") + run.jobId;
    }

    QMutex mutex;
    int writes = 0;
    int records = 0;
    bool journalHadFiles = false;
    QList<JobState> recordedStates;
    QStringList recordedFiles;
    QString writeError;
    QString recordError;
    bool blockWrites = false;
    QSemaphore entered;
    QSemaphore go;

private:
    JobJournal *m_journal;
    QString m_dir;
};

} // namespace

class TestJobQueue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void journalBeforeAndAfterSubmit();
    void journalWritesFlushedAndAtomic();
    void journalWritesInBackground();
    void billedRequestWaitsForTheFlushedEntry();
    void concurrencyLimits();
    void missingKeyFailsWithoutRun();
    void resumeRules();
    void journalMovesGarbageAside();
    void cancelStopsRun();
    void resultIsKeptBeforeDone();
    void failuresAreRecordedToo();
    void unwritableResultStaysInJournal();
    void unrecordedResultIsRecordedAtNextStart();
    void resumeSavingRules();
    void quitWhileSavingKeepsTheResult();
    void removeFinishedLetsEndedJobsGo();
    void snapshotIsTheJobAsItStands();

private:
    JobRequest request(const QString &modelId) const;
    JobQueue *makeQueue();

    ModelCatalog m_catalog;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<JobJournal> m_journal;
    QList<QPointer<ScriptedRun>> m_runs;
    QString m_factoryError;
};

void TestJobQueue::init()
{
    m_catalog.reload();
    m_dir = std::make_unique<QTemporaryDir>();
    m_journal = std::make_unique<JobJournal>(m_dir->filePath(QStringLiteral("jobs")));
    m_runs.clear();
    m_factoryError.clear();
}

void TestJobQueue::cleanup()
{
    m_journal.reset();
    m_dir.reset();
}

JobRequest TestJobQueue::request(const QString &modelId) const
{
    JobRequest r;
    r.model = *m_catalog.model(modelId);
    r.values = QJsonObject{{QStringLiteral("prompt"), QStringLiteral("a red chair")}};
    return r;
}

JobQueue *TestJobQueue::makeQueue()
{
    auto *queue = new JobQueue(m_journal.get(), [this](const JobRequest &r, QString *error) -> ProviderRun * {
        if (!m_factoryError.isEmpty()) {
            *error = m_factoryError;
            return nullptr;
        }
        auto *run = new ScriptedRun(r, ProviderConfig());
        m_runs.append(run);
        return run;
    }, this);
    return queue;
}

void TestJobQueue::journalBeforeAndAfterSubmit()
{
    JobQueue *queue = makeQueue();
    Job *job = queue->enqueue(request(QStringLiteral("fal:bria/reimagine/3.2")), {{QStringLiteral("output"), QStringLiteral("/tmp/x.png")}});
    QVERIFY(!job->id().isEmpty());
    std::optional<JobJournal::Entry> entry = m_journal->read(job->id());
    QVERIFY(entry);
    QCOMPARE(entry->modelId, QStringLiteral("fal:bria/reimagine/3.2"));
    QCOMPARE(entry->values.value(QLatin1String("prompt")).toString(), QStringLiteral("a red chair"));
    QCOMPARE(entry->context.value(QLatin1String("output")).toString(), QStringLiteral("/tmp/x.png"));

    QCOMPARE(m_runs.size(), 1);
    QVERIFY(m_runs.first()->started);
    m_runs.first()->submit(QStringLiteral("req-1"));
    entry = m_journal->read(job->id());
    QVERIFY(entry->submitStarted);
    QCOMPARE(entry->handle.requestId, QStringLiteral("req-1"));
    QCOMPARE(entry->state, JobState::Queued);

    QSignalSpy finished(queue, &JobQueue::jobFinished);
    m_runs.first()->complete();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job->state(), JobState::Done);
    QVERIFY(!m_journal->read(job->id())); // nothing left to resume
    QVERIFY(m_journal->unfinished().isEmpty());
}

void TestJobQueue::concurrencyLimits()
{
    JobQueue *queue = makeQueue();
    queue->setLimits(3, 2);
    for (int i = 0; i < 3; ++i)
        queue->enqueue(request(QStringLiteral("fal:bria/reimagine/3.2")));
    queue->enqueue(request(QStringLiteral("segmind:bria-reimagine")));
    queue->enqueue(request(QStringLiteral("segmind:bria-reimagine")));
    // 2 fal (per-provider limit) + 1 segmind (global limit 3).
    QCOMPARE(m_runs.size(), 3);
    QCOMPARE(queue->runningCount(), 3);
    m_runs.at(0)->complete();
    // A fal slot is free but the global limit allows one more: the third fal job starts.
    QCOMPARE(m_runs.size(), 4);
    QCOMPARE(m_runs.at(3)->request().model.provider, QStringLiteral("fal"));
    m_runs.at(2)->complete(); // the segmind job
    QCOMPARE(m_runs.size(), 5);
    QCOMPARE(m_runs.at(4)->request().model.provider, QStringLiteral("segmind"));
}

void TestJobQueue::missingKeyFailsWithoutRun()
{
    JobQueue *queue = makeQueue();
    m_factoryError = QStringLiteral("No API key for fal.");
    QSignalSpy finished(queue, &JobQueue::jobFinished);
    Job *first = queue->enqueue(request(QStringLiteral("fal:bria/reimagine/3.2")));
    Job *second = queue->enqueue(request(QStringLiteral("fal:bria/reimagine/3.2")));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(first->state(), JobState::Failed);
    QCOMPARE(first->outcome().message, QStringLiteral("No API key for fal."));
    QCOMPARE(second->state(), JobState::Failed);
    QVERIFY(!m_journal->read(first->id())); // it never reached a provider: nothing to resume
}

void TestJobQueue::resumeRules()
{
    // What a killed process left: one job with a handle, one killed mid-submit, one never sent.
    auto write = [this](const QString &id, JobState state, bool submitStarted, const QString &requestId) {
        JobJournal::Entry e;
        e.jobId = id;
        e.modelId = QStringLiteral("fal:bria/reimagine/3.2");
        e.provider = QStringLiteral("fal");
        e.values = QJsonObject{{QStringLiteral("prompt"), QStringLiteral("x")}};
        e.state = state;
        e.submitStarted = submitStarted;
        e.handle.requestId = requestId;
        e.created = e.updated = QDateTime::currentDateTimeUtc();
        QVERIFY(m_journal->write(e));
    };
    write(QStringLiteral("with-handle"), JobState::Running, true, QStringLiteral("req-9"));
    write(QStringLiteral("mid-submit"), JobState::Preparing, true, QString());
    write(QStringLiteral("never-sent"), JobState::Uploading, false, QString());
    write(QStringLiteral("already-done"), JobState::Done, true, QStringLiteral("req-1"));

    JobQueue *queue = makeQueue();
    const QList<Job *> resumed = queue->resumeUnfinished(m_catalog);
    QCOMPARE(resumed.size(), 3);

    Job *withHandle = queue->job(QStringLiteral("with-handle"));
    Job *midSubmit = queue->job(QStringLiteral("mid-submit"));
    Job *neverSent = queue->job(QStringLiteral("never-sent"));
    QVERIFY(withHandle && midSubmit && neverSent);
    QVERIFY(!queue->job(QStringLiteral("already-done")));

    QCOMPARE(m_runs.size(), 2);
    ScriptedRun *resumedRun = nullptr;
    ScriptedRun *restarted = nullptr;
    for (ScriptedRun *run : std::as_const(m_runs)) {
        if (run->request().jobId == QLatin1String("with-handle"))
            resumedRun = run;
        else if (run->request().jobId == QLatin1String("never-sent"))
            restarted = run;
    }
    QVERIFY(resumedRun && restarted);
    QCOMPARE(resumedRun->resumedWith.requestId, QStringLiteral("req-9"));
    QVERIFY(!resumedRun->started); // followed, never submitted again
    QVERIFY(restarted->started);   // nothing was paid: it may start anew

    QCOMPARE(midSubmit->state(), JobState::Interrupted);
    QVERIFY(midSubmit->outcome().message.contains(QLatin1String("never paid twice")));
    QCOMPARE(m_journal->read(QStringLiteral("mid-submit"))->state, JobState::Interrupted);

    // Resuming twice does not duplicate jobs.
    QCOMPARE(queue->resumeUnfinished(m_catalog).size(), 0);
}

void TestJobQueue::journalMovesGarbageAside()
{
    QDir().mkpath(m_journal->directory());
    const QByteArray cut("{\"version\": 1, \"id\": \"../../etc\", \"state\": \"running\"");
    const QByteArray unsafeId(R"({"version": 1, "id": "../../etc", "model": "fal:x", "state": "running"})");
    const QByteArray newer(R"({"version": 2, "id": "later", "model": "fal:x", "state": "running"})");
    const QString dir = m_journal->directory();
    for (const auto &[name, bytes] : {std::pair{QStringLiteral("broken.json"), cut},
                                      std::pair{QStringLiteral("unsafe.json"), unsafeId},
                                      std::pair{QStringLiteral("later.json"), newer}}) {
        QFile file(dir + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    JobRequest readable = request(QStringLiteral("fal:bria/reimagine/3.2"));
    readable.jobId = QStringLiteral("readable-1");
    Job job(readable);
    QVERIFY(m_journal->record(job));
    QVERIFY(!m_journal->read(QStringLiteral("../evil")));
    QCOMPARE(m_journal->all().size(), 1); // unreadable entries are skipped ...

    // ... and moved aside once, each with a message naming the file and where it went.
    const QStringList messages = m_journal->moveAsideUnreadable();
    QCOMPARE(messages.size(), 2);
    const QString corrupt = m_journal->corruptDirectory();
    QCOMPARE(corrupt, dir + QStringLiteral("/corrupt"));
    QCOMPARE(messages.at(0), QStringLiteral("The job journal entry %1 could not be read (it is not valid JSON), so it "
                                            "was moved to %2.")
                                 .arg(dir + QStringLiteral("/broken.json"), corrupt + QStringLiteral("/broken.json")));
    QCOMPARE(messages.at(1), QStringLiteral("The job journal entry %1 could not be read (it is not a job journal entry "
                                            "this version of the app can read), so it was moved to %2.")
                                 .arg(dir + QStringLiteral("/unsafe.json"), corrupt + QStringLiteral("/unsafe.json")));
    for (const auto &[name, bytes] : {std::pair{QStringLiteral("broken.json"), cut},
                                      std::pair{QStringLiteral("unsafe.json"), unsafeId}}) {
        QVERIFY(!QFile::exists(dir + QLatin1Char('/') + name));
        QFile moved(corrupt + QLatin1Char('/') + name);
        QVERIFY(moved.open(QIODevice::ReadOnly));
        QCOMPARE(moved.readAll(), bytes); // kept as it was
    }
    // The readable entry and the one a newer version wrote stay where they are.
    QVERIFY(m_journal->read(job.id()));
    QVERIFY(QFile::exists(dir + QStringLiteral("/later.json")));
    QCOMPARE(m_journal->all().size(), 1);

    // Reported once: nothing is left to move, and a second damaged file with a name taken in
    // corrupt/ gets a name of its own.
    QVERIFY(m_journal->moveAsideUnreadable().isEmpty());
    QFile again(dir + QStringLiteral("/broken.json"));
    QVERIFY(again.open(QIODevice::WriteOnly));
    again.write("garbage");
    again.close();
    const QStringList second = m_journal->moveAsideUnreadable();
    QCOMPARE(second.size(), 1);
    QVERIFY2(second.first().endsWith(corrupt + QStringLiteral("/broken-2.json.")), qPrintable(second.first()));
    QVERIFY(QFile::exists(corrupt + QStringLiteral("/broken.json")));
}

void TestJobQueue::cancelStopsRun()
{
    JobQueue *queue = makeQueue();
    queue->setLimits(1, 1);
    Job *running = queue->enqueue(request(QStringLiteral("fal:bria/reimagine/3.2")));
    Job *waiting = queue->enqueue(request(QStringLiteral("fal:bria/reimagine/3.2")));
    QCOMPARE(m_runs.size(), 1);
    waiting->cancel(); // not started yet: cancelled without a run
    QCOMPARE(waiting->state(), JobState::Cancelled);
    running->cancel();
    QCOMPARE(running->state(), JobState::Cancelled);
    QCOMPARE(m_runs.size(), 1); // the cancelled waiting job never started
}

// The order that makes a kill at any point safe: files, then the journal names them, then the
// record, then the journal entry goes and only then is the job Done.
void TestJobQueue::resultIsKeptBeforeDone()
{
    JobQueue *queue = makeQueue();
    RecordingSink sink(m_journal.get(), m_dir->path());
    queue->setResultSink(&sink);
    QSignalSpy finished(queue, &JobQueue::jobFinished);
    QSignalSpy recorded(queue, &JobQueue::jobRecorded);
    Job *job = queue->enqueue(request(QStringLiteral("fal:bria/reimagine/3.2")));
    m_runs.first()->submit(QStringLiteral("req-1"));
    m_runs.first()->complete();
    QCOMPARE(job->state(), JobState::Saving);
    QCOMPARE(m_journal->read(job->id())->state, JobState::Saving);
    QVERIFY(finished.isEmpty());
    QVERIFY(finished.wait(5000));
    QCOMPARE(job->state(), JobState::Done);
    QCOMPARE(sink.writes, 1);
    QCOMPARE(sink.records, 1);
    QVERIFY(sink.journalHadFiles);
    const QString file = m_dir->filePath(job->id() + QStringLiteral("-1.png"));
    QCOMPARE(sink.recordedFiles, QStringList{file});
    QCOMPARE(job->outcome().outputs.first().filePath, file);
    QVERIFY(job->outcome().outputs.first().bytes.isEmpty()); // released once kept
    QVERIFY(!m_journal->read(job->id()));
    QCOMPARE(recorded.count(), 1);
    QCOMPARE(recorded.first().at(1).toString(), QStringLiteral("record-") + job->id());
}

void TestJobQueue::failuresAreRecordedToo()
{
    JobQueue *queue = makeQueue();
    RecordingSink sink(m_journal.get(), m_dir->path());
    queue->setResultSink(&sink);
    QSignalSpy finished(queue, &JobQueue::jobFinished);
    Job *job = queue->enqueue(request(QStringLiteral("fal:bria/reimagine/3.2")));
    job->cancel();
    QVERIFY(finished.wait(5000));
    QCOMPARE(sink.writes, 0);
    QCOMPARE(sink.recordedStates, QList<JobState>{JobState::Cancelled});
    QVERIFY(!m_journal->read(job->id()));
}

// The disk refuses the result: the job fails saying so, and the journal keeps it for the next
// start (which downloads it again from the provider's URLs).
void TestJobQueue::unwritableResultStaysInJournal()
{
    JobQueue *queue = makeQueue();
    RecordingSink sink(m_journal.get(), m_dir->path());
    sink.writeError = QStringLiteral("No space left on device.");
    queue->setResultSink(&sink);
    QSignalSpy finished(queue, &JobQueue::jobFinished);
    Job *job = queue->enqueue(request(QStringLiteral("fal:bria/reimagine/3.2")));
    m_runs.first()->submit(QStringLiteral("req-2"));
    m_runs.first()->complete();
    QVERIFY(finished.wait(5000));
    QCOMPARE(job->state(), JobState::Failed);
    QVERIFY2(job->outcome().message.contains(QLatin1String("No space left on device.")), qPrintable(job->outcome().message));
    QCOMPARE(sink.records, 0);
    const std::optional<JobJournal::Entry> entry = m_journal->read(job->id());
    QVERIFY(entry);
    QCOMPARE(entry->state, JobState::Saving);
    QCOMPARE(entry->handle.requestId, QStringLiteral("req-2"));
    QCOMPARE(m_journal->unfinished().size(), 1);
}

void TestJobQueue::unrecordedResultIsRecordedAtNextStart()
{
    QString jobId;
    {
        JobQueue *queue = makeQueue();
        RecordingSink sink(m_journal.get(), m_dir->path());
        sink.recordError = QStringLiteral("database is locked");
        queue->setResultSink(&sink);
        QSignalSpy failed(queue, &JobQueue::recordFailed);
        QSignalSpy finished(queue, &JobQueue::jobFinished);
        Job *job = queue->enqueue(request(QStringLiteral("fal:bria/reimagine/3.2")));
        jobId = job->id();
        m_runs.first()->submit(QStringLiteral("req-3"));
        m_runs.first()->complete();
        QVERIFY(finished.wait(5000));
        QCOMPARE(job->state(), JobState::Done); // the result is on disk
        QCOMPARE(failed.count(), 1);
        QVERIFY(m_journal->read(jobId)); // ... but not recorded yet
        delete queue;
    }
    m_runs.clear();
    JobQueue *queue = makeQueue();
    RecordingSink sink(m_journal.get(), m_dir->path());
    queue->setResultSink(&sink);
    QSignalSpy finished(queue, &JobQueue::jobFinished);
    const QList<Job *> resumed = queue->resumeUnfinished(m_catalog);
    QCOMPARE(resumed.size(), 1);
    QVERIFY(finished.wait(5000));
    QCOMPARE(resumed.first()->state(), JobState::Done);
    QVERIFY(m_runs.isEmpty());     // no provider call at all
    QCOMPARE(sink.writes, 0);      // the files were there
    QCOMPARE(sink.records, 1);
    QVERIFY(!m_journal->read(jobId));
}

void TestJobQueue::resumeSavingRules()
{
    auto write = [this](const QString &id, const QString &model, const QString &provider, const QList<QUrl> &urls,
                        const QString &requestId) {
        JobJournal::Entry e;
        e.jobId = id;
        e.modelId = model;
        e.provider = provider;
        e.state = JobState::Saving;
        e.submitStarted = true;
        e.handle.requestId = requestId;
        e.handle.outputUrls = urls;
        JobOutcome outcome;
        outcome.outputs.append(OutputImage());
        e.outcome = outcome;
        e.created = e.updated = QDateTime::currentDateTimeUtc();
        QVERIFY(m_journal->write(e));
    };
    const QUrl cdn(QStringLiteral("https://v3.fal.media/files/out.png"));
    write(QStringLiteral("fal-urls"), QStringLiteral("fal:bria/reimagine/3.2"), QStringLiteral("fal"), {cdn},
          QStringLiteral("req-5"));
    write(QStringLiteral("segmind-lost"), QStringLiteral("segmind:bria-reimagine"), QStringLiteral("segmind"), {},
          QStringLiteral("seg-1"));
    JobQueue *queue = makeQueue();
    const QList<Job *> resumed = queue->resumeUnfinished(m_catalog);
    QCOMPARE(resumed.size(), 2);
    QCOMPARE(m_runs.size(), 1);
    QCOMPARE(m_runs.first()->request().jobId, QStringLiteral("fal-urls"));
    QCOMPARE(m_runs.first()->resumedWith.outputUrls, QList<QUrl>{cdn}); // downloaded at once
    QVERIFY(!m_runs.first()->started);
    Job *lost = queue->job(QStringLiteral("segmind-lost"));
    QCOMPARE(lost->state(), JobState::Interrupted);
    QVERIFY2(lost->outcome().message.contains(QLatin1String("Segmind does not keep it")), qPrintable(lost->outcome().message));
}

// Quitting while a result is being written waits for it: it is on disk and recorded after.
void TestJobQueue::quitWhileSavingKeepsTheResult()
{
    JobQueue *queue = makeQueue();
    RecordingSink sink(m_journal.get(), m_dir->path());
    sink.blockWrites = true;
    queue->setResultSink(&sink);
    Job *job = queue->enqueue(request(QStringLiteral("fal:bria/reimagine/3.2")));
    const QString jobId = job->id();
    m_runs.first()->submit(QStringLiteral("req-6"));
    m_runs.first()->complete();
    sink.entered.acquire(); // the worker is writing now
    sink.go.release();
    delete queue;           // the app quits
    QCOMPARE(sink.records, 1);
    QVERIFY(QFile::exists(m_dir->filePath(jobId + QStringLiteral("-1.png"))));
    QVERIFY(!m_journal->read(jobId));
}

void TestJobQueue::removeFinishedLetsEndedJobsGo()
{
    JobQueue *queue = makeQueue();
    QSignalSpy finished(queue, &JobQueue::jobFinished);
    QPointer<Job> done = queue->enqueue(request(QStringLiteral("fal:bria/reimagine/3.2")));
    QPointer<Job> running = queue->enqueue(request(QStringLiteral("fal:bria/reimagine/3.2")));
    m_runs.first()->complete();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(queue->removeFinished(), 1);
    QTRY_VERIFY(!done); // deleted: its memory is free
    QVERIFY(running);
    QCOMPARE(queue->jobs(), QList<Job *>{running.data()});
    QCOMPARE(queue->removeFinished(), 0);
}

void TestJobQueue::snapshotIsTheJobAsItStands()
{
    JobRequest r = request(QStringLiteral("fal:bria/reimagine/3.2"));
    r.jobId = QStringLiteral("job-7");
    Job job(r);
    job.setContext(QJsonObject{{QStringLiteral("output"), QStringLiteral("/tmp/y.png")}});
    ProviderHandle handle;
    handle.requestId = QStringLiteral("req-7");
    const QDateTime created(QDate(2026, 3, 4), QTime(5, 6, 7), Qt::UTC);
    job.restore(JobState::Queued, handle, true, created, JobOutcome());

    const FinishedRun run = job.snapshot();
    QCOMPARE(run.jobId, QStringLiteral("job-7"));
    QCOMPARE(run.model.id, QStringLiteral("fal:bria/reimagine/3.2"));
    QCOMPARE(run.values, r.values);
    QCOMPARE(run.context.value(QLatin1String("output")).toString(), QStringLiteral("/tmp/y.png"));
    QCOMPARE(run.state, JobState::Queued);
    QCOMPARE(run.handle.requestId, QStringLiteral("req-7"));
    QCOMPARE(run.created, created);

    // The journal writes the same job.
    const JobJournal::Entry entry = JobJournal::entryFor(job);
    QCOMPARE(entry.jobId, run.jobId);
    QCOMPARE(entry.modelId, run.model.id);
    QCOMPARE(entry.provider, QStringLiteral("fal"));
    QVERIFY(entry.submitStarted);
    QVERIFY(!entry.outcome);   // no outcome before a result or the end
}

// Both kinds of journal write replace the entry whole (a reader finds the old or the new one),
// leave no temporary file behind, and an atomic write over a flushed one keeps submit_started.
void TestJobQueue::journalWritesFlushedAndAtomic()
{
    JobJournal::Entry entry;
    entry.jobId = QStringLiteral("job-durability");
    entry.modelId = QStringLiteral("fal:bria/reimagine/3.2");
    entry.provider = QStringLiteral("fal");
    entry.state = JobState::Uploading;
    entry.submitStarted = true;
    entry.created = QDateTime::currentDateTimeUtc();
    QString error;
    QVERIFY2(m_journal->write(entry, &error, JobJournal::Durability::Flushed), qPrintable(error));
    entry.state = JobState::Queued;
    entry.handle.requestId = QStringLiteral("req-1");
    QVERIFY2(m_journal->write(entry, &error, JobJournal::Durability::Atomic), qPrintable(error));
    const std::optional<JobJournal::Entry> read = m_journal->read(entry.jobId);
    QVERIFY(read);
    QCOMPARE(read->state, JobState::Queued);
    QVERIFY(read->submitStarted);
    QCOMPARE(read->handle.requestId, QStringLiteral("req-1"));
    QCOMPARE(QDir(m_journal->directory()).entryList(QDir::Files),
             QStringList{QStringLiteral("job-durability.json")});
    // An unwritable folder is reported, not ignored.
    JobJournal nowhere(QStringLiteral("/proc/no-such-journal"));
    QVERIFY(!nowhere.write(entry, &error, JobJournal::Durability::Atomic));
    QVERIFY(!error.isEmpty());
}

// In the app the journal writes on a thread of its own. The entry that says a billed request is
// about to go must be on the disk before it goes: the request waits for it, the GUI thread does
// not (it never runs the fsync). A job cancelled meanwhile never sends it.
void TestJobQueue::billedRequestWaitsForTheFlushedEntry()
{
    m_journal->writeInBackground();
    QSemaphore entered;
    QSemaphore go;
    std::atomic_bool hold{false};
    QMutex writersMutex;
    QList<QThread *> writers;
    m_journal->setBeforeQueuedWrite([&] {
        {
            QMutexLocker lock(&writersMutex);
            writers.append(QThread::currentThread());
        }
        if (hold.load()) {
            entered.release();
            go.acquire();
        }
    });
    JobQueue *queue = makeQueue();
    Job *job = queue->enqueue(request(QStringLiteral("fal:bria/reimagine/3.2")), {});
    Job *cancelled = queue->enqueue(request(QStringLiteral("fal:bria/reimagine/3.2")), {});
    QCOMPARE(m_runs.size(), 2);
    m_journal->waitForWrites();
    const JobJournal onDisk(m_journal->directory());

    hold = true;
    bool entryOnDiskWhenSent = false;
    m_runs.at(0)->submitWhenReleased(QStringLiteral("req-9"), [&] {
        const std::optional<JobJournal::Entry> entry = onDisk.read(job->id());
        entryOnDiskWhenSent = entry && entry->submitStarted;
    });
    QVERIFY(entered.tryAcquire(1, 10000)); // the writer has the flushed entry; this thread goes on
    QVERIFY(m_runs.at(0)->isSubmitHeld());
    QCOMPARE(m_runs.at(0)->sends, 0);
    QVERIFY(job->submitStarted());
    QVERIFY(m_journal->read(job->id())->submitStarted); // what the journal says, queued
    QVERIFY(!onDisk.read(job->id())->submitStarted);    // not yet on the disk
    hold = false;
    go.release();
    QTRY_COMPARE(m_runs.at(0)->sends, 1);
    QVERIFY(entryOnDiskWhenSent);
    QVERIFY(!m_runs.at(0)->isSubmitHeld());
    QCOMPARE(job->handle().requestId, QStringLiteral("req-9"));

    // Cancelled while its entry is written: the request is dropped, never sent.
    hold = true;
    bool cancelledSent = false;
    m_runs.at(1)->submitWhenReleased(QStringLiteral("req-10"), [&] { cancelledSent = true; });
    QVERIFY(entered.tryAcquire(1, 10000));
    cancelled->cancel();
    QCOMPARE(cancelled->state(), JobState::Cancelled);
    hold = false;
    go.release();
    m_journal->waitForWrites();
    // The release arrives on this thread after the write: wait for a later queued call.
    bool later = false;
    QMetaObject::invokeMethod(this, [&later] { later = true; }, Qt::QueuedConnection);
    QTRY_VERIFY(later);
    QVERIFY(!cancelledSent);

    QMutexLocker lock(&writersMutex);
    QVERIFY(!writers.isEmpty());
    for (QThread *writer : std::as_const(writers))
        QVERIFY(writer != QThread::currentThread());
}

void TestJobQueue::journalWritesInBackground()
{
    m_journal->writeInBackground();
    QSemaphore entered;
    QSemaphore go;
    QList<QThread *> writers;
    m_journal->setBeforeQueuedWrite([&] {
        writers.append(QThread::currentThread());
        entered.release();
        go.acquire();
    });
    JobJournal::Entry entry;
    entry.jobId = QStringLiteral("job-background");
    entry.modelId = QStringLiteral("fal:bria/reimagine/3.2");
    entry.provider = QStringLiteral("fal");
    entry.state = JobState::Uploading;
    entry.created = QDateTime::currentDateTimeUtc();
    const QString path = QDir(m_journal->directory()).filePath(QStringLiteral("job-background.json"));

    // An Atomic write returns while the writer thread holds it; reads see it at once.
    QString error;
    QVERIFY2(m_journal->write(entry, &error, JobJournal::Durability::Atomic), qPrintable(error));
    QVERIFY(entered.tryAcquire(1, 10000));
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(m_journal->read(entry.jobId)->state, JobState::Uploading);
    // Later writes of the same job are queued behind it; the newest is the one kept.
    entry.state = JobState::Queued;
    QVERIFY(m_journal->write(entry, &error, JobJournal::Durability::Atomic));
    entry.state = JobState::Running;
    QVERIFY(m_journal->write(entry, &error, JobJournal::Durability::Atomic));
    QCOMPARE(m_journal->read(entry.jobId)->state, JobState::Running);
    go.release(100);
    m_journal->waitForWrites();
    QVERIFY(!writers.isEmpty());
    for (QThread *writer : std::as_const(writers))
        QVERIFY(writer != QThread::currentThread());
    QCOMPARE(JobJournal(m_journal->directory()).read(entry.jobId)->state, JobState::Running);

    // A Flushed write waits for the queued ones and is written on the calling thread.
    writers.clear();
    entry.state = JobState::Downloading;
    QVERIFY(m_journal->write(entry, &error, JobJournal::Durability::Atomic));
    entry.submitStarted = true;
    QVERIFY(m_journal->write(entry, &error, JobJournal::Durability::Flushed));
    QCOMPARE(writers.size(), 1);
    const std::optional<JobJournal::Entry> flushed = JobJournal(m_journal->directory()).read(entry.jobId);
    QVERIFY(flushed && flushed->submitStarted);
    QCOMPARE(flushed->state, JobState::Downloading);

    // Removal is queued too; a read sees it before the file is gone.
    QVERIFY(m_journal->remove(entry.jobId));
    QVERIFY(!m_journal->read(entry.jobId));
    m_journal->waitForWrites();
    QVERIFY(!QFileInfo::exists(path));

    // From another thread, writes are done there and then (after the queued ones).
    writers.clear();
    entry.jobId = QStringLiteral("job-from-worker");
    QVERIFY(QtConcurrent::run([&] { return m_journal->write(entry, nullptr, JobJournal::Durability::Atomic); }).result());
    QVERIFY(writers.isEmpty());
    QVERIFY(QFileInfo::exists(QDir(m_journal->directory()).filePath(QStringLiteral("job-from-worker.json"))));
}

QTEST_GUILESS_MAIN(TestJobQueue)
#include "tst_jobqueue.moc"
