#include "falqueueprovider.h"

#include "base/logging.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cmath>

#include "falanswer.h"
#include "imaging/imageloader.h"
#include "model/providerinfo.h"
#include "imaging/imagepreparer.h"
#include "net/apierrorparser.h"
#include "net/apirequest.h"
#include "net/endpoint.h"


using Error = ApiResult::Error;

namespace
{
const ProviderInfo &falInfo()
{
    return *ProviderInfo::find(QStringLiteral("fal"));
}

constexpr qint64 kMaxStreamBytes = 32LL * 1024 * 1024;      // the whole SSE body (cumulative logs)

// A file name fal storage can take: the sketch's base name reduced to safe characters.
QString uploadFileName(const QString &path, const QByteArray &mimeType)
{
    QString base = QFileInfo(path).completeBaseName();
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9._-]+"));
    base.replace(unsafe, QStringLiteral("_"));
    base = base.left(80);
    if (base.isEmpty() || base.startsWith(QLatin1Char('.')))
        base = QStringLiteral("sketch");
    const QString extension =
        mimeType == "image/jpeg" ? QStringLiteral(".jpg") : QStringLiteral(".png");
    return base + extension;
}

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
// FalQueueProvider

QString FalQueueProvider::id() const
{
    return QStringLiteral("fal");
}

ProviderRun *FalQueueProvider::createRun(const JobRequest &request, const ProviderConfig &config,
                                         QObject *parent) const
{
    return new FalQueueRun(request, config, parent);
}

QString FalQueueProvider::appPath(const QString &endpointId)
{
    QString id = endpointId.trimmed();
    while (id.startsWith(QLatin1Char('/')))
        id.remove(0, 1);
    while (id.endsWith(QLatin1Char('/')))
        id.chop(1);
    if (id.isEmpty())
        return QString();

    static const QRegularExpression segmentPattern(QStringLiteral("^[A-Za-z0-9_.~-]+$"));
    const QStringList parts = id.split(QLatin1Char('/'));
    for (const QString &part : parts) {
        if (!segmentPattern.match(part).hasMatch() || part == QLatin1String(".")
            || part == QLatin1String(".."))
            return QString();
    }

    if (parts.size() == 1) {
        // Legacy "<numeric owner>-<alias>" ids (fal-js ensureEndpointIdFormat).
        static const QRegularExpression legacy(QStringLiteral("^([0-9]+)-([A-Za-z0-9-]+)$"));
        const QRegularExpressionMatch match = legacy.match(parts.constFirst());
        if (!match.hasMatch())
            return QString();
        return match.captured(1) + QLatin1Char('/') + match.captured(2);
    }
    const bool namespaced =
        parts.constFirst() == QLatin1String("workflows") || parts.constFirst() == QLatin1String("comfy");
    const int keep = namespaced ? 3 : 2;
    if (parts.size() < keep)
        return QString();
    return parts.mid(0, keep).join(QLatin1Char('/'));
}

ProviderHandle FalQueueProvider::handleFor(const QUrl &queueUrl, const QString &endpointId,
                                           const QString &requestId)
{
    ProviderHandle handle;
    handle.requestId = requestId;
    const QString app = appPath(endpointId);
    if (app.isEmpty() || requestId.isEmpty())
        return handle;
    const QString base = app + QLatin1String("/requests/") + requestId;
    handle.responseUrl = Endpoint::join(queueUrl, base);
    handle.statusUrl = Endpoint::join(queueUrl, base + QLatin1String("/status"));
    handle.cancelUrl = Endpoint::join(queueUrl, base + QLatin1String("/cancel"));
    return handle;
}

// ---------------------------------------------------------------------------------------------
// FalQueueRun: set-up

FalQueueRun::FalQueueRun(const JobRequest &request, const ProviderConfig &config, QObject *parent)
    : ProviderRun(request, config, parent)
    , m_queueUrl(config.apiUrl.isEmpty() ? falInfo().defaultApiUrl : config.apiUrl)
    , m_restUrl(config.auxUrl.isEmpty() ? falInfo().defaultAuxUrl : config.auxUrl)
    , m_authValue(falInfo().authValue(config.apiKey))
    , m_pollIntervalMs(std::max(1, config.pollIntervalMs))
{
    m_pollTimer.setSingleShot(true);
    m_streamWatchdog.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &FalQueueRun::poll);
    connect(&m_streamWatchdog, &QTimer::timeout, this, &FalQueueRun::onStreamIdle);
    connect(&m_deadline, &QTimer::timeout, this, &FalQueueRun::onDeadline);
}

