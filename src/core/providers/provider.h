#pragma once

#include "model/jobtypes.h"
#include "net/retrypolicy.h"

#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>
#include <QString>
#include <QUrl>

#include <functional>

class ApiRequest;
struct ApiRequestSpec;
class QNetworkAccessManager;

// Everything a provider needs, injected: no globals, so tests point it at the fake server.
struct ProviderConfig
{
    QNetworkAccessManager *network = nullptr; // not owned
    QString apiKey;                           // never logged
    QUrl apiUrl;     // fal: queue host; Segmind: api host; Freepik: api host
    QUrl auxUrl;     // fal: REST host (storage); Segmind: upload-asset host; Freepik: unused
    int requestTimeoutMs = 60000;   // per HTTP transfer without progress
    // Status polling. Freepik: the first delay, backing off x1.5 to maxPollIntervalMs. fal
    // (PollSchedule): the delay of the fast phase (ProviderRegistry makes it 50 ms), which
    // lasts fastPollPhaseMs from when the job runs, then x pollGrowth per poll up to
    // maxPollIntervalMs; every queuedPollMs while the job waits in the queue.
    int pollIntervalMs = 500;
    int maxPollIntervalMs = 5000;   // polling backs off to this
    int fastPollPhaseMs = 1000;
    double pollGrowth = 1.15;
    int queuedPollMs = 500;
    int maxWaitMs = 30 * 60 * 1000; // the whole job, queue included
    int maxUploadSide = 2048;       // sketches are downscaled to this longer side before upload
    bool useStatusStream = true;    // fal: try the SSE status stream before polling
    RetryPolicy retryPolicy = RetryPolicy::defaults();
    RetryPolicy pollRetryPolicy = RetryPolicy::forStatusPolls();
};

// One job at one provider: upload, submit, follow, download. Emits finished() exactly once.
// Deleting a run aborts its requests (it does not cancel the job at the provider: cancel() does).
class ProviderRun : public QObject
{
    Q_OBJECT

public:
    explicit ProviderRun(const JobRequest &request, const ProviderConfig &config, QObject *parent = nullptr);

    const JobRequest &request() const { return m_request; }
    const ProviderHandle &handle() const { return m_handle; }
    bool isFinished() const { return m_finished; }

    virtual void start() = 0;                             // a new job: uploads, then submits
    virtual void resume(const ProviderHandle &handle) = 0; // follow a job submitted earlier
    virtual bool canResume() const = 0;                   // false for synchronous providers
    // Asks the provider to cancel (best effort), stops following, finishes with Cancelled.
    virtual void cancel() = 0;

    // The request that creates (and bills) the provider job waits, after submitting(), until
    // releaseSubmit(): the job queue releases it once the journal entry that says it is about
    // to go is on the disk, written off the GUI thread. Without holdSubmits() (a run on its
    // own, in tests) it goes at once.
    void holdSubmits() { m_holdSubmits = true; }
    void releaseSubmit();
    // Whether the billed request waits for releaseSubmit() now.
    bool isSubmitHeld() const { return static_cast<bool>(m_heldSubmit); }

Q_SIGNALS:
    void stateChanged(JobState state);
    // Emitted right before the request that creates (and bills) the provider job is sent.
    void submitting();
    // The provider job exists: persist the handle before anything else happens.
    void handleChanged(const ProviderHandle &handle);
    void queuePositionChanged(int position);
    void logReceived(const QString &line);
    // A failed request is waited out before it is sent again (a rate limit, a busy server, a
    // host that could not be reached): `reason` says why in words ("Rate-limited by fal"), the
    // request goes again after `delayMs`. waitEnded() when it goes (or the run stops waiting).
    void waitStarted(const QString &reason, int delayMs);
    void waitEnded();
    void finished(const JobOutcome &outcome);

public:
    // Why a request is waited out before it goes again, in words: "Rate-limited by fal" for a
    // 429 or a 503 with Retry-After (the provider asked for the pause), "Server problem at fal
    // (HTTP 502)" for other answers, "No answer from fal" when none came.
    static QString retryReason(const QString &providerName, const ApiResult &failed);
    // "Rate-limited by fal, retrying in 3 s": the row and log text of a wait.
    static QString waitText(const QString &reason, qint64 remainingMs);

protected:
    void setState(JobState state);
    void setHandle(const ProviderHandle &handle);
    // The provider named where the images can be downloaded: journaled at once, so a job
    // resumed after a crash fetches them before the provider deletes them. Ignored unless every
    // output has a web URL.
    void setOutputUrls(const QList<QUrl> &urls);

