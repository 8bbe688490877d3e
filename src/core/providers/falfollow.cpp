// FalQueueRun: following the job (SSE status stream, else polling), then its result and images.
#include "falqueueprovider.h"

#include "base/crashpoint.h"
#include "base/logging.h"
#include "falanswer.h"
#include "outputdownloader.h"

#include <QJsonDocument>
#include <QUrlQuery>

#include <algorithm>
#include <cmath>

#include "net/apirequest.h"

using Error = ApiResult::Error;

namespace
{
constexpr qint64 kMaxStreamBytes = 32LL * 1024 * 1024;      // the whole SSE body (cumulative logs)

QUrl withQuery(QUrl url, const QString &key, const QString &value)
{
    QUrlQuery query(url);
    query.removeAllQueryItems(key);
    query.addQueryItem(key, value);
    url.setQuery(query);
    return url;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// following the job

void FalQueueRun::follow()
{
    m_phase = Phase::Following;
    if (m_config.useStatusStream && !m_streamFailed)
        startStream();
    else
        schedulePoll();
}

void FalQueueRun::startStream()
{
    QUrl url = m_handle.statusUrl;
    QString path = url.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path + QLatin1String("/stream"));
    url = withQuery(url, QStringLiteral("logs"), QStringLiteral("1"));

    ApiRequestSpec spec = falSpec(QByteArrayLiteral("GET"), url, tr("status stream"));
    spec.expectJson = false;
    spec.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("text/event-stream")});
    spec.retryPolicy = RetryPolicy::none();   // polling is the fallback
    spec.maxResponseBytes = kMaxStreamBytes;
    m_streaming = true;
    m_sse.reset();
    ApiRequest *request = sendTracked(spec, &FalQueueRun::onStreamFinished);
    connect(request, &ApiRequest::dataReceived, this, &FalQueueRun::onStreamData);
    m_streamWatchdog->start(std::max(1, m_streamIdleTimeoutMs));
}

void FalQueueRun::onStreamData(const QByteArray &chunk)
{
    if (!m_streaming)
        return;
    const QList<SseEvent> events = m_sse.feed(chunk);
    for (const SseEvent &event : events) {
        const QJsonDocument document = QJsonDocument::fromJson(event.data);
        if (!document.isObject())
            continue;   // fal sends JSON objects; anything else is skipped
        m_streamWatchdog->start(std::max(1, m_streamIdleTimeoutMs));
        if (!handleStatus(document.object()) || !m_streaming)
            return;
    }
    if (m_sse.overflowed()) {
        abortTracked();
        fallBackToPolling(QStringLiteral("oversized event"));
    }
}

void FalQueueRun::onStreamFinished(const ApiResult &result)
{
    if (!m_streaming || m_phase != Phase::Following)
        return;
    fallBackToPolling(result.ok() ? QStringLiteral("stream ended before COMPLETED")
                                  : QStringLiteral("stream failed: %1 %2")
                                        .arg(ApiResult::errorName(result.error))
                                        .arg(result.httpStatus));
}

void FalQueueRun::onStreamIdle()
{
    if (!m_streaming)
        return;
    abortTracked();
    fallBackToPolling(QStringLiteral("no event for %1 ms").arg(m_streamIdleTimeoutMs));
}

void FalQueueRun::fallBackToPolling(const QString &why)
{
    qCInfo(lcProviders).noquote() << "status stream unusable (" << why << "); polling instead";
    m_streaming = false;
    m_streamFailed = true;
    m_streamWatchdog->stop();
    m_sse.reset();
    schedulePoll();
}

void FalQueueRun::noteQueued(std::optional<int> position)
{
    // Position 0 is next in line: as good as running for the schedule.
    m_queued = position && *position >= 1;
    if (!m_queued && !m_runningClock.isValid())
        m_runningClock.start();
}

void FalQueueRun::noteRunning()
{
    if (m_queued || !m_runningClock.isValid()) {
        m_runningClock.start();
        m_pollSchedule.restart();
    }
    m_queued = false;
}

void FalQueueRun::schedulePoll()
{
    if (!m_queued && !m_runningClock.isValid())
        m_runningClock.start();   // resumed: the job may be running already
    const qint64 running = m_runningClock.isValid() ? m_runningClock.elapsed() : 0;
    m_pollTimer->start(m_pollSchedule.nextDelayMs(running, m_queued));
}