FalQueueRun::~FalQueueRun()
{
    // Deleting the run aborts what is in flight; the provider job itself stays resumable.
    for (QObject *child : {static_cast<QObject *>(m_active.data()),
                           static_cast<QObject *>(m_cancelRequest.data()), m_worker.data()}) {
        if (child) {
            disconnect(child, nullptr, this, nullptr);
            delete child;
        }
    }
}

bool FalQueueRun::checkConfig()
{
    if (!m_config.network) {
        failWith(Error::Protocol, tr("Internal error: no network access for fal."));
        return false;
    }
    if (m_config.apiKey.trimmed().isEmpty()) {
        failWith(Error::Auth, tr("No fal API key is set. Add it in Settings or set FAL_KEY."));
        return false;
    }
    QString error;
    if (!Endpoint::isAllowed(m_queueUrl, &error) || !Endpoint::isAllowed(m_restUrl, &error)) {
        failWith(Error::Refused, tr("The fal address is not allowed: %1").arg(error));
        return false;
    }
    if (FalQueueProvider::appPath(m_request.model.endpoint).isEmpty()) {
        failWith(Error::Refused,
                 tr("\"%1\" is not a valid fal endpoint id.").arg(m_request.model.endpoint));
        return false;
    }
    return true;
}

ApiRequestSpec FalQueueRun::falSpec(const QByteArray &method, const QUrl &url,
                                    const QString &what) const
{
    ApiRequestSpec spec;
    spec.method = method;
    spec.url = url;
    spec.authHeaderName = falInfo().keyHeader;
    spec.authHeaderValue = m_authValue;
    spec.authOrigin = m_queueUrl;
    spec.transferTimeoutMs = m_config.requestTimeoutMs;
    spec.retryPolicy = m_config.retryPolicy;
    spec.dialect = ApiErrorParser::Dialect::Fal;
    spec.service = falInfo().displayName;
    spec.what = what;
    return spec;
}

ApiRequestSpec FalQueueRun::plainSpec(const QByteArray &method, const QUrl &url,
                                      const QString &what) const
{
    ApiRequestSpec spec;
    spec.method = method;
    spec.url = url;
    // No authHeaderName: pre-signed upload URLs and the CDN never see the key.
    spec.transferTimeoutMs = m_config.requestTimeoutMs;
    spec.retryPolicy = m_config.retryPolicy;
    spec.expectJson = false;
    spec.dialect = ApiErrorParser::Dialect::Fal;
    spec.service = tr("fal storage");
    spec.what = what;
    return spec;
}

ApiRequest *FalQueueRun::send(const ApiRequestSpec &spec, Handler handler)
{
    auto *request = new ApiRequest(m_config.network, spec, this);
    m_active = request;
    // First, so a wait ends before the handler may start the next one.
    followRetries(request);
    connect(request, &ApiRequest::finished, this, [this, request, handler](const ApiResult &result) {
        if (m_active == request)
            m_active = nullptr;
        request->deleteLater();
        (this->*handler)(result);
    });
    request->start();
    return request;
}

void FalQueueRun::dropRequest()
{
    if (ApiRequest *request = m_active.data()) {
        m_active = nullptr;
        disconnect(request, nullptr, this, nullptr);
        request->deleteLater();   // its destructor aborts the reply
        endWait();                // a dropped request is waited for no longer
    }
}

void FalQueueRun::stopEverything()
{
    m_pollTimer.stop();
    m_streamWatchdog.stop();
    m_deadline.stop();
    m_streaming = false;
    dropRequest();
    if (QObject *worker = m_worker.data()) {
        m_worker = nullptr;
        disconnect(worker, nullptr, this, nullptr);
        worker->deleteLater();
    }
}

// ---------------------------------------------------------------------------------------------
// start / resume

