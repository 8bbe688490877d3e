#include "apirequest.h"
#include "oneshotbody.h"

#include "base/logging.h"

#include <QDateTime>

#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

#include "endpoint.h"

#ifndef REIMAGINE_VERSION
#define REIMAGINE_VERSION "0"
#endif


namespace
{
constexpr int kMaxProviderMessageChars = 400;

// `result` (a skeleton with the attempts and URL) as a failure of `error` with `message`.
ApiResult failed(ApiResult result, ApiResult::Error error, const QString &message)
{
    result.error = error;
    result.message = message;
    return result;
}

bool isRedirectStatus(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

QString shortened(const QString &text)
{
    const QString simple = text.simplified();
    if (simple.size() <= kMaxProviderMessageChars)
        return simple;
    return simple.left(kMaxProviderMessageChars) + QChar(0x2026);
}

// "<sentence>." or "<sentence>: <detail>" with the detail kept as the provider wrote it.
QString withDetail(const QString &sentence, const QString &detail)
{
    if (detail.isEmpty())
        return sentence + QLatin1Char('.');
    QString text = sentence + QLatin1String(": ") + shortened(detail);
    if (!text.endsWith(QLatin1Char('.')) && !text.endsWith(QLatin1Char('!'))
        && !text.endsWith(QLatin1Char('?')))
        text += QLatin1Char('.');
    return text;
}

QString mebibytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'g', 3);
}
} // namespace

ApiRequest::ApiRequest(QNetworkAccessManager *manager, const ApiRequestSpec &spec, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_spec(spec)
    , m_authOrigin(Endpoint::origin(spec.authOrigin.isEmpty() ? spec.url : spec.authOrigin))
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiRequest::sendAttempt);
}

ApiRequest::~ApiRequest()
{
    m_finished = true;
    releaseReply();
}

QList<QPair<QByteArray, QByteArray>> ApiRequest::redactHeaders(
    const QList<QPair<QByteArray, QByteArray>> &headers)
{
    QList<QPair<QByteArray, QByteArray>> result;
    result.reserve(headers.size());
    for (const auto &header : headers)
        result.append({header.first,
                       isSecretHeader(header.first) ? QByteArrayLiteral("<redacted>") : header.second});
    return result;
}

bool ApiRequest::isSecretHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "cookie"
           || lower == "set-cookie" || lower.contains("key") || lower.contains("token")
           || lower.contains("secret");
}

void ApiRequest::start()
{
    if (m_started)
        return;
    m_started = true;

    if (!m_manager) {
        finishLater(failed(resultSkeleton(), ApiResult::Error::Protocol,
                           tr("Internal error: no network access for the %1.").arg(displayWhat())));
        return;
    }
    QString error;
    if (!Endpoint::isAllowed(m_spec.url, &error)) {
        finishLater(failed(resultSkeleton(), ApiResult::Error::Refused, error));
        return;
    }
    sendAttempt();
}

void ApiRequest::abort()
{
    if (m_finished)
        return;
    m_userAborted = true;
    m_retryTimer.stop();
    if (m_reply)
        m_reply->abort();   // finished() runs synchronously -> onReplyFinished -> Cancelled
    if (!m_finished) {
        finishWith(failed(resultSkeleton(), ApiResult::Error::Cancelled,
                          tr("The %1 was cancelled.").arg(displayWhat())));
    }
}

void ApiRequest::sendAttempt()
{
    if (m_finished)
        return;
    ++m_attempts;
    m_redirects = 0;
    m_currentUrl = m_spec.url;
    m_currentMethod = m_spec.method.toUpper();
    m_currentBody = m_spec.body;
    if (m_attempts > 1)
        Q_EMIT retryStarted(m_attempts);
    sendTo(m_currentUrl);
}

