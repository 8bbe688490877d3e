#include "jobqueue.h"

#include "base/crashpoint.h"
#include "job.h"
#include "model/providerinfo.h"
#include "providers/provider.h"
#include "resultsink.h"
#include "schema/modelcatalog.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QThreadPool>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace {

struct Saved
{
    QList<OutputImage> outputs;   // with their file paths
    QString recordId;
    QString writeError;           // the result could not be written: the journal keeps it
    QString recordError;          // written but not recorded: the journal keeps it
};

bool filesComplete(const QList<OutputImage> &outputs)
{
    for (const OutputImage &output : outputs) {
        if (output.filePath.isEmpty() || !QFileInfo(output.filePath).isFile())
            return false;
    }
    return !outputs.isEmpty();
}

// Runs on the save worker. The order is what makes a kill at any point safe (see JobQueue).
Saved saveRun(ResultSink *sink, JobJournal *journal, FinishedRun run)
{
    Saved saved;
    if (run.state == JobState::Saving) {
        if (!filesComplete(run.outcome.outputs)) {
            if (!sink->writeOutputs(run, &saved.writeError)) {
                if (saved.writeError.isEmpty())
                    saved.writeError = JobQueue::tr("The result could not be written.");
                return saved;
            }
            CrashPoint::hit("outputs-written");
            if (std::optional<JobJournal::Entry> entry = journal->read(run.jobId)) {
                entry->outcome = run.outcome;
                entry->updated = QDateTime::currentDateTimeUtc();
                journal->write(*entry, nullptr, JobJournal::Durability::Atomic);
            }
            CrashPoint::hit("journal-noted");
        }
        saved.outputs = run.outcome.outputs;
        for (OutputImage &output : saved.outputs)
            output.bytes.clear();
    }
    saved.recordId = sink->record(run, &saved.recordError);
    if (!saved.recordError.isEmpty() && run.state == JobState::Saving)
        return saved; // the files are there; the next start records them
    CrashPoint::hit("history-written");
    if (run.state != JobState::Interrupted)
        journal->remove(run.jobId);
    return saved;
}

// Saves `run` on the save worker (saveRun), then calls done(job, saved) on the queue's thread,
// provided the job still exists.
template <typename Done>
void saveOnWorker(JobQueue *queue, QThreadPool *pool, ResultSink *sink, JobJournal *journal,
                  Job *job, FinishedRun run, Done done)
{
    QPointer<Job> guard(job);
    auto *watcher = new QFutureWatcher<Saved>(queue);
    QObject::connect(watcher, &QFutureWatcher<Saved>::finished, queue, [watcher, guard, done] {
        watcher->deleteLater();
        const Saved saved = watcher->result();
        if (guard)
            done(guard.data(), saved);
    });
    watcher->setFuture(QtConcurrent::run(pool, saveRun, sink, journal, std::move(run)));
}

} // namespace