void FalQueueRun::start()
{
    if (m_phase != Phase::Idle || isFinished())
        return;
    setState(JobState::Preparing);
    if (!checkConfig())
        return;
    if (m_config.maxWaitMs > 0)
        m_deadline.start(m_config.maxWaitMs);
    m_values = m_request.values;
    collectUploads();
    m_phase = Phase::Uploading;
    nextUpload();
}

void FalQueueRun::resume(const ProviderHandle &handle)
{
    if (m_phase != Phase::Idle || isFinished())
        return;
    if (handle.isEmpty()) {
        failWith(Error::Protocol, tr("There is no fal request to resume."));
        return;
    }
    if (!checkConfig())
        return;
    QString error;
    if (!adoptHandle(handle, &error)) {
        failWith(Error::Refused, error);
        return;
    }
    if (m_config.maxWaitMs > 0)
        m_deadline.start(m_config.maxWaitMs);
    if (!handle.outputUrls.isEmpty()) {
        // The result had been read before the app stopped: download it straight away.
        m_handle.outputUrls = handle.outputUrls;
        m_downloads.clear();
        for (const QUrl &url : handle.outputUrls)
            m_downloads.append(url.toString());
        startDownloads();
        return;
    }
    follow();
}

bool FalQueueRun::adoptHandle(const ProviderHandle &given, QString *error)
{
    const ProviderHandle built =
        FalQueueProvider::handleFor(m_queueUrl, m_request.model.endpoint, given.requestId);
    ProviderHandle handle = given;
    const struct
    {
        QUrl *target;
        QUrl fallback;
        QString what;
    } urls[] = {
        {&handle.statusUrl, built.statusUrl, QStringLiteral("status_url")},
        {&handle.responseUrl, built.responseUrl, QStringLiteral("response_url")},
        {&handle.cancelUrl, built.cancelUrl, QStringLiteral("cancel_url")},
    };
    for (const auto &entry : urls) {
        if (entry.target->isEmpty())
            *entry.target = entry.fallback;
        const QUrl &url = *entry.target;
        QString why;
        if (url.isEmpty() || !Endpoint::isAllowed(url, &why)) {
            *error = tr("fal returned an unusable %1 (%2); the job was not followed.")
                         .arg(entry.what, why.isEmpty() ? tr("missing") : why);
            return false;
        }
        if (!Endpoint::sameOrigin(url, m_queueUrl)) {
            *error = tr("fal returned a %1 on another host (%2); the API key is only sent to %3, "
                        "so the job was not followed.")
                         .arg(entry.what, Endpoint::redacted(Endpoint::origin(url)),
                              Endpoint::redacted(Endpoint::origin(m_queueUrl)));
            return false;
        }
    }
    m_handle = handle;
    return true;
}

// ---------------------------------------------------------------------------------------------
// uploads

void FalQueueRun::collectUploads()
{
    m_uploads.clear();
    m_uploadIndex = 0;
    for (const ParameterSpec &field : std::as_const(m_request.model.fields)) {
        const QJsonValue value = m_values.value(field.name);
        if (field.type == ParameterSpec::Type::Image && value.isString()) {
            const QString text = value.toString().trimmed();
            if (!text.isEmpty() && !ImagePreparer::isWebUrl(text) && !ImagePreparer::isDataUri(text))
                m_uploads.append({field.name, -1, ImagePreparer::localPath(text)});
        } else if (field.type == ParameterSpec::Type::ImageList && value.isArray()) {
            const QJsonArray list = value.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString text = list.at(i).toString().trimmed();
                if (!text.isEmpty() && !ImagePreparer::isWebUrl(text) && !ImagePreparer::isDataUri(text))
                    m_uploads.append({field.name, static_cast<int>(i), ImagePreparer::localPath(text)});
            }
        }
    }
}