void ApiRequest::sendTo(const QUrl &url)
{
    releaseReply();
    m_buffer.clear();
    m_tooLarge = false;
    if (!m_manager) {
        finishLater(failed(resultSkeleton(), ApiResult::Error::Network,
                           tr("The network access for the %1 was shut down.").arg(displayWhat())));
        return;
    }

    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setTransferTimeout(m_spec.transferTimeoutMs);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("ReimagineStudio/" REIMAGINE_VERSION));
    if (m_spec.expectJson)
        request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json"));
    for (const auto &header : std::as_const(m_spec.headers)) {
        if (!m_spec.authHeaderName.isEmpty()
            && header.first.compare(m_spec.authHeaderName, Qt::CaseInsensitive) == 0)
            continue;   // the key only travels through authHeaderName/authOrigin
        request.setRawHeader(header.first, header.second);
    }
    if (!m_currentBody.isEmpty() && !m_spec.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);

    const bool withAuth = !m_spec.authHeaderName.isEmpty() && Endpoint::sameOrigin(url, m_authOrigin);
    if (withAuth)
        request.setRawHeader(m_spec.authHeaderName, m_spec.authHeaderValue);

    qCDebug(lcNet).noquote() << m_currentMethod << Endpoint::redacted(url) << "attempt"
                                    << m_attempts << "redirect" << m_redirects
                                    << (withAuth ? "with key" : "without key");

    QNetworkReply *reply = nullptr;
    if (m_currentMethod == "GET" && m_currentBody.isEmpty()) {
        reply = m_manager->get(request);
    } else if (m_spec.sendOnce) {
        request.setAttribute(QNetworkRequest::DoNotBufferUploadDataAttribute, true);
        request.setHeader(QNetworkRequest::ContentLengthHeader, m_currentBody.size());
        auto *body = new OneShotBody(m_currentBody, this);
        reply = m_manager->sendCustomRequest(request, m_currentMethod, body);
        body->setParent(reply); // lives as long as the reply that reads it
    } else {
        reply = m_manager->sendCustomRequest(request, m_currentMethod, m_currentBody);
    }
    m_reply = reply;
    // Bounded before the first byte arrives: without it Qt's network thread reads as fast as the
    // socket delivers and queues the data for this thread, tens of MiB past the cap.
    reply->setReadBufferSize(kReadBufferBytes);

    connect(reply, &QNetworkReply::metaDataChanged, this, &ApiRequest::onMetaDataChanged);
    connect(reply, &QNetworkReply::readyRead, this, &ApiRequest::onReadyRead);
    connect(reply, &QNetworkReply::downloadProgress, this, &ApiRequest::onDownloadProgress);
    connect(reply, &QNetworkReply::uploadProgress, this, &ApiRequest::uploadProgress);
    connect(reply, &QNetworkReply::finished, this, &ApiRequest::onReplyFinished);
}

void ApiRequest::onMetaDataChanged()
{
    if (!m_reply || m_tooLarge)
        return;
    bool ok = false;
    const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(&ok);
    if (ok && announced > m_spec.maxResponseBytes)
        abortForSize();
}

void ApiRequest::onReadyRead()
{
    if (!m_reply || m_tooLarge)
        return;
    // Never hold more than cap + 1 bytes: read at most what still fits, then check.
    while (m_reply && !m_tooLarge && m_reply->bytesAvailable() > 0) {
        const qint64 room = m_spec.maxResponseBytes - m_buffer.size() + 1;
        const QByteArray chunk =
            m_reply->read(std::max<qint64>(1, std::min<qint64>(room, 1 << 20)));
        m_buffer += chunk;
        if (m_buffer.size() > m_spec.maxResponseBytes) {
            abortForSize();
            return;
        }
        if (!chunk.isEmpty())
            Q_EMIT dataReceived(chunk);
    }
}

void ApiRequest::onDownloadProgress(qint64 received, qint64 total)
{
    if (m_tooLarge)
        return;
    Q_EMIT progress(received, total);
    if (received > m_spec.maxResponseBytes || total > m_spec.maxResponseBytes)
        abortForSize();
}

void ApiRequest::abortForSize()
{
    if (m_tooLarge || !m_reply)
        return;
    m_tooLarge = true;
    m_buffer.clear();
    m_buffer.squeeze();
    m_reply->abort();   // -> onReplyFinished (synchronously)
}

