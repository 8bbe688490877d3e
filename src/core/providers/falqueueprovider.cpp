#include "falqueueprovider.h"

#include "base/logging.h"
#include "inputpreparer.h"
#include "outputdownloader.h"

#include <QRegularExpression>

#include <algorithm>

#include "model/providerinfo.h"
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
    , m_pollSchedule(PollSchedule::Options{config.pollIntervalMs, config.fastPollPhaseMs,
                                           config.pollGrowth, config.queuedPollMs,
                                           config.maxPollIntervalMs})
{
    // Children of the run, like its requests: whether anything of it still runs can be seen.
    m_pollTimer = new QTimer(this);
    m_streamWatchdog = new QTimer(this);
    m_deadline = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    m_pollTimer->setTimerType(Qt::PreciseTimer);   // 50 ms polls: no 5 % coarse slack
    m_streamWatchdog->setSingleShot(true);
    m_deadline->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &FalQueueRun::poll);
    connect(m_streamWatchdog, &QTimer::timeout, this, &FalQueueRun::onStreamIdle);
    connect(m_deadline, &QTimer::timeout, this, &FalQueueRun::onDeadline);

    m_preparer = new InputPreparer(this);
    connect(m_preparer, &InputPreparer::prepared, this, &FalQueueRun::onUploadPrepared);

    ApiRequestSpec download = OutputDownloader::imageDownloadSpec(
        tr("the fal CDN"), ApiErrorParser::Dialect::Fal, m_config.requestTimeoutMs,
        m_config.retryPolicy);
    download.what = tr("image download");
    OutputDownloader::Wording wording;
    wording.notAnImage = [](qsizetype bytes) {
        return tr("fal returned a file that is not an image (%1 bytes).").arg(bytes);
    };
    wording.unreadable = [](const QString &why) {
        return tr("fal returned an image that cannot be used: %1").arg(why);
    };
    wording.unreadableDataUri = tr("fal returned an inline image that cannot be read.");
    m_downloader = new OutputDownloader(trackedSender(), download, wording, this);
    connect(m_downloader, &OutputDownloader::finished, this, &FalQueueRun::onOutputs);
    connect(m_downloader, &OutputDownloader::failed, this,
            [this](const ApiResult &result) { fail(mapped(result)); });
}

FalQueueRun::~FalQueueRun()
{
    // Deleting the run aborts what is in flight; the provider job itself stays resumable.
    stopEverything();
}

bool FalQueueRun::checkConfig()
{
    if (!m_config.network) {
        fail(Error::Protocol, tr("Internal error: no network access for fal."));
        return false;
    }
    if (m_config.apiKey.trimmed().isEmpty()) {
        fail(Error::Auth, tr("No fal API key is set. Add it in Settings or set FAL_KEY."));
        return false;
    }
    QString error;
    if (!Endpoint::isAllowed(m_queueUrl, &error) || !Endpoint::isAllowed(m_restUrl, &error)) {
        fail(Error::Refused, tr("The fal address is not allowed: %1").arg(error));
        return false;
    }
    if (FalQueueProvider::appPath(m_request.model.endpoint).isEmpty()) {
        fail(Error::Refused,
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

void FalQueueRun::stopEverything()
{
    m_pollTimer->stop();
    m_streamWatchdog->stop();
    m_deadline->stop();
    m_streaming = false;
    abortTracked();   // a dropped request is waited for no longer
    m_preparer->stop();
    m_downloader->stop();
}

void FalQueueRun::stopActivity()
{
    stopEverything();
    m_phase = Phase::Done;
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
        m_deadline->start(m_config.maxWaitMs);
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
        fail(Error::Protocol, tr("There is no fal request to resume."));
        return;
    }
    if (!checkConfig())
        return;
    QString error;
    if (!adoptHandle(handle, &error)) {
        fail(Error::Refused, error);
        return;
    }
    if (m_config.maxWaitMs > 0)
        m_deadline->start(m_config.maxWaitMs);
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
// ending

void FalQueueRun::onDeadline()
{
    if (isFinished() || m_phase == Phase::Cancelling)
        return;
    JobOutcome outcome;
    outcome.error = Error::Timeout;
    outcome.message = tr("fal did not finish the job within %1 s; it was cancelled.")
                          .arg(QString::number(m_config.maxWaitMs / 1000.0, 'g', 4));
    cancelAtFal(outcome);
}

void FalQueueRun::cancel()
{
    if (isFinished() || m_phase == Phase::Cancelling)
        return;
    JobOutcome outcome;
    outcome.error = Error::Cancelled;
    outcome.message = tr("Cancelled.");
    cancelAtFal(outcome);
}


void FalQueueRun::cancelAtFal(const JobOutcome &outcome)
{
    if (m_phase == Phase::Submitting && hasTrackedRequest()) {
        // Aborting now could leave a job at fal we know nothing about: cancel as soon as the
        // handle arrives.
        m_cancelRequested = true;
        m_afterCancel = outcome;
        return;
    }
    if (!m_handle.isEmpty())
        sendCancel(outcome);
    else
        finish(outcome);
}

void FalQueueRun::sendCancel(const JobOutcome &outcomeAfterwards)
{
    stopEverything();
    m_phase = Phase::Cancelling;
    m_afterCancel = outcomeAfterwards;
    if (m_handle.cancelUrl.isEmpty()) {
        finish(m_afterCancel);
        return;
    }
    ApiRequestSpec spec = falSpec(QByteArrayLiteral("PUT"), m_handle.cancelUrl, tr("cancel request"));
    spec.transferTimeoutMs = FalQueueProvider::kCancelTimeoutMs;
    spec.retryPolicy = RetryPolicy::none();
    spec.expectJson = false;
    sendTracked(spec, &FalQueueRun::onCancelFinished);
}

void FalQueueRun::onCancelFinished(const ApiResult &result)
{
    qCInfo(lcProviders).noquote() << "cancel of" << m_handle.requestId << "answered"
                            << result.httpStatus << ApiResult::errorName(result.error);
    finish(m_afterCancel);
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