void FalQueueRun::nextUpload()
{
    if (m_uploadIndex >= m_uploads.size()) {
        submit();
        return;
    }
    setState(JobState::Uploading);
    const QString path = m_uploads.at(m_uploadIndex).path;
    auto *watcher = new QFutureWatcher<Prepared>(this);
    m_worker = watcher;
    connect(watcher, &QFutureWatcher<Prepared>::finished, this, [this, watcher]() {
        if (m_worker == watcher)
            m_worker = nullptr;
        watcher->deleteLater();
        onUploadPrepared(watcher->result());
    });
    // Decoding and re-encoding a big sketch takes a while: never on the GUI thread.
    ImagePreparer::Options options;
    options.maxSide = m_config.maxUploadSide;
    watcher->setFuture(QtConcurrent::run([path, options]() {
        Prepared prepared;
        const ImagePreparer::Prepared encoded = ImagePreparer::prepareFile(path, options);
        prepared.error = encoded.error;
        prepared.bytes = encoded.bytes;
        prepared.mimeType = encoded.mimeType;
        return prepared;
    }));
}

void FalQueueRun::onUploadPrepared(const Prepared &prepared)
{
    const Upload &upload = m_uploads.at(m_uploadIndex);
    if (!prepared.error.isEmpty()) {
        failWith(Error::Refused,
                 tr("Cannot read the image for \"%1\": %2").arg(upload.field, prepared.error));
        return;
    }
    m_prepared = prepared;

    QUrl url = Endpoint::join(m_restUrl, QStringLiteral("storage/upload/initiate"));
    url.setQuery(QStringLiteral("storage_type=fal-cdn-v3"));
    ApiRequestSpec spec = falSpec(QByteArrayLiteral("POST"), url, tr("upload"));
    spec.authOrigin = m_restUrl;
    spec.setJsonBody(QJsonDocument(QJsonObject{
                                       {QStringLiteral("content_type"),
                                        QString::fromLatin1(prepared.mimeType)},
                                       {QStringLiteral("file_name"),
                                        uploadFileName(upload.path, prepared.mimeType)},
                                   })
                         .toJson(QJsonDocument::Compact));
    send(spec, &FalQueueRun::onInitiateFinished);
}

void FalQueueRun::onInitiateFinished(const ApiResult &result)
{
    if (!result.ok()) {
        failWithResult(mapped(result));
        return;
    }
    const FalAnswer::UploadTarget target = FalAnswer::parseUploadTarget(result.json().object());
    const QUrl uploadUrl = target.uploadUrl;
    m_fileUrl = target.fileUrl;
    QString why;
    if (!Endpoint::isAllowed(uploadUrl, &why) || !Endpoint::isAllowed(m_fileUrl, &why)) {
        failWith(Error::Protocol, tr("fal storage did not return a usable upload address: %1")
                                      .arg(why));
        return;
    }
    ApiRequestSpec spec = plainSpec(QByteArrayLiteral("PUT"), uploadUrl, tr("upload"));
    spec.body = m_prepared.bytes;
    spec.contentType = m_prepared.mimeType;
    send(spec, &FalQueueRun::onPutFinished);
}

void FalQueueRun::onPutFinished(const ApiResult &result)
{
    if (!result.ok()) {
        failWithResult(mapped(result));
        return;
    }
    const Upload &upload = m_uploads.at(m_uploadIndex);
    const QString url = QString::fromLatin1(m_fileUrl.toEncoded());
    if (upload.index < 0) {
        m_values.insert(upload.field, url);
    } else {
        QJsonArray list = m_values.value(upload.field).toArray();
        list.replace(upload.index, url);
        m_values.insert(upload.field, list);
    }
    m_prepared = Prepared();
    ++m_uploadIndex;
    nextUpload();
}

// ---------------------------------------------------------------------------------------------
// submit

void FalQueueRun::submit()
{
    m_phase = Phase::Submitting;
    Q_EMIT submitting();
    sendSubmit();
}

RetryPolicy FalQueueRun::submitPolicy() const
{
    // The submit creates the job. fal's own clients repeat it on 429, 502, 503 and 504, which
    // fal does not bill; nothing is resent after a timeout or a lost connection.
    QSet<int> statuses;
    for (int status : {429, 502, 503, 504}) {
        if (m_config.retryPolicy.retryableStatuses().contains(status))
            statuses.insert(status);
    }
    return billedPolicy(statuses);
}

void FalQueueRun::sendSubmit()
{
    if (isFinished() || m_phase != Phase::Submitting)
        return;
    const RetryPolicy policy = submitPolicy();
    ApiRequestSpec spec = falSpec(QByteArrayLiteral("POST"),
                                  Endpoint::join(m_queueUrl, m_request.model.endpoint.trimmed()),
                                  tr("submit"));
    spec.retryPolicy = policy;
    spec.sendOnce = true;
    spec.setJsonBody(QJsonDocument(m_values).toJson(QJsonDocument::Compact));
    send(spec, &FalQueueRun::onSubmitFinished);
}

