#pragma once

#include "model/jobtypes.h"

#include "logprogress.h"
#include "resultsink.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include "providers/provider.h"

class QTimer;

// One run of one model, from preparation to result. Owns its ProviderRun while it runs.
//
// A run that delivers images does not make the job Done at once: the job goes to Saving and
// emits resultArrived(); whoever keeps results (JobQueue with its ResultSink) writes them to
// disk and the history and then calls completeSaving(). Only then is the job Done, so a result
// that was paid for is on disk before anyone calls it done.
class Job final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Job)

public:
    static constexpr int kMaxLogLines = 500;

    explicit Job(const JobRequest &request, QObject *parent = nullptr);
    ~Job() override;

    QString id() const { return m_request.jobId; }
    const JobRequest &request() const { return m_request; }
    JobState state() const { return m_state; }
    const ProviderHandle &handle() const { return m_handle; }
    const JobOutcome &outcome() const { return m_outcome; }
    int queuePosition() const { return m_queuePosition; }
    const QStringList &logs() const { return m_logs; }
    bool submitStarted() const { return m_submitStarted; }
    QDateTime created() const { return m_created; }
    qint64 elapsedMs() const;
    // The job as it stands, as a copy safe to hand to a worker: what the journal records and the
    // ResultSink keeps.
    FinishedRun snapshot() const;

    // Waiting out a failed request before it goes again (a rate limit, a busy server): the
    // stage (Uploading ...) is interrupted, and saying it would not be true. Why in words
    // ("Rate-limited by fal") and how long is left; empty and 0 when not waiting.
    bool isWaiting() const { return !m_waitReason.isEmpty(); }
    QString waitReason() const { return m_waitReason; }
    qint64 waitRemainingMs() const;
    // When the whole seconds left of the wait next change (waitSecondsChanged()), in ms from
    // now; -1 when not waiting or the time is up.
    int msToNextWaitSecond() const;
    // How far the provider says it is, from the newest log line that gave a figure ("Step
    // 16/30"); invalid until one did.
    const LogProgress &logProgress() const { return m_logProgress; }

    // Free-form data the caller keeps with the job in the journal (the CLI's output path).
    QJsonObject context() const { return m_context; }
    void setContext(const QJsonObject &context) { m_context = context; }

    // Restores what the journal knew (used when resuming).
    void restore(JobState state, const ProviderHandle &handle, bool submitStarted, const QDateTime &created,
                 const JobOutcome &outcome = JobOutcome());

    // Takes ownership of `run` and follows it. start() or resume() is the caller's to call.
    void attach(ProviderRun *run);
    // The journal says the billed request may go (ProviderRun::holdSubmits()).
    void releaseSubmit();
    ProviderRun *run() const { return m_run; }
    void cancel();

    // For jobs that end without a run (nothing to resume, refused before submit).
    void finishWithoutRun(JobState state, const QString &message);

    // Saving: the result is kept. `outputs` say where (file paths); their bytes are released.
    void completeSaving(const QList<OutputImage> &outputs);
    // Saving failed (disk full ...): the job fails with `message`; the journal keeps the entry.
    void failSaving(const QString &message);
    // A resumed job whose result was already downloaded (and perhaps written): Saving again.
    void resumeSaving();

Q_SIGNALS:
    void stateChanged(JobState state);
    void handleChanged();
    // The run delivered its images; the job is Saving (see completeSaving()).
    void resultArrived();
    void submitStartedChanged();
    void queuePositionChanged(int position);
    void logReceived(const QString &line);
    // A wait began or ended (isWaiting(), waitReason(), waitRemainingMs()).
    void waitChanged();
    // The whole seconds left of a wait changed ("retrying in 3 s" is now "2 s"): emitted on
    // each second's boundary, so whatever shows the countdown never skips a second.
    void waitSecondsChanged();
    // A log line gave a new figure (logProgress()).
    void progressChanged();
    void finished();

private:
    void setState(JobState state);
    void onRunFinished(const JobOutcome &outcome);
    void endWait();
    void scheduleWaitSecond();

    JobRequest m_request;
    JobState m_state = JobState::Preparing;
    ProviderHandle m_handle;
    JobOutcome m_outcome;
    int m_queuePosition = -1;
    QStringList m_logs;
    bool m_submitStarted = false;
    QDateTime m_created;
    QElapsedTimer m_timer;
    qint64 m_finalElapsedMs = -1;
    QJsonObject m_context;
    QPointer<ProviderRun> m_run;
    QString m_waitReason;
    QDeadlineTimer m_waitUntil;
    QTimer *m_waitSecond = nullptr;
    LogProgress m_logProgress;
};
