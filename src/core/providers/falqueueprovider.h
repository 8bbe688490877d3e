#pragma once

#include "provider.h"
#include "sseparser.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class ApiRequest;
struct ApiRequestSpec;

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

// One fal queue job. Emits finished() exactly once; each HTTP call is an ApiRequest owned by the
// run and deleted when it has finished.
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
    using Handler = void (FalQueueRun::*)(const ApiResult &result);

    struct Upload
    {
        QString field;
        int index = -1;   // position inside an ImageList value; -1 for a single image
        QString path;
    };

    struct Prepared
    {
        QByteArray bytes;
        QByteArray mimeType;
        QString error;
    };

    struct Decoded
    {
        QSize size;
        QString error;
    };

    // set-up
    bool checkConfig();
    void stopActivity() override { stopEverything(); }
    ApiRequestSpec falSpec(const QByteArray &method, const QUrl &url, const QString &what) const;
    ApiRequestSpec plainSpec(const QByteArray &method, const QUrl &url, const QString &what) const;
    ApiRequest *send(const ApiRequestSpec &spec, Handler handler);
    void dropRequest();
    void stopEverything();

    // uploads
    void collectUploads();
    void nextUpload();
    void onUploadPrepared(const Prepared &prepared);
    void onInitiateFinished(const ApiResult &result);
    void onPutFinished(const ApiResult &result);

    // submit
    void submit();
    RetryPolicy submitPolicy() const;
    void sendSubmit();
    void onSubmitFinished(const ApiResult &result);
    // Fills missing URLs from the endpoint id and checks every URL stays on the queue origin.
    bool adoptHandle(const ProviderHandle &given, QString *error);

    // following the job
    void follow();
    void startStream();
    void onStreamData(const QByteArray &chunk);
    void onStreamFinished(const ApiResult &result);
    void onStreamIdle();
    void fallBackToPolling(const QString &why);
    void schedulePoll();
    void poll();
    void onPollFinished(const ApiResult &result);
    // Returns false once following is over (completed, failed).
    bool handleStatus(const QJsonObject &status);
    void reportLogs(const QStringList &logs);

    // result
    void fetchResult();
    void onResultFinished(const ApiResult &result);
    void startDownloads();
    void nextDownload();
    void onDownloadFinished(const ApiResult &result);
    void decodeOutput(const QByteArray &bytes, const QUrl &sourceUrl);
    void onOutputDecoded(const QByteArray &bytes, const QUrl &sourceUrl, const Decoded &decoded);

    // ending
    void onDeadline();
    // Ends the run with `outcome`, cancelling the fal job first when one exists or is being made.
    void cancelWith(const JobOutcome &outcome);
    void sendCancel(const JobOutcome &outcomeAfterwards);
    void onCancelFinished(const ApiResult &result);
    void succeed();
    void failWith(ApiResult::Error error, const QString &message,
                  const QList<ApiFieldError> &fields = {});
    void failWithResult(const ApiResult &result);
    void complete(const JobOutcome &outcome);
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

    QPointer<ApiRequest> m_active;          // the one request in flight (upload ... download)
    QPointer<ApiRequest> m_cancelRequest;
    QPointer<QObject> m_worker;             // QFutureWatcher of an off-thread decode/encode
    QTimer m_pollTimer;
    QTimer m_streamWatchdog;
    QTimer m_deadline;

    // uploads
    QList<Upload> m_uploads;
    qsizetype m_uploadIndex = 0;
    Prepared m_prepared;
    QUrl m_fileUrl;

    // submit
    bool m_cancelRequested = false;   // cancel() while the submit was on its way

    // following
    bool m_streaming = false;
    bool m_streamFailed = false;
    SseParser m_sse;                  // one unfinished event is at most 4 MiB
    int m_pollIntervalMs = 0;
    int m_streamIdleTimeoutMs = FalQueueProvider::kStreamIdleTimeoutMs;
    int m_lastQueuePosition = -1;
    qsizetype m_logsSeen = 0;

    // result
    QJsonObject m_result;
    QStringList m_downloads;   // image URLs or data URIs, as fal wrote them
    qsizetype m_downloadIndex = 0;
    QList<OutputImage> m_outputs;

    JobOutcome m_afterCancel;
};