void ApiRequest::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || m_finished)
        return;

    if (!m_tooLarge && !m_userAborted)
        onReadyRead();   // whatever is still buffered, under the same cap

    ApiResult result = resultSkeleton();
    result.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.networkError = reply->error();
    for (const auto &header : reply->rawHeaderPairs()) {
        const QByteArray name = header.first.toLower();
        auto it = result.headers.find(name);
        if (it == result.headers.end())
            result.headers.insert(name, header.second);
        else
            it.value() += QByteArrayLiteral(", ") + header.second;
    }
    const QString reason = reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    QString errorString = reply->errorString();
    errorString.replace(m_currentUrl.toString(), Endpoint::redacted(m_currentUrl));
    releaseReply();

    if (m_userAborted) {
        result.error = ApiResult::Error::Cancelled;
        result.message = tr("The %1 was cancelled.").arg(displayWhat());
        finishWith(result);
        return;
    }
    if (m_tooLarge) {
        result.error = ApiResult::Error::TooLarge;
        result.message = tr("The answer of %1 to the %2 was larger than %3 MiB and was stopped.")
                             .arg(displayService(), displayWhat(),
                                  mebibytes(m_spec.maxResponseBytes));
        finishWith(result);
        return;
    }

    // With ManualRedirectPolicy the only OperationCanceledError left is the transfer timeout.
    const bool timedOut = result.networkError == QNetworkReply::OperationCanceledError;
    const QNetworkReply::NetworkError policyError =
        timedOut ? QNetworkReply::TimeoutError : result.networkError;

    if (!timedOut && !RetryPolicy::isTransportError(result.networkError)
        && isRedirectStatus(result.httpStatus)) {
        handleRedirect(result);
        return;
    }

    result.body = m_buffer;
    m_buffer.clear();

    if (timedOut) {
        result.error = ApiResult::Error::Timeout;
        result.message = tr("%1 did not answer the %2 within %3 s.")
                             .arg(displayService(), displayWhat(),
                                  QString::number(m_spec.transferTimeoutMs / 1000.0, 'g', 3));
    } else if (result.networkError == QNetworkReply::ContentReSendError) {
        // The connection closed before the answer began, after the request had gone out.
        result.error = ApiResult::Error::Network;
        result.message = tr("The connection to %1 closed before it answered the %2.")
                             .arg(displayService(), displayWhat());
    } else if (RetryPolicy::isTransportError(result.networkError)
               || (result.httpStatus == 0 && result.networkError != QNetworkReply::NoError)) {
        result.error = ApiResult::Error::Network;
        result.message = withDetail(tr("Could not reach %1 for the %2").arg(displayService(),
                                                                              displayWhat()),
                                    errorString);
    } else if (result.httpStatus >= 200 && result.httpStatus < 300) {
        if (m_spec.expectJson && result.httpStatus != 204) {
            QJsonParseError parseError;
            QJsonDocument::fromJson(result.body, &parseError);
            if (parseError.error != QJsonParseError::NoError) {
                result.error = ApiResult::Error::Protocol;
                result.message = tr("%1 sent an unreadable answer to the %2 (invalid JSON: %3).")
                                     .arg(displayService(), displayWhat(), parseError.errorString());
            }
        }
    } else if (result.httpStatus >= 400) {
        describeHttpError(result, reason);
        if (result.message.isEmpty())
            result.message = reason;
    } else {
        result.error = ApiResult::Error::Protocol;
        result.message = tr("%1 answered the %2 with the unexpected HTTP status %3.")
                             .arg(displayService(), displayWhat())
                             .arg(result.httpStatus);
    }

    const bool retryable = result.error != ApiResult::Error::None
                           && result.error != ApiResult::Error::Protocol
                           && result.error != ApiResult::Error::Refused;
    if (retryable
        && m_spec.retryPolicy.shouldRetry(m_attempts, result.httpStatus, policyError,
                                          result.headers)) {
        const int delay = m_spec.retryPolicy.delayMs(
            m_attempts, RetryPolicy::serverDelayHeader(result.headers, QDateTime::currentDateTimeUtc()));
        qCDebug(lcNet).noquote()
            << displayService() << displayWhat() << "attempt" << m_attempts << "failed with"
            << ApiResult::errorName(result.error) << result.httpStatus << "- retrying in" << delay
            << "ms";
        m_retryTimer.start(delay);
        Q_EMIT retrying(m_attempts + 1, delay, result);
        return;
    }
    finishWith(result);
}