    // The ways a run ends (with failBilled() below). Each stops all activity (stopActivity()),
    // sets the terminal state the outcome implies (Done when it is ok, Cancelled for a Cancelled
    // error, else Failed) and emits finished() once; a run that has finished ignores them.
    void finish(const JobOutcome &outcome);
    void fail(ApiResult::Error error, const QString &message, const QList<ApiFieldError> &fields = {});
    void fail(const ApiResult &result);

    // Sends `spec` as the run's current request (the run owns it) and calls `handler` with the
    // result unless the run has finished meanwhile; retries are reported as log lines.
    ApiRequest *sendTracked(const ApiRequestSpec &spec, std::function<void(const ApiResult &)> handler);
    template<typename Run>
    ApiRequest *sendTracked(const ApiRequestSpec &spec, void (Run::*handler)(const ApiResult &))
    {
        auto *run = static_cast<Run *>(this);
        return sendTracked(spec, [run, handler](const ApiResult &result) { (run->*handler)(result); });
    }
    // sendTracked() as a function, for the helpers that send a run's requests (OutputDownloader).
    std::function<void(const ApiRequestSpec &, std::function<void(const ApiResult &)>)> trackedSender();
    // Sends the billed request through `send` once it may go (see holdSubmits()): now, or when
    // releaseSubmit() comes. Call it right after emitting submitting().
    void sendSubmitWhenReleased(std::function<void()> send);
    // Aborts the current request without reporting it.
    void abortTracked();
    // Whether the current request is under way (a resend waiting for its back-off is not).
    bool hasTrackedRequest() const { return !m_tracked.isNull(); }
    // Reports `request`'s retries as waits (waitStarted/waitEnded) and log lines. Every request
    // a run sends goes through this, so no wait is shown as the stage it interrupts.
    void followRetries(ApiRequest *request);
    // Ends a wait that is shown (the request finished or was dropped while waiting).
    void endWait();

    // The request that creates (and bills) the provider job is sent once. ApiRequest retries it
    // only on `statuses` (with Retry-After and the config's back-off): answers that say the
    // provider did not take the job (429, 503; fal's clients add 502 and 504, which fal does
    // not bill). Transport errors are never retried by ApiRequest: see resendIfUnsent().
    // makeBilled() sets that policy and marks the request sendOnce (never resent by the network
    // stack itself).
    RetryPolicy billedPolicy(const QSet<int> &statuses = {429, 503}) const;
    void makeBilled(ApiRequestSpec *spec, const QSet<int> &statuses = {429, 503}) const;
    // After the billed request failed: when it surely never reached the provider (the
    // connection was refused, the host name did not resolve) and attempts are left, `resend`
    // runs after the back-off and true is returned.
    bool resendIfUnsent(const ApiResult &result, std::function<void()> resend);
    // Fails the run after the billed request failed. When the provider may have done and
    // charged the work (a 502 or 504 when `gatewayErrorsMayBill`, a timeout, a reset or closed
    // connection, an accepting 2xx answer that could not be read), the message says so, nothing
    // is resent and the outcome is marked mayHaveCharged.
    void failBilled(const ApiResult &result, bool gatewayErrorsMayBill);
    // Timers, workers and the current request of a subclass; called before the run ends.
    virtual void stopActivity() { abortTracked(); }

    JobRequest m_request;
    ProviderConfig m_config;
    ProviderHandle m_handle;

private:
    JobState m_state = JobState::Preparing;
    bool m_finished = false;
    QPointer<ApiRequest> m_tracked;
    int m_billedAttempts = 0;
    QTimer *m_resendTimer = nullptr;
    bool m_waiting = false;
    bool m_holdSubmits = false;
    bool m_submitReleased = false;
    std::function<void()> m_heldSubmit;
};

// A provider: makes runs for its models.
class Provider
{
public:
    virtual ~Provider() = default;
    virtual QString id() const = 0;       // "fal", "segmind", "freepik"
    virtual ProviderRun *createRun(const JobRequest &request, const ProviderConfig &config,
                                   QObject *parent) const = 0;
};