JobQueue::JobQueue(JobJournal *journal, RunFactory factory, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_factory(std::move(factory))
    , m_savePool(new QThreadPool(this))
{
    m_savePool->setMaxThreadCount(1);
}

JobQueue::~JobQueue()
{
    waitForSaving();
}

void JobQueue::waitForSaving()
{
    m_savePool->waitForDone();
}

void JobQueue::setLimits(int global, int perProvider)
{
    m_globalLimit = qMax(1, global);
    m_perProviderLimit = qMax(1, perProvider);
    schedule();
}

Job *JobQueue::addJob(const JobRequest &request, const QJsonObject &context)
{
    auto *job = new Job(request, this);
    job->setContext(context);
    m_jobs.append(job);
    watch(job);
    return job;
}

Job *JobQueue::enqueue(JobRequest request, const QJsonObject &context)
{
    if (request.jobId.isEmpty())
        request.jobId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    Job *job = addJob(request, context);
    m_journal->record(*job, nullptr, JobJournal::Durability::Atomic);
    m_pending.append({job, false});
    Q_EMIT jobAdded(job);
    schedule();
    return job;
}

QList<Job *> JobQueue::resumeUnfinished(const ModelCatalog &catalog,
                                        const std::function<bool(const JobJournal::Entry &)> &filter)
{
    QList<Job *> resumed;
    for (const JobJournal::Entry &entry : m_journal->unfinished()) {
        if (job(entry.jobId) || (filter && !filter(entry)))
            continue; // already in this queue, or someone else's
        const ModelSpec *model = catalog.model(entry.modelId);
        JobRequest request;
        request.jobId = entry.jobId;
        if (model)
            request.model = *model;
        else
            request.model.id = entry.modelId;
        request.model.provider = entry.provider;
        request.values = entry.values;

        Job *j = addJob(request, entry.context);
        j->restore(entry.state, entry.handle, entry.submitStarted, entry.created,
                   entry.outcome.value_or(JobOutcome()));
        resumed.append(j);
        Q_EMIT jobAdded(j);

        const bool arrived = entry.state == JobState::Saving && entry.outcome;
        if (arrived && filesComplete(entry.outcome->outputs)) {
            j->resumeSaving(); // written before the app stopped: record it
        } else if (!model) {
            j->finishWithoutRun(JobState::Failed, tr("The model %1 is no longer in the catalog.").arg(entry.modelId));
        } else if (arrived && entry.handle.outputUrls.isEmpty()
                   && (entry.handle.isEmpty() || !ProviderInfo::find(entry.provider)
                       || !ProviderInfo::find(entry.provider)->resumable)) {
            j->finishWithoutRun(JobState::Interrupted,
                                tr("The result had arrived but the app stopped before it was saved, "
                                   "and %1 does not keep it for downloading again.")
                                    .arg(ProviderInfo::nameOf(entry.provider)));
        } else if (!entry.handle.isEmpty() || !entry.handle.outputUrls.isEmpty()) {
            m_pending.append({j, true});
        } else if (entry.submitStarted) {
            j->finishWithoutRun(JobState::Interrupted,
                                tr("The app stopped while this job was being submitted. It was not "
                                   "submitted again, so it is never paid twice; check the provider's "
                                   "dashboard for its result."));
        } else {
            m_pending.append({j, false}); // never reached the provider: nothing was paid
        }
    }
    schedule();
    return resumed;
}

void JobQueue::watch(Job *job)
{
    // Only the entry that says the billed request is about to go waits for the disk (fsync):
    // after a power cut it must never read as "not submitted". The request waits for it (the
    // run holds it until releaseSubmit()), the thread that queues the writes does not (in the
    // app, the GUI thread). Every other change is replaced atomically and flushed by the system
    // later: losing one loses progress, never money, and keeps fsyncs off the way from the
    // submit answer to the status stream and from the result to its download.
    auto record = [this, job] {
        if (!isTerminal(job->state()))
            m_journal->record(*job, nullptr, JobJournal::Durability::Atomic);
    };
    connect(job, &Job::stateChanged, this, record);
    connect(job, &Job::submitStartedChanged, this, [this, job] {
        m_journal->writeFlushedThen(JobJournal::entryFor(*job), [guard = QPointer<Job>(job)] {
            if (guard)
                guard->releaseSubmit();
        });
    });
    connect(job, &Job::handleChanged, this, record);
    connect(job, &Job::resultArrived, this, [this, job] { save(job); });
    connect(job, &Job::finished, this, [this, job] { onJobEnded(job); });
}

void JobQueue::save(Job *job)
{
    // The run is over: its slot is free while the result is written.
    m_running.remove(job);
    m_journal->record(*job, nullptr, JobJournal::Durability::Atomic);
    if (!m_sink) {
        job->completeSaving(job->outcome().outputs);
        return;
    }
    const auto onSaved = [this](Job *saving, const Saved &saved) {
        if (!saved.writeError.isEmpty()) {
            saving->failSaving(tr("The result arrived but could not be saved: %1 It stays in the job "
                                  "journal and is saved at the next start.")
                                   .arg(saved.writeError));
            return;
        }
        if (!saved.recordError.isEmpty())
            Q_EMIT recordFailed(saving, saved.recordError);
        m_recordIds.insert(saving, saved.recordId);
        saving->completeSaving(saved.outputs);
    };
    saveOnWorker(this, m_savePool, m_sink, m_journal, job, job->snapshot(), onSaved);
    schedule();
}

void JobQueue::onJobEnded(Job *job)
{
    m_running.remove(job);
    for (int i = m_pending.size() - 1; i >= 0; --i) {
        if (m_pending.at(i).job == job)
            m_pending.removeAt(i);
    }
    schedule();
    if (job->state() == JobState::Done) {
        // Saved and recorded already (or no sink).
        if (!m_sink)
            m_journal->remove(job->id());
        Q_EMIT jobRecorded(job, m_recordIds.take(job));
        report(job);
        return;
    }
    if (job->state() == JobState::Failed && job->outcome().outputs.size() > 0) {
        // A result that could not be saved: the journal entry stays for the next start.
        report(job);
        return;
    }
    // Atomic: a power cut that loses it leaves the flushed entry before it, which a restart
    // follows or ends as Interrupted, never sends again.
    m_journal->record(*job, nullptr, JobJournal::Durability::Atomic);
    if (!m_sink) {
        if (job->state() != JobState::Interrupted)
            m_journal->remove(job->id());
        report(job);
        return;
    }
    const auto recorded = [this](Job *ended, const Saved &saved) {
        if (!saved.recordError.isEmpty())
            Q_EMIT recordFailed(ended, saved.recordError);
        Q_EMIT jobRecorded(ended, saved.recordId);
        report(ended);
    };
    saveOnWorker(this, m_savePool, m_sink, m_journal, job, job->snapshot(), recorded);
}

void JobQueue::report(Job *job)
{
    m_reported.insert(job);
    Q_EMIT jobFinished(job);
}

int JobQueue::runningFor(const QString &provider) const
{
    int count = 0;
    for (const QString &p : m_running)
        count += p == provider ? 1 : 0;
    return count;
}

int JobQueue::runningCount() const
{
    return static_cast<int>(m_running.size());
}

void JobQueue::schedule()
{
    // Starting a job can finish it at once (no key) and re-enter here: run the loop again
    // instead of nesting it.
    if (m_scheduling) {
        m_rescheduleNeeded = true;
        return;
    }
    m_scheduling = true;
    do {
        m_rescheduleNeeded = false;
        scheduleOnce();
    } while (m_rescheduleNeeded);
    m_scheduling = false;
}

void JobQueue::scheduleOnce()
{
    for (int i = 0; i < m_pending.size() && runningCount() < m_globalLimit;) {
        Pending pending = m_pending.at(i);
        if (!pending.job || isTerminal(pending.job->state())) {
            m_pending.removeAt(i);
            continue;
        }
        const QString provider = pending.job->request().model.provider;
        if (runningFor(provider) >= m_perProviderLimit) {
            ++i;
            continue;
        }
        m_pending.removeAt(i);
        startJob(pending.job, pending.resume);
    }
}

bool JobQueue::startJob(Job *job, bool resume)
{
    QString error;
    ProviderRun *run = m_factory(job->request(), &error);
    if (!run) {
        job->finishWithoutRun(JobState::Failed, error);
        return false;
    }
    m_running.insert(job, job->request().model.provider);
    run->holdSubmits(); // until the journal says so (watch())
    job->attach(run);
    if (resume)
        run->resume(job->handle());
    else
        run->start();
    return true;
}

QList<Job *> JobQueue::jobs() const
{
    QList<Job *> list;
    for (const QPointer<Job> &j : m_jobs) {
        if (j)
            list.append(j);
    }
    return list;
}

Job *JobQueue::job(const QString &id) const
{
    for (const QPointer<Job> &j : m_jobs) {
        if (j && j->id() == id)
            return j;
    }
    return nullptr;
}

int JobQueue::removeFinished()
{
    int removed = 0;
    for (int i = static_cast<int>(m_jobs.size()) - 1; i >= 0; --i) {
        Job *job = m_jobs.at(i);
        if (job && !m_reported.contains(job))
            continue; // still running, or its record is on its way
        m_jobs.removeAt(i);
        if (job) {
            m_reported.remove(job);
            job->deleteLater();
            ++removed;
        }
    }
    return removed;
}

void JobQueue::cancelAll()
{
    for (Job *j : jobs())
        j->cancel();
}