void ApiRequest::handleRedirect(const ApiResult &partial)
{
    ApiResult result = partial;
    m_buffer.clear();
    const QByteArray location = partial.headers.value(QByteArrayLiteral("location")).trimmed();
    if (location.isEmpty()) {
        result.error = ApiResult::Error::Protocol;
        result.message = tr("%1 redirected the %2 without saying where to (HTTP %3).")
                             .arg(displayService(), displayWhat())
                             .arg(partial.httpStatus);
        finishWith(result);
        return;
    }
    if (++m_redirects > kMaxRedirects) {
        result.error = ApiResult::Error::Refused;
        result.message = tr("%1 redirected the %2 more than %3 times; stopped.")
                             .arg(displayService(), displayWhat())
                             .arg(kMaxRedirects);
        finishWith(result);
        return;
    }
    const QUrl target = m_currentUrl.resolved(QUrl::fromEncoded(location));
    const QString scheme = target.scheme().toLower();
    QString error;
    if ((scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        || !Endpoint::isAllowed(target, &error)) {
        result.error = ApiResult::Error::Refused;
        result.finalUrl = target;
        result.message = tr("%1 redirected the %2 to %3, which is not allowed. %4")
                             .arg(displayService(), displayWhat(), Endpoint::redacted(target),
                                  error)
                             .trimmed();
        finishWith(result);
        return;
    }
    if (partial.httpStatus == 303
        || ((partial.httpStatus == 301 || partial.httpStatus == 302) && m_currentMethod == "POST")) {
        m_currentMethod = QByteArrayLiteral("GET");
        m_currentBody.clear();
    }
    qCDebug(lcNet).noquote() << "redirect" << partial.httpStatus << "to"
                                    << Endpoint::redacted(target);
    m_currentUrl = target;
    sendTo(target);
}

void ApiRequest::describeHttpError(ApiResult &result, const QString &reasonPhrase) const
{
    const QJsonDocument document = result.json();
    const QString detail = ApiErrorParser::message(m_spec.dialect, document);
    const int status = result.httpStatus;
    // Field errors are a 4xx answer that names an input ("seed", "invalid_params"): they go under
    // the form's fields. A 5xx body's "detail" is the server's own trouble, never a field's, and
    // an entry without a name is already in the message.
    if (status < 500 && status != 429) {
        for (const ApiFieldError &error : ApiErrorParser::parseFieldErrors(m_spec.dialect, document)) {
            if (!error.field.trimmed().isEmpty())
                result.fieldErrors.append(error);
        }
    }
    const QString service = displayService();

    if (status == 401 || status == 403) {
        result.error = ApiResult::Error::Auth;
        result.message = tr("%1 rejected the API key (%2). Check the key in Settings.")
                             .arg(service)
                             .arg(status);
    } else if (status == 402 || status == 406) {
        result.error = ApiResult::Error::NoCredits;
        result.message = withDetail(tr("%1 refused the %2 for lack of credits (%3)")
                                        .arg(service, displayWhat())
                                        .arg(status),
                                    detail);
    } else if (status == 429) {
        result.error = ApiResult::Error::RateLimited;
        result.message = withDetail(tr("%1 is limiting the request rate (429); try again in a "
                                       "moment")
                                        .arg(service),
                                    detail);
    } else if (status >= 500) {
        // Said once, in the server's own words: "Internal Server Error (HTTP 500)". Whoever shows
        // it names the model or service in front (the banner, the job row, the CLI's line).
        result.error = ApiResult::Error::Server;
        QString reason = shortened(detail.isEmpty() ? reasonPhrase : detail);
        while (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        result.message = reason.isEmpty() ? tr("Server error (HTTP %1)").arg(status)
                                          : tr("%1 (HTTP %2)").arg(reason, QString::number(status));
    } else {
        result.error = ApiResult::Error::Validation;
        result.message = withDetail(tr("%1 rejected the %2 (%3)")
                                        .arg(service, displayWhat())
                                        .arg(status),
                                    detail);
    }
}

void ApiRequest::finishWith(ApiResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_retryTimer.stop();
    releaseReply();
    result.attempts = m_attempts;
    if (!result.ok())
        qCDebug(lcNet).noquote()
            << displayService() << displayWhat() << "failed:" << ApiResult::errorName(result.error)
            << result.httpStatus << "after" << m_attempts << "attempt(s)";
    Q_EMIT finished(result);
}

void ApiRequest::finishLater(ApiResult result)
{
    QTimer::singleShot(0, this, [this, result]() { finishWith(result); });
}

void ApiRequest::releaseReply()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    disconnect(reply, nullptr, this, nullptr);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

ApiResult ApiRequest::resultSkeleton() const
{
    ApiResult result;
    result.attempts = m_attempts;
    result.finalUrl = m_currentUrl.isValid() ? m_currentUrl : m_spec.url;
    return result;
}

QString ApiRequest::displayService() const
{
    if (!m_spec.service.isEmpty())
        return m_spec.service;
    const QString host = m_currentUrl.isValid() ? m_currentUrl.host() : m_spec.url.host();
    return host.isEmpty() ? tr("The server") : host;
}

QString ApiRequest::displayWhat() const
{
    return m_spec.what.isEmpty() ? tr("request") : m_spec.what;
}
