#pragma once

#include "jobjournal.h"
#include "model/jobtypes.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class Job;
class ModelCatalog;
class ProviderRun;

// Runs jobs under a global and a per-provider concurrency limit, keeps the journal current and
// resumes what a killed process left behind.
class JobQueue final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JobQueue)

public:
    // Makes the provider run for a request; returns nullptr and a message when it cannot
    // (no key for the provider, unknown provider).
    using RunFactory = std::function<ProviderRun *(const JobRequest &request, QString *error)>;

    JobQueue(JobJournal *journal, RunFactory factory, QObject *parent = nullptr);
    ~JobQueue() override;

    void setLimits(int global, int perProvider);
    int globalLimit() const { return m_globalLimit; }
    int perProviderLimit() const { return m_perProviderLimit; }

    // Adds a job; it starts as soon as a slot is free. The journal has it before this returns.
    Job *enqueue(JobRequest request, const QJsonObject &context = QJsonObject());

    // Picks up every unfinished job of the journal: jobs with a provider handle are followed
    // again (never submitted twice); jobs that never reached the provider start anew; jobs
    // interrupted between "submit started" and the provider's answer are marked Interrupted,
    // because submitting again could pay twice.
    // `filter` picks the entries this caller is responsible for (the CLI resumes only its own).
    QList<Job *> resumeUnfinished(const ModelCatalog &catalog,
                                  const std::function<bool(const JobJournal::Entry &)> &filter = {});

    QList<Job *> jobs() const;
    Job *job(const QString &id) const;
    int runningCount() const;
    void cancelAll();

Q_SIGNALS:
    void jobAdded(Job *job);
    void jobFinished(Job *job);

private:
    struct Pending
    {
        QPointer<Job> job;
        bool resume = false;
    };

    Job *addJob(const JobRequest &request, const QJsonObject &context);
    void watch(Job *job);
    void schedule();
    void scheduleOnce();
    bool startJob(Job *job, bool resume);
    int runningFor(const QString &provider) const;

    JobJournal *m_journal;
    RunFactory m_factory;
    int m_globalLimit = 4;
    int m_perProviderLimit = 2;
    QList<QPointer<Job>> m_jobs;
    QList<Pending> m_pending;
    QHash<Job *, QString> m_running; // job -> provider
    bool m_scheduling = false;
    bool m_rescheduleNeeded = false;
};
