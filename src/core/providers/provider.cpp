#include "provider.h"

#include "model/providerinfo.h"
#include "net/apirequest.h"

#include <algorithm>
#include <cmath>
#include <utility>

ProviderRun::ProviderRun(const JobRequest &request, const ProviderConfig &config, QObject *parent)
    : QObject(parent)
    , m_request(request)
    , m_config(config)
{
}

void ProviderRun::releaseSubmit()
{
    m_submitReleased = true;
    std::function<void()> send = std::exchange(m_heldSubmit, nullptr);
    if (send && !isFinished())
        send();
}

void ProviderRun::sendSubmitWhenReleased(std::function<void()> send)
{
    if (!m_holdSubmits || m_submitReleased) {
        send();
        return;
    }
    m_heldSubmit = std::move(send);
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
    stopActivity();
    endWait();
    if (outcome.ok())
        setState(JobState::Done);
    else
        setState(outcome.error == ApiResult::Error::Cancelled ? JobState::Cancelled : JobState::Failed);
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

void ProviderRun::fail(const ApiResult &result)
{
    fail(result.error, result.message, result.fieldErrors);
}

ApiRequest *ProviderRun::sendTracked(const ApiRequestSpec &spec, std::function<void(const ApiResult &)> handler)
{
    auto *request = new ApiRequest(m_config.network, spec, this);
    m_tracked = request;
    // First, so a wait ends before the handler may start the next one.
    followRetries(request);
    connect(request, &ApiRequest::finished, this, [this, request, handler](const ApiResult &result) {
        request->deleteLater();
        if (m_tracked == request)
            m_tracked = nullptr;
        if (isFinished())
            return;
        handler(result);
    });
    request->start();
    return request;
}

std::function<void(const ApiRequestSpec &, std::function<void(const ApiResult &)>)> ProviderRun::trackedSender()
{
    return [this](const ApiRequestSpec &spec, std::function<void(const ApiResult &)> handler) {
        sendTracked(spec, std::move(handler));
    };
}

QString ProviderRun::retryReason(const QString &providerName, const ApiResult &failed)
{
    // A 503 that names its pause is a rate limit in all but number (Segmind, fal's runners).
    if (failed.httpStatus == 429 || (failed.httpStatus == 503 && !failed.header("retry-after").isEmpty()))
        return tr("Rate-limited by %1").arg(providerName);
    if (failed.httpStatus >= 400)
        return tr("Server problem at %1 (HTTP %2)").arg(providerName).arg(failed.httpStatus);
    return tr("No answer from %1").arg(providerName);
}

QString ProviderRun::waitText(const QString &reason, qint64 remainingMs)
{
    // Whole seconds, rounded up: "retrying in 0 s" would be said while still waiting.
    const qint64 seconds = static_cast<qint64>(std::ceil(static_cast<double>(std::max<qint64>(0, remainingMs)) / 1000.0));
    if (seconds <= 0)
        return tr("%1, retrying now").arg(reason);
    return tr("%1, retrying in %2 s").arg(reason).arg(seconds);
}

void ProviderRun::followRetries(ApiRequest *request)
{
    connect(request, &ApiRequest::retrying, this,
            [this, request](int nextAttempt, int delayMs, const ApiResult &failed) {
                if (isFinished())
                    return;
                const QString reason = retryReason(ProviderInfo::nameOf(m_request.model.provider), failed);
                Q_EMIT logReceived(tr("%1 (attempt %2 of %3). %4")
                                       .arg(waitText(reason, delayMs))
                                       .arg(nextAttempt)
                                       .arg(request->spec().retryPolicy.maxAttempts())
                                       .arg(failed.message));
                m_waiting = true;
                Q_EMIT waitStarted(reason, delayMs);
            });
    connect(request, &ApiRequest::retryStarted, this, &ProviderRun::endWait);
    connect(request, &ApiRequest::finished, this, &ProviderRun::endWait);
}

void ProviderRun::endWait()
{
    if (!m_waiting)
        return;
    m_waiting = false;
    Q_EMIT waitEnded();
}

void ProviderRun::abortTracked()
{
    if (m_resendTimer)
        m_resendTimer->stop();
    endWait();
    if (ApiRequest *request = m_tracked.data()) {
        m_tracked = nullptr;
        disconnect(request, nullptr, this, nullptr);
        request->abort();
        request->deleteLater();
    }
}

RetryPolicy ProviderRun::billedPolicy(const QSet<int> &statuses) const
{
    RetryPolicy policy = m_config.retryPolicy;
    policy.setRetryableStatuses(statuses);
    policy.setRetryTransportErrors(false);
    return policy;
}

void ProviderRun::makeBilled(ApiRequestSpec *spec, const QSet<int> &statuses) const
{
    spec->retryPolicy = billedPolicy(statuses);
    spec->sendOnce = true;
}

bool ProviderRun::resendIfUnsent(const ApiResult &result, std::function<void()> resend)
{
    m_billedAttempts += std::max(1, result.attempts);
    const bool unsent = result.networkError == QNetworkReply::ConnectionRefusedError
                        || result.networkError == QNetworkReply::HostNotFoundError;
    const RetryPolicy policy = billedPolicy();
    if (!unsent || m_billedAttempts >= policy.maxAttempts() || isFinished())
        return false;
    const int delay = policy.delayMs(m_billedAttempts);
    const QString reason = retryReason(ProviderInfo::nameOf(m_request.model.provider), result);
    Q_EMIT logReceived(tr("%1; nothing was sent. %2").arg(result.message, waitText(reason, delay)));
    if (!m_resendTimer) {
        m_resendTimer = new QTimer(this);
        m_resendTimer->setSingleShot(true);
    }
    m_resendTimer->disconnect();
    connect(m_resendTimer, &QTimer::timeout, this, [this, resend] {
        endWait();
        if (!isFinished())
            resend();
    });
    m_resendTimer->start(delay);
    m_waiting = true;
    Q_EMIT waitStarted(reason, delay);
    return true;
}

void ProviderRun::failBilled(const ApiResult &result, bool gatewayErrorsMayBill)
{
    const bool lostAnswer =
        (result.error == ApiResult::Error::Network && result.networkError != QNetworkReply::ConnectionRefusedError
         && result.networkError != QNetworkReply::HostNotFoundError)
        || result.error == ApiResult::Error::Timeout
        || (gatewayErrorsMayBill && (result.httpStatus == 502 || result.httpStatus == 504))
        // The provider took the job (2xx), but its answer could not be read.
        || (result.httpStatus >= 200 && result.httpStatus < 300);
    if (!lostAnswer) {
        fail(result);
        return;
    }
    JobOutcome outcome;
    outcome.error = result.error == ApiResult::Error::None ? ApiResult::Error::Network : result.error;
    QString said = result.message;
    if (!said.isEmpty() && !said.endsWith(QLatin1Char('.')))
        said += QLatin1Char('.');
    outcome.message = said + QLatin1Char(' ')
                      + tr("The request had been sent, so this run may have been charged. It was not "
                           "sent again; check the provider's dashboard before running it again.");
    outcome.mayHaveCharged = true;
    finish(outcome);
}
