#pragma once

#include "jobjournal.h"
#include "model/jobtypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>

class Job;
class ModelCatalog;
class ProviderRun;
class QThreadPool;
class ResultSink;
struct FinishedRun;

// Runs jobs under a global and a per-provider concurrency limit, keeps the journal current and
// resumes what a killed process left behind.
//
// Finished jobs go to the ResultSink (the history, the CLI's files) on a worker thread, in an
// order that loses nothing: the result files are written, the journal notes them, the run is
// recorded, and only then is the journal entry removed and the job Done. jobFinished() is
// emitted after that. Without a sink a result is Done as soon as it arrives.
class JobQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobQueue)

public:
    // Makes the provider run for a request; returns nullptr and a message when it cannot
    // (no key for the provider, unknown provider).
    using RunFactory = std::function<ProviderRun *(const JobRequest &request, QString *error)>;

    JobQueue(JobJournal *journal, RunFactory factory, QObject *parent = nullptr);
    // Waits for results that are being saved: nothing that was paid for is dropped on quit.
    ~JobQueue() override;

    // Not owned; must outlive the queue. Set it before the first job.
    void setResultSink(ResultSink *sink) { m_sink = sink; }
    // Blocks until every result being saved is on disk and recorded (quitting, tests).
    void waitForSaving();

    void setLimits(int global, int perProvider);
    int globalLimit() const { return m_globalLimit; }
    int perProviderLimit() const { return m_perProviderLimit; }

    // Adds a job; it starts as soon as a slot is free. The journal has it before this returns.
    Job *enqueue(JobRequest request, const QJsonObject &context = QJsonObject());

    // Picks up every unfinished job of the journal: results that arrived but were not saved
    // yet are saved (from their files, or downloaded again from the URLs the provider named);
    // jobs with a provider handle are followed again (never submitted twice); jobs that never
    // reached the provider start anew; jobs interrupted between "submit started" and the
    // provider's answer are marked Interrupted, because submitting again could pay twice.
    // `filter` picks the entries this caller is responsible for (the CLI resumes only its own).
    QList<Job *> resumeUnfinished(const ModelCatalog &catalog,
                                  const std::function<bool(const JobJournal::Entry &)> &filter = {});

    QList<Job *> jobs() const;
    Job *job(const QString &id) const;
    int runningCount() const;
    void cancelAll();
    // Lets go of the jobs that have ended and been recorded (Clear Finished): they are deleted,
    // their results stay on disk and in the history. Returns how many.
    int removeFinished();

Q_SIGNALS:
    void jobAdded(Job *job);
    // After the job's result (or failure) was saved and recorded by the sink. `recordId` is
    // what the sink's record() returned (the history entry id; empty without one).
    void jobFinished(Job *job);
    void jobRecorded(Job *job, const QString &recordId);
    // The sink could not record a run (the history is not writable ...).
    void recordFailed(Job *job, const QString &message);

private:
    struct Pending
    {
        QPointer<Job> job;
        bool resume = false;
    };

    Job *addJob(const JobRequest &request, const QJsonObject &context);
    void watch(Job *job);
    void save(Job *job);
    void onJobEnded(Job *job);
    // The job has ended and been recorded: jobFinished(), and removeFinished() may let it go.
    void report(Job *job);
    void schedule();
    void scheduleOnce();
    bool startJob(Job *job, bool resume);
    int runningFor(const QString &provider) const;

    JobJournal *m_journal;
    RunFactory m_factory;
    ResultSink *m_sink = nullptr;
    QThreadPool *m_savePool = nullptr;   // one thread: results are saved one at a time
    int m_globalLimit = 4;
    int m_perProviderLimit = 2;
    QList<QPointer<Job>> m_jobs;
    QList<Pending> m_pending;
    QHash<Job *, QString> m_running; // job -> provider
    QHash<Job *, QString> m_recordIds; // saved jobs -> what the sink's record() returned
    QSet<Job *> m_reported;            // jobs whose jobFinished() was emitted
    bool m_scheduling = false;
    bool m_rescheduleNeeded = false;
};