void FalQueueRun::onSubmitFinished(const ApiResult &result)
{
    if (!result.ok()) {
        if (!m_cancelRequested && resendIfUnsent(result, [this] { sendSubmit(); }))
            return;
        if (m_cancelRequested) {
            complete(m_afterCancel);
            return;
        }
        m_phase = Phase::Done;
        failBilled(mapped(result), false);
        return;
    }

    const FalAnswer::Submitted reply = FalAnswer::parseSubmitted(result.json().object());
    ProviderHandle given;
    given.requestId = reply.requestId;
    if (given.requestId.isEmpty()) {
        failWith(Error::Protocol, tr("fal accepted the job but did not say its request id."));
        return;
    }
    given.statusUrl = reply.statusUrl;
    given.responseUrl = reply.responseUrl;
    given.cancelUrl = reply.cancelUrl;
    QString error;
    if (!adoptHandle(given, &error)) {
        JobOutcome outcome;
        outcome.error = Error::Refused;
        outcome.message = error;
        outcome.requestId = given.requestId;
        complete(outcome);
        return;
    }
    setHandle(m_handle);   // the journal persists it before anything else happens
    if (m_cancelRequested) {
        sendCancel(m_afterCancel);
        return;
    }
    setState(JobState::Queued);
    if (reply.queuePosition) {
        m_lastQueuePosition = *reply.queuePosition;
        Q_EMIT queuePositionChanged(m_lastQueuePosition);
    }
    follow();
}

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
    ApiRequest *request = send(spec, &FalQueueRun::onStreamFinished);
    connect(request, &ApiRequest::dataReceived, this, &FalQueueRun::onStreamData);
    m_streamWatchdog.start(std::max(1, m_streamIdleTimeoutMs));
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
        m_streamWatchdog.start(std::max(1, m_streamIdleTimeoutMs));
        if (!handleStatus(document.object()) || !m_streaming)
            return;
    }
    if (m_sse.overflowed()) {
        dropRequest();
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
    dropRequest();
    fallBackToPolling(QStringLiteral("no event for %1 ms").arg(m_streamIdleTimeoutMs));
}

void FalQueueRun::fallBackToPolling(const QString &why)
{
    qCInfo(lcProviders).noquote() << "status stream unusable (" << why << "); polling instead";
    m_streaming = false;
    m_streamFailed = true;
    m_streamWatchdog.stop();
    m_sse.reset();
    schedulePoll();
}

void FalQueueRun::schedulePoll()
{
    m_pollTimer.start(m_pollIntervalMs);
    const int ceiling = std::max(m_pollIntervalMs, m_config.maxPollIntervalMs);
    m_pollIntervalMs = std::min(ceiling, static_cast<int>(std::ceil(m_pollIntervalMs * 1.5)));
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
    send(spec, &FalQueueRun::onPollFinished);
}

