#include "provider.h"

#include "net/apirequest.h"

ProviderRun::ProviderRun(const JobRequest &request, const ProviderConfig &config, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_config(config)
{
}

void ProviderRun::setState(JobState state)
{
    if (m_finished || state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void ProviderRun::setHandle(const ProviderHandle &handle)
{
    m_handle = handle;
    Q_EMIT handleChanged(m_handle);
}

void ProviderRun::setOutputUrls(const QList<QUrl> &urls)
{
    // Only a complete list helps: inline images (data URIs, base64) cannot be fetched again.
    for (const QUrl &url : urls) {
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            return;
    }
    if (urls.isEmpty() || urls == m_handle.outputUrls)
        return;
    m_handle.outputUrls = urls;
    Q_EMIT handleChanged(m_handle);
}

void ProviderRun::finish(const JobOutcome &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    JobOutcome out = outcome;
    if (out.requestId.isEmpty())
        out.requestId = m_handle.requestId;
    Q_EMIT finished(out);
}

void ProviderRun::fail(ApiResult::Error error, const QString &message, const QList<ApiFieldError> &fields)
{
    JobOutcome outcome;
    outcome.error = error == ApiResult::Error::None ? ApiResult::Error::Protocol : error;
    outcome.message = message;
    outcome.fieldErrors = fields;
    finish(outcome);
}

void ProviderRun::failFrom(const ApiResult &result)
{
    fail(result.error, result.message, result.fieldErrors);
}

ApiRequest *ProviderRun::sendTracked(const ApiRequestSpec &spec, std::function<void(const ApiResult &)> handler)
{
    auto *request = new ApiRequest(m_config.network, spec, this);
    m_tracked = request;
    connect(request, &ApiRequest::finished, this, [this, request, handler](const ApiResult &result) {
        request->deleteLater();
        if (m_tracked == request)
            m_tracked = nullptr;
        if (isFinished())
            return;
        handler(result);
    });
    connect(request, &ApiRequest::retrying, this, [this](int nextAttempt, int delayMs, const ApiResult &failed) {
        Q_EMIT logReceived(tr("%1 (attempt %2 follows in %3 ms)").arg(failed.message).arg(nextAttempt).arg(delayMs));
    });
    request->start();
    return request;
}

void ProviderRun::abortTracked()
{
    if (ApiRequest *request = m_tracked.data()) {
        m_tracked = nullptr;
        disconnect(request, nullptr, this, nullptr);
        request->abort();
        request->deleteLater();
    }
}

void ProviderRun::stopAndFail(ApiResult::Error error, const QString &message, const QList<ApiFieldError> &fields)
{
    if (isFinished())
        return;
    stopActivity();
    setState(error == ApiResult::Error::Cancelled ? JobState::Cancelled : JobState::Failed);
    fail(error, message, fields);
}
