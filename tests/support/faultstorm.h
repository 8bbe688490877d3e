#pragma once

// A storm of faults over many jobs, shared by tst_faultstorm (60 jobs, in CI) and bench_storm
// (a longer soak). Jobs go through a StudioSession as the app runs them (JobQueue under its
// concurrency limits, RunFactory, HistorySink), spread over the three providers; the fake
// server answers each job's requests with the fault the seeded plan gave it. After the storm,
// problems() lists every job whose end, message, billing or requests are not what its fault
// allows.

#include "model/jobtypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class FakeProviderServer;
class Job;
class ModelCatalog;
class StudioSession;

class FaultStorm final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultStorm)

public:
    enum class Fault
    {
        None,
        RateLimited,          // one 429 with Retry-After on the submit: waited out, Done
        RateLimitedForever,   // 429 on every submit: Failed, saying 429
        Unavailable,          // one 503: waited out, Done
        ResetSubmit,          // the submit's answer cut mid-body: Failed, may have been charged
        ResetFollow,          // a result download cut mid-body: sent again, Done
        StallSubmit,          // the submit never answered: Failed on the timeout
        StallFollow,          // a status poll or download never answered: sent again, Done
        MalformedAnswer,      // broken JSON where the provider answers: Failed, unreadable
        SlowDrip,             // the image arrives in small pieces, slower than the request
                              // timeout in all but never idle that long: Done
        NeverFinishes,        // the provider job stays in progress: the deadline ends it
    };
    Q_ENUM(Fault)

    struct Options
    {
        int jobs = 60;
        quint32 seed = 20261206;
        int requestTimeoutMs = 1500;   // REIMAGINE_REQUEST_TIMEOUT_MS
        int maxWaitMs = 8000;          // REIMAGINE_MAX_WAIT_MS: a job's deadline
        int pollIntervalMs = 40;       // REIMAGINE_POLL_INTERVAL_MS
        int globalLimit = 6;
        int perProviderLimit = 3;
        QString sketchPath;            // the structure image every job sends
    };

    struct StormJob
    {
        int index = 0;
        QString tag;                   // "storm-007": in the prompt, so the server knows the job
        QString modelId;
        QString provider;
        Fault fault = Fault::None;
        QPointer<Job> job;
        JobState state = JobState::Preparing;
        QString message;               // the outcome's message (a failure's reason)
        QStringList logs;
        qsizetype requestsAtEnd = -1;  // the server's request count when the run ended
        bool recorded = false;         // the session reported it finished (saved and recorded)
        qint64 elapsedMs = 0;
    };

    FaultStorm(FakeProviderServer *server, const ModelCatalog *catalog, const Options &options,
               QObject *parent = nullptr);

    // The session's timeouts and polling as environment variables: call before the session is
    // made (its RunFactory reads them once).
    static void exportEnvironment(const Options &options);

    // Picks every job's model and fault with the seed (each fault every provider can suffer
    // comes at least once) and arms the fake server. Then start() enqueues them all.
    void plan();
    // False and a message when a job is refused before anything is sent.
    bool start(StudioSession *session, QString *error);
    // Every job ended and was recorded by the session.
    bool isOver() const { return m_recorded == m_jobs.size(); }

    const QList<StormJob> &jobs() const { return m_jobs; }
    int maxRunning() const { return m_maxRunning; }
    qint64 wallMs() const { return m_wallMs; }
    // Everything that is not as the faults allow, one line per job and problem.
    QStringList problems() const;
    // The figures: jobs, outcomes by fault, submits, billed work, requests, time.
    QStringList figures() const;

    static QString faultName(Fault fault);
    // A figure of /proc/self/status in bytes ("VmRSS", "VmHWM"), -1 when unknown. Free memory
    // the allocator holds is handed back first, so VmRSS is what the process really keeps.
    static qint64 memoryFigure(const char *field);
    // The faults a provider's protocol lets the server inject (Segmind answers synchronously:
    // there is nothing to follow).
    static QList<Fault> faultsFor(const QString &provider);

Q_SIGNALS:
    // The last job was recorded (isOver()).
    void over();

private:
    struct Expectation
    {
        JobState state = JobState::Done;
        QStringList messageWords;   // all in the failure message (Failed) or the logs (Done)
    };
    Expectation expectation(const StormJob &job) const;
    void arm(const StormJob &job);
    void watch(StormJob &job, StudioSession *session);
    QStringList requestProblems(const StormJob &job) const;

    FakeProviderServer *m_server;
    const ModelCatalog *m_catalog;
    Options m_options;
    QList<StormJob> m_jobs;
    QHash<Job *, int> m_indexOf;
    int m_recorded = 0;
    int m_maxRunning = 0;
    QElapsedTimer m_clock;
    qint64 m_wallMs = 0;
};
