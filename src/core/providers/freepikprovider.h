#pragma once

#include "net/apirequest.h"
#include "provider.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QTimer>
#include <QUrl>

class InputPreparer;
class OutputDownloader;
struct PreparedInput;

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
    void prepareImage();
    void onPrepared(const PreparedInput &prepared);
    void submit();
    void sendSubmit();
    void onSubmitFinished(const ApiResult &result);
    void poll();
    void schedulePoll();
    void onPollFinished(const ApiResult &result);
    void handleTask(const ApiResult &result, bool fromSubmit);
    void onOutputs(const QList<OutputImage> &images);
    void onDeadline();
    ApiRequestSpec apiSpec() const;
    void stopActivity() override;
    void startDeadline();

    QString m_imageField;
    InputPreparer *m_preparer = nullptr;
    OutputDownloader *m_outputs = nullptr;
    QTimer *m_pollTimer = nullptr;
    QTimer *m_deadlineTimer = nullptr;
    int m_nextPollDelayMs = 0;
    int m_polls = 0;
    bool m_started = false;
    bool m_submitted = false;
    QJsonObject m_raw;
};
