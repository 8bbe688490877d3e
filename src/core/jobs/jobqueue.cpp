#include "jobqueue.h"

#include "job.h"
#include "providers/provider.h"
#include "schema/modelcatalog.h"

#include <QUuid>

JobQueue::JobQueue(JobJournal *journal, RunFactory factory, QObject *parent)
    : QObject(parent)
    , m_journal(journal)
    , m_factory(std::move(factory))
{
}

JobQueue::~JobQueue() = default;

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
    m_journal->record(*job);
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
        j->restore(entry.state, entry.handle, entry.submitStarted, entry.created);
        resumed.append(j);
        Q_EMIT jobAdded(j);

        if (!model) {
            j->finishWithoutRun(JobState::Failed, tr("The model %1 is no longer in the catalog.").arg(entry.modelId));
        } else if (!entry.handle.isEmpty()) {
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
    auto record = [this, job] { m_journal->record(*job); };
    connect(job, &Job::stateChanged, this, record);
    connect(job, &Job::submitStartedChanged, this, record);
    connect(job, &Job::handleChanged, this, record);
    connect(job, &Job::finished, this, [this, job] {
        m_journal->record(*job);
        m_running.remove(job);
        for (int i = m_pending.size() - 1; i >= 0; --i) {
            if (m_pending.at(i).job == job)
                m_pending.removeAt(i);
        }
        Q_EMIT jobFinished(job);
        schedule();
    });
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

void JobQueue::cancelAll()
{
    for (Job *j : jobs())
        j->cancel();
}
