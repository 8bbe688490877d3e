#pragma once

#include "net/apirequest.h"
#include "provider.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

template <typename T>
class QFutureWatcher;

// Freepik's AI API (docs/PROVIDERS.md §6), Reimagine Flux first:
//   - the base64 image field gets the prepared sketch as raw base64 (no data: prefix);
//   - POST <apiUrl><model.endpoint> -> {"data": {"task_id", "status", "generated": [...]}};
//   - CREATED / IN_PROGRESS: GET <apiUrl><model.endpoint>/<task_id> until COMPLETED or FAILED;
//   - "generated" holds URLs (downloaded without the key) or base64 images.
// The key travels as "x-freepik-api-key", only to the origin of apiUrl. Freepik has no cancel
// endpoint: cancel() stops following the task.
class FreepikProvider final : public Provider
{
public:
    static constexpr int kDefaultRequestTimeoutMs = 180000;   // the beta endpoint may be synchronous

    QString id() const override;
    ProviderRun *createRun(const JobRequest &request, const ProviderConfig &config,
                           QObject *parent) const override;

    static ProviderConfig defaultConfig();
};

class FreepikRun final : public ProviderRun
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FreepikRun)

public:
    static constexpr double kPollBackoffFactor = 1.5;

    // An empty apiUrl in `config` falls back to https://api.freepik.com.
    FreepikRun(const JobRequest &request, const ProviderConfig &config, QObject *parent = nullptr);
    ~FreepikRun() override;

    void start() override;
    // Follows a task submitted earlier through handle.pollUrl (or the task id); never re-posts.
    void resume(const ProviderHandle &handle) override;
    bool canResume() const override { return true; }
    void cancel() override;

    static QUrl submitUrl(const ProviderConfig &config, const JobRequest &request);
    // <apiUrl><endpoint>/<taskId>; empty when taskId is not a plain identifier.
    static QUrl taskUrl(const ProviderConfig &config, const JobRequest &request, const QString &taskId);

private:
    struct Prepared;
    struct Decoded;
    struct Pending      // one entry of "generated"
    {
        QUrl url;           // to download
        QByteArray bytes;   // or inline image data
    };

    void prepareImage();
    void onPrepared();
    void submit();
    void sendSubmit();
    void onSubmitFinished(const ApiResult &result);
    void poll();
    void schedulePoll();
    void onPollFinished(const ApiResult &result);
    void handleTask(const ApiResult &result, bool fromSubmit);
    void nextOutput();
    void onDownloadFinished(const ApiResult &result);
    void checkOutput(const QByteArray &bytes, const QUrl &source);
    void onDecoded();
    void onDeadline();
    void succeed();
    ApiRequestSpec apiSpec() const;
    void stopActivity() override;
    void startDeadline();

    QString m_imageField;
    QFutureWatcher<Prepared> *m_prepareWatcher = nullptr;
    QFutureWatcher<Decoded> *m_decodeWatcher = nullptr;
    QTimer m_pollTimer;
    QTimer m_deadlineTimer;
    int m_nextPollDelayMs = 0;
    int m_polls = 0;
    bool m_started = false;
    bool m_submitted = false;
    QList<Pending> m_pending;
    QUrl m_currentSource;
    QList<OutputImage> m_outputs;
    QJsonObject m_raw;
};