void FalQueueRun::poll()
{
    if (isFinished() || m_phase != Phase::Following)
        return;
    ApiRequestSpec spec = falSpec(
        QByteArrayLiteral("GET"),
        withQuery(m_handle.statusUrl, QStringLiteral("logs"), QStringLiteral("1")),
        tr("status request"));
    spec.retryPolicy = m_config.pollRetryPolicy;
    sendTracked(spec, &FalQueueRun::onPollFinished);
}

void FalQueueRun::onPollFinished(const ApiResult &result)
{
    if (!result.ok()) {
        fail(mapped(result));
        return;
    }
    const QJsonDocument document = result.json();
    if (!document.isObject()) {
        fail(Error::Protocol, tr("fal sent an unreadable status."));
        return;
    }
    if (handleStatus(document.object()))
        schedulePoll();
}

bool FalQueueRun::handleStatus(const QJsonObject &object)
{
    using State = FalAnswer::Status::State;
    const FalAnswer::Status status = FalAnswer::parseStatus(object);
    switch (status.state) {
    case State::Queued:
        noteQueued(status.queuePosition);
        setState(JobState::Queued);
        if (status.queuePosition && *status.queuePosition != m_lastQueuePosition) {
            m_lastQueuePosition = *status.queuePosition;
            Q_EMIT queuePositionChanged(m_lastQueuePosition);
        }
        CrashPoint::hit("provider-queued");
        return true;
    case State::InProgress:
        noteRunning();
        setState(JobState::Running);
        reportLogs(status.logs);
        CrashPoint::hit("provider-running");
        return true;
    case State::Completed:
        reportLogs(status.logs);
        if (!status.error.isEmpty()) {
            fail(Error::Refused,
                 status.errorType.isEmpty()
                     ? tr("fal could not run the model: %1").arg(status.error)
                     : tr("fal could not run the model: %1 (%2)").arg(status.error,
                                                                     status.errorType));
            return false;
        }
        fetchResult();
        return false;
    case State::Failed:
        fail(Error::Refused, tr("fal could not run the model: %1")
             .arg(status.error.isEmpty() ? status.stateName.toLower()
                                         : status.error));
        return false;
    case State::Unknown:
        break;
    }
    return true;   // an unknown state: keep following (the deadline bounds it)
}

void FalQueueRun::reportLogs(const QStringList &logs)
{
    // fal's logs are cumulative: every reply holds all lines so far.
    for (qsizetype i = m_logsSeen; i < logs.size(); ++i) {
        if (!logs.at(i).isEmpty())
            Q_EMIT logReceived(logs.at(i));
    }
    m_logsSeen = std::max(m_logsSeen, logs.size());
}

// ---------------------------------------------------------------------------------------------
// result

void FalQueueRun::fetchResult()
{
    m_pollTimer->stop();
    m_streamWatchdog->stop();
    if (m_streaming) {
        m_streaming = false;
        abortTracked();
    }
    m_phase = Phase::Fetching;
    ApiRequestSpec spec = falSpec(QByteArrayLiteral("GET"), m_handle.responseUrl,
                                  tr("result request"));
    sendTracked(spec, &FalQueueRun::onResultFinished);
}

void FalQueueRun::onResultFinished(const ApiResult &result)
{
    if (!result.ok()) {
        fail(mapped(result));   // 422: Validation with field errors (ApiErrorParser)
        return;
    }
    const QJsonObject reply = result.json().object();
    m_downloads = FalAnswer::imageReferences(reply);
    if (m_downloads.isEmpty()) {
        fail(Error::Protocol, tr("fal finished the job but returned no image."));
        return;
    }
    m_result = reply;
    QList<QUrl> urls;
    for (const QString &reference : std::as_const(m_downloads))
        urls.append(QUrl(reference, QUrl::TolerantMode));
    setOutputUrls(urls); // fal keeps outputs for minutes only: a resume fetches these at once
    startDownloads();
}

void FalQueueRun::startDownloads()
{
    m_phase = Phase::Downloading;
    setState(JobState::Downloading);
    QList<OutputSource> sources;
    for (const QString &reference : std::as_const(m_downloads)) {
        if (reference.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
            sources.append(OutputSource::inlineDataUri(reference));   // sync_mode: inline
        else
            sources.append(OutputSource::download(QUrl(reference, QUrl::TolerantMode)));
    }
    m_downloader->start(sources);
}

void FalQueueRun::onOutputs(const QList<OutputImage> &images)
{
    JobOutcome outcome;
    outcome.outputs = images;
    if (const std::optional<qint64> seed = FalAnswer::seed(m_result))
        outcome.seed = *seed;
    outcome.requestId = m_handle.requestId;
    outcome.raw = m_result;
    finish(outcome);
}
