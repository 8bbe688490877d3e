#pragma once

#include "pollschedule.h"
#include "provider.h"
#include "sseparser.h"

#include <QElapsedTimer>
#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class InputPreparer;
class OutputDownloader;
struct ApiRequestSpec;
struct PreparedInput;

// fal.ai through its queue (docs/PROVIDERS.md §1, §2): local images go to fal storage first
// (initiate + PUT to the pre-signed upload URL), then POST <queue>/<endpoint id>, then the status is
// followed through the SSE status stream (falling back to polling), the result fetched and the
// images downloaded from the CDN. The key only ever goes to the queue host (submit, status, result,
// cancel) and the REST host (upload initiate); never to upload, CDN or foreign hosts.
class FalQueueProvider final : public Provider
{
public:
    static constexpr int kStreamIdleTimeoutMs = 15000; // no SSE event for this long -> polling
    static constexpr int kCancelTimeoutMs = 10000;     // the best-effort cancel request

    QString id() const override;     // "fal"
    ProviderRun *createRun(const JobRequest &request, const ProviderConfig &config,
                           QObject *parent) const override;   // a FalQueueRun

    // The "[namespace/]owner/alias" part of an endpoint id, used by status, result and cancel:
    // "bria/reimagine/3.2" -> "bria/reimagine", "workflows/me/flow/x" -> "workflows/me/flow",
    // legacy "123-app" -> "123/app". Empty when the id is not a valid fal endpoint id.
    static QString appPath(const QString &endpointId);

    // The URLs fal would return for a request, built from the endpoint id (used when the submit
    // reply or a saved handle lacks them). Empty URLs when the endpoint id is invalid.
    static ProviderHandle handleFor(const QUrl &queueUrl, const QString &endpointId,
                                    const QString &requestId);
};

// One fal queue job. Emits finished() exactly once; each HTTP call is the run's tracked request
// (ProviderRun::sendTracked). Implemented in three files along its stages: set-up and ending
// (falqueueprovider.cpp), uploads and submit (falupload.cpp), following the job and its result
// (falfollow.cpp).
class FalQueueRun final : public ProviderRun
{
    Q_OBJECT

public:
    FalQueueRun(const JobRequest &request, const ProviderConfig &config, QObject *parent = nullptr);
    ~FalQueueRun() override;

    void start() override;                                 // uploads, submit, follow
    void resume(const ProviderHandle &handle) override;    // follow only: never submits
    bool canResume() const override { return true; }
    // Stops following and sends PUT <cancel_url> (10 s, result only logged), then finishes with
    // Cancelled. Before the submit: finishes at once. While the submit is in flight: waits for its
    // reply so the job fal may have created is cancelled too, never left running unknown.
    void cancel() override;

    // How long the SSE status stream may stay silent before polling takes over (default
    // FalQueueProvider::kStreamIdleTimeoutMs).
    void setStreamIdleTimeoutMs(int ms) { m_streamIdleTimeoutMs = ms; }
    int streamIdleTimeoutMs() const { return m_streamIdleTimeoutMs; }

private:
    struct Upload
    {
        QString field;
        int index = -1;   // position inside an ImageList value; -1 for a single image
        QString path;
    };

    // set-up (falqueueprovider.cpp)
    bool checkConfig();
    void stopActivity() override;
    void stopEverything();
    ApiRequestSpec falSpec(const QByteArray &method, const QUrl &url, const QString &what) const;
    // Fills missing URLs from the endpoint id and checks every URL stays on the queue origin.
    bool adoptHandle(const ProviderHandle &given, QString *error);

    // uploads and submit (falupload.cpp)
    void collectUploads();
    void nextUpload();
    void onUploadPrepared(const PreparedInput &prepared);
    void onInitiateFinished(const ApiResult &result);
    void onPutFinished(const ApiResult &result);
    void submit();
    QSet<int> submitRetryStatuses() const;
    void sendSubmit();
    void onSubmitFinished(const ApiResult &result);

    // following the job and its result (falfollow.cpp)
    void follow();
    void startStream();
    void onStreamData(const QByteArray &chunk);
    void onStreamFinished(const ApiResult &result);
    void onStreamIdle();
    void fallBackToPolling(const QString &why);
    // The job is (still) queued at `position`, or runs: the poll schedule's clock.
    void noteQueued(std::optional<int> position);
    void noteRunning();
    void schedulePoll();
    void poll();
    void onPollFinished(const ApiResult &result);
    // Returns false once following is over (completed, failed).
    bool handleStatus(const QJsonObject &status);
    void reportLogs(const QStringList &logs);
    void fetchResult();
    void onResultFinished(const ApiResult &result);
    void startDownloads();
    void onOutputs(const QList<OutputImage> &images);

    // ending (falqueueprovider.cpp)
    void onDeadline();
    // Ends the run with `outcome`, cancelling the fal job first when one exists or is being made.
    void cancelAtFal(const JobOutcome &outcome);
    void sendCancel(const JobOutcome &outcomeAfterwards);
    void onCancelFinished(const ApiResult &result);
    ApiResult mapped(const ApiResult &result) const;

    QUrl m_queueUrl;
    QUrl m_restUrl;
    QByteArray m_authValue;   // "Key <key>", never logged
    QJsonObject m_values;     // request values, local files replaced by their uploaded URLs

    enum class Phase
    {
        Idle,
        Uploading,
        Submitting,
        Following,
        Fetching,
        Downloading,
        Cancelling,
        Done
    };
    Phase m_phase = Phase::Idle;

    QTimer *m_pollTimer = nullptr;
    QTimer *m_streamWatchdog = nullptr;
    QTimer *m_deadline = nullptr;
    InputPreparer *m_preparer = nullptr;
    OutputDownloader *m_downloader = nullptr;

    // uploads
    QList<Upload> m_uploads;
    qsizetype m_uploadIndex = 0;
    QByteArray m_uploadBytes;
    QByteArray m_uploadMimeType;
    QUrl m_fileUrl;

    // submit
    bool m_cancelRequested = false;   // cancel() while the submit was on its way

    // following
    bool m_streaming = false;
    bool m_streamFailed = false;
    SseParser m_sse;                  // one unfinished event is at most 4 MiB
    PollSchedule m_pollSchedule;
    QElapsedTimer m_runningClock;     // since the job was seen running (the poll schedule)
    bool m_queued = false;            // the last status: IN_QUEUE behind others
    int m_streamIdleTimeoutMs = FalQueueProvider::kStreamIdleTimeoutMs;
    int m_lastQueuePosition = -1;
    qsizetype m_logsSeen = 0;

    // result
    QJsonObject m_result;
    QStringList m_downloads;   // image URLs or data URIs, as fal wrote them

    JobOutcome m_afterCancel;
};