void FalQueueRun::onPollFinished(const ApiResult &result)
{
    if (!result.ok()) {
        failWithResult(mapped(result));
        return;
    }
    const QJsonDocument document = result.json();
    if (!document.isObject()) {
        failWith(Error::Protocol, tr("fal sent an unreadable status."));
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
        setState(JobState::Queued);
        if (status.queuePosition && *status.queuePosition != m_lastQueuePosition) {
            m_lastQueuePosition = *status.queuePosition;
            Q_EMIT queuePositionChanged(m_lastQueuePosition);
        }
        return true;
    case State::InProgress:
        setState(JobState::Running);
        reportLogs(status.logs);
        return true;
    case State::Completed:
        reportLogs(status.logs);
        if (!status.error.isEmpty()) {
            failWith(Error::Refused,
                     status.errorType.isEmpty()
                         ? tr("fal could not run the model: %1").arg(status.error)
                         : tr("fal could not run the model: %1 (%2)").arg(status.error,
                                                                         status.errorType));
            return false;
        }
        fetchResult();
        return false;
    case State::Failed:
        failWith(Error::Refused, tr("fal could not run the model: %1")
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
    m_pollTimer.stop();
    m_streamWatchdog.stop();
    if (m_streaming) {
        m_streaming = false;
        dropRequest();
    }
    m_phase = Phase::Fetching;
    ApiRequestSpec spec = falSpec(QByteArrayLiteral("GET"), m_handle.responseUrl,
                                  tr("result request"));
    send(spec, &FalQueueRun::onResultFinished);
}

void FalQueueRun::onResultFinished(const ApiResult &result)
{
    if (!result.ok()) {
        failWithResult(mapped(result));   // 422: Validation with field errors (ApiErrorParser)
        return;
    }
    const QJsonObject reply = result.json().object();
    m_downloads = FalAnswer::imageReferences(reply);
    if (m_downloads.isEmpty()) {
        failWith(Error::Protocol, tr("fal finished the job but returned no image."));
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
    m_outputs.clear();
    m_downloadIndex = 0;
    m_phase = Phase::Downloading;
    setState(JobState::Downloading);
    nextDownload();
}

void FalQueueRun::nextDownload()
{
    if (m_downloadIndex >= m_downloads.size()) {
        succeed();
        return;
    }
    const QString &reference = m_downloads.at(m_downloadIndex);
    if (reference.startsWith(QLatin1String("data:"), Qt::CaseInsensitive)) {
        // sync_mode: the image is inline.
        QByteArray bytes;
        if (!FalAnswer::decodeDataUri(reference, ApiRequestSpec::kMaxImageBytes, &bytes)) {
            failWith(Error::Protocol, tr("fal returned an inline image that cannot be read."));
            return;
        }
        decodeOutput(bytes, QUrl());
        return;
    }
    ApiRequestSpec spec = plainSpec(QByteArrayLiteral("GET"), QUrl(reference, QUrl::TolerantMode),
                                    tr("image download"));
    spec.service = tr("the fal CDN");
    spec.maxResponseBytes = ApiRequestSpec::kMaxImageBytes;
    send(spec, &FalQueueRun::onDownloadFinished);
}

void FalQueueRun::onDownloadFinished(const ApiResult &result)
{
    if (!result.ok()) {
        failWithResult(mapped(result));
        return;
    }
    decodeOutput(result.body, QUrl(m_downloads.at(m_downloadIndex), QUrl::TolerantMode));
}

void FalQueueRun::decodeOutput(const QByteArray &bytes, const QUrl &sourceUrl)
{
    if (ImagePreparer::sniffMimeType(bytes).isEmpty()) {
        failWith(Error::Protocol,
                 tr("fal returned a file that is not an image (%1 bytes).").arg(bytes.size()));
        return;
    }
    auto *watcher = new QFutureWatcher<Decoded>(this);
    m_worker = watcher;
    connect(watcher, &QFutureWatcher<Decoded>::finished, this,
            [this, watcher, bytes, sourceUrl]() {
                if (m_worker == watcher)
                    m_worker = nullptr;
                watcher->deleteLater();
                onOutputDecoded(bytes, sourceUrl, watcher->result());
            });
    watcher->setFuture(QtConcurrent::run([bytes]() {
        Decoded decoded;
        const ImageLoader::Result loaded = ImageLoader::loadData(bytes);
        if (loaded.ok())
            decoded.size = loaded.image.isNull() ? loaded.size : loaded.image.size();
        else
            decoded.error = loaded.error;
        return decoded;
    }));
}

void FalQueueRun::onOutputDecoded(const QByteArray &bytes, const QUrl &sourceUrl,
                                  const Decoded &decoded)
{
    if (!decoded.error.isEmpty()) {
        failWith(Error::Protocol, tr("fal returned an image that cannot be used: %1").arg(decoded.error));
        return;
    }
    OutputImage output;
    output.bytes = bytes;
    output.mimeType = ImagePreparer::sniffMimeType(bytes);   // never the Content-Type
    output.size = decoded.size;
    output.sourceUrl = sourceUrl;
    m_outputs.append(output);
    ++m_downloadIndex;
    nextDownload();
}

// ---------------------------------------------------------------------------------------------
// ending

void FalQueueRun::onDeadline()
{
    if (isFinished() || m_phase == Phase::Cancelling)
        return;
    JobOutcome outcome;
    outcome.error = Error::Timeout;
    outcome.message = tr("fal did not finish the job within %1 s; it was cancelled.")
                          .arg(QString::number(m_config.maxWaitMs / 1000.0, 'g', 4));
    cancelWith(outcome);
}

void FalQueueRun::cancel()
{
    if (isFinished() || m_phase == Phase::Cancelling)
        return;
    JobOutcome outcome;
    outcome.error = Error::Cancelled;
    outcome.message = tr("Cancelled.");
    cancelWith(outcome);
}

void FalQueueRun::cancelWith(const JobOutcome &outcome)
{
    if (m_phase == Phase::Submitting && m_active) {
        // Aborting now could leave a job at fal we know nothing about: cancel as soon as the
        // handle arrives.
        m_cancelRequested = true;
        m_afterCancel = outcome;
        return;
    }
    if (!m_handle.isEmpty())
        sendCancel(outcome);
    else
        complete(outcome);
}

void FalQueueRun::sendCancel(const JobOutcome &outcomeAfterwards)
{
    stopEverything();
    m_phase = Phase::Cancelling;
    m_afterCancel = outcomeAfterwards;
    if (m_handle.cancelUrl.isEmpty()) {
        complete(m_afterCancel);
        return;
    }
    ApiRequestSpec spec = falSpec(QByteArrayLiteral("PUT"), m_handle.cancelUrl, tr("cancel request"));
    spec.transferTimeoutMs = FalQueueProvider::kCancelTimeoutMs;
    spec.retryPolicy = RetryPolicy::none();
    spec.expectJson = false;
    auto *request = new ApiRequest(m_config.network, spec, this);
    m_cancelRequest = request;
    connect(request, &ApiRequest::finished, this, [this, request](const ApiResult &result) {
        m_cancelRequest = nullptr;
        request->deleteLater();
        onCancelFinished(result);
    });
    request->start();
}

void FalQueueRun::onCancelFinished(const ApiResult &result)
{
    qCInfo(lcProviders).noquote() << "cancel of" << m_handle.requestId << "answered"
                            << result.httpStatus << ApiResult::errorName(result.error);
    complete(m_afterCancel);
}

void FalQueueRun::succeed()
{
    JobOutcome outcome;
    outcome.outputs = m_outputs;
    if (const std::optional<qint64> seed = FalAnswer::seed(m_result))
        outcome.seed = *seed;
    outcome.requestId = m_handle.requestId;
    outcome.raw = m_result;
    complete(outcome);
}

void FalQueueRun::failWith(ApiResult::Error error, const QString &message,
                           const QList<ApiFieldError> &fields)
{
    JobOutcome outcome;
    outcome.error = error == Error::None ? Error::Protocol : error;
    outcome.message = message;
    outcome.fieldErrors = fields;
    complete(outcome);
}

void FalQueueRun::failWithResult(const ApiResult &result)
{
    failWith(result.error, result.message, result.fieldErrors);
}

void FalQueueRun::complete(const JobOutcome &outcome)
{
    if (isFinished())
        return;
    stopEverything();
    m_phase = Phase::Done;
    if (outcome.ok())
        setState(JobState::Done);
    else if (outcome.error == Error::Cancelled)
        setState(JobState::Cancelled);
    else
        setState(JobState::Failed);
    finish(outcome);
}

ApiResult FalQueueRun::mapped(const ApiResult &result) const
{
    ApiResult out = result;
    if (out.ok())
        return out;
    const bool exhausted =
        out.body.toLower().contains("exhausted balance")
        || out.message.contains(QLatin1String("exhausted balance"), Qt::CaseInsensitive);
    if (exhausted) {
        out.error = Error::NoCredits;
        out.message = tr("fal refused the job: the account balance is exhausted. Add credits at "
                         "fal.ai and try again.");
    } else if (out.error == Error::Auth && out.finalUrl.isValid()
               && (Endpoint::sameOrigin(out.finalUrl, m_queueUrl)
                   || Endpoint::sameOrigin(out.finalUrl, m_restUrl))) {
        out.message = tr("fal rejected the API key (%1). Check the fal key in Settings.")
                          .arg(out.httpStatus);
    }
    return out;
}
