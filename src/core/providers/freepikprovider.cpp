#include "freepikprovider.h"
#include "freepikanswer.h"
#include "inputpreparer.h"
#include "outputdownloader.h"

#include "base/crashpoint.h"
#include "imaging/imagepreparer.h"
#include "model/providerinfo.h"
#include "net/endpoint.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace
{
const ProviderInfo &freepikInfo()
{
    return *ProviderInfo::find(QStringLiteral("freepik"));
}
bool isPlainTaskId(const QString &id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"));
    return pattern.match(id).hasMatch();
}
} // namespace

// ---------------------------------------------------------------------------------------------

QString FreepikProvider::id() const
{
    return QStringLiteral("freepik");
}

ProviderRun *FreepikProvider::createRun(const JobRequest &request, const ProviderConfig &config,
                                        QObject *parent) const
{
    return new FreepikRun(request, config, parent);
}

ProviderConfig FreepikProvider::defaultConfig()
{
    ProviderConfig config;
    config.apiUrl = freepikInfo().defaultApiUrl;
    config.requestTimeoutMs = kDefaultRequestTimeoutMs;
    config.pollIntervalMs = 2000;
    return config;
}

// ---------------------------------------------------------------------------------------------

FreepikRun::FreepikRun(const JobRequest &request, const ProviderConfig &config, QObject *parent)
    : ProviderRun(request, config, parent)
{
    if (m_config.apiUrl.isEmpty())
        m_config.apiUrl = freepikInfo().defaultApiUrl;
    if (m_config.requestTimeoutMs <= 0)
        m_config.requestTimeoutMs = FreepikProvider::kDefaultRequestTimeoutMs;
    m_config.pollIntervalMs = std::max(1, m_config.pollIntervalMs);
    m_config.maxPollIntervalMs = std::max(m_config.pollIntervalMs, m_config.maxPollIntervalMs);

    m_pollTimer = new QTimer(this);
    m_deadlineTimer = new QTimer(this);
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &FreepikRun::poll);
    m_deadlineTimer->setSingleShot(true);
    connect(m_deadlineTimer, &QTimer::timeout, this, &FreepikRun::onDeadline);

    m_preparer = new InputPreparer(this);
    connect(m_preparer, &InputPreparer::prepared, this, &FreepikRun::onPrepared);
    ApiRequestSpec download = OutputDownloader::imageDownloadSpec(
        freepikInfo().displayName, ApiErrorParser::Dialect::Freepik, m_config.requestTimeoutMs,
        m_config.retryPolicy);
    download.what = tr("image download");
    OutputDownloader::Wording wording;
    wording.notAnImage = [](qsizetype) { return tr("Freepik returned something that is not an image."); };
    wording.unreadable = [](const QString &why) {
        return tr("Freepik returned an image that cannot be read: %1").arg(why);
    };
    m_outputs = new OutputDownloader(trackedSender(), download, wording, this);
    connect(m_outputs, &OutputDownloader::finished, this, &FreepikRun::onOutputs);
    connect(m_outputs, &OutputDownloader::failed, this, [this](const ApiResult &result) { fail(result); });
}

FreepikRun::~FreepikRun()
{
    stopActivity();
}

QUrl FreepikRun::submitUrl(const ProviderConfig &config, const JobRequest &request)
{
    const QUrl base = config.apiUrl.isEmpty() ? freepikInfo().defaultApiUrl : config.apiUrl;
    return Endpoint::join(base, request.model.endpoint);
}

QUrl FreepikRun::taskUrl(const ProviderConfig &config, const JobRequest &request,
                         const QString &taskId)
{
    if (!isPlainTaskId(taskId))
        return {};
    QString endpoint = request.model.endpoint;
    while (endpoint.endsWith(QLatin1Char('/')))
        endpoint.chop(1);
    const QUrl base = config.apiUrl.isEmpty() ? freepikInfo().defaultApiUrl : config.apiUrl;
    return Endpoint::join(base, endpoint + QLatin1Char('/') + taskId);
}

void FreepikRun::start()
{
    if (m_started || isFinished())
        return;
    m_started = true;
    setState(JobState::Preparing);
    startDeadline();
    if (m_config.apiKey.isEmpty()) {
        QTimer::singleShot(0, this, [this]() {
            fail(ApiResult::Error::Auth, tr("No Freepik API key is set. Add one in Settings."));
        });
        return;
    }
    prepareImage();
}

void FreepikRun::resume(const ProviderHandle &handle)
{
    if (m_started || isFinished())
        return;
    m_started = true;
    m_submitted = true;   // the task exists: never post it again
    m_handle = handle;
    if (m_handle.pollUrl.isEmpty() && !m_handle.requestId.isEmpty())
        m_handle.pollUrl = taskUrl(m_config, m_request, m_handle.requestId);
    startDeadline();
    if (!m_handle.outputUrls.isEmpty()) {
        // The task had completed before the app stopped: download its images straight away.
        QList<OutputSource> sources;
        for (const QUrl &url : std::as_const(m_handle.outputUrls))
            sources.append(OutputSource::download(url));
        setState(JobState::Downloading);
        QTimer::singleShot(0, this, [this, sources]() {
            if (!isFinished())
                m_outputs->start(sources);
        });
        return;
    }
    if (m_handle.pollUrl.isEmpty() || m_config.apiKey.isEmpty()) {
        const QString message =
            m_config.apiKey.isEmpty()
                ? tr("No Freepik API key is set. Add one in Settings.")
                : tr("This Freepik job cannot be resumed: its task id was not saved. It was not "
                     "resubmitted.");
        const ApiResult::Error error =
            m_config.apiKey.isEmpty() ? ApiResult::Error::Auth : ApiResult::Error::Refused;
        QTimer::singleShot(0, this, [this, error, message]() { fail(error, message); });
        return;
    }
    setState(JobState::Running);
    Q_EMIT logReceived(tr("Following Freepik task %1").arg(m_handle.requestId));
    m_nextPollDelayMs = m_config.pollIntervalMs;
    m_pollTimer->start(0);
}

void FreepikRun::cancel()
{
    if (isFinished())
        return;
    // A request still held for the journal never went: nothing to bill.
    fail(ApiResult::Error::Cancelled,
         m_submitted && !isSubmitHeld() ? tr("Cancelled. Freepik has no way to cancel a task: it may still "
                          "complete it (and bill it).")
                     : tr("Cancelled."));
}

void FreepikRun::startDeadline()
{
    if (m_config.maxWaitMs > 0)
        m_deadlineTimer->start(m_config.maxWaitMs);
}

void FreepikRun::onDeadline()
{
    if (isFinished())
        return;
    const double minutes = m_config.maxWaitMs / 60000.0;
    fail(ApiResult::Error::Timeout,
         tr("Freepik did not finish the job within %1 min; stopped waiting. It was not "
            "resubmitted%2.")
             .arg(QString::number(minutes, 'g', 3),
                  m_submitted ? tr(" and may still complete (and be billed)") : QString()));
}

// ---------------------------------------------------------------------------------------------
// The sketch

void FreepikRun::prepareImage()
{
    const ParameterSpec *field = nullptr;
    for (const ParameterSpec &candidate : std::as_const(m_request.model.fields)) {
        if (candidate.type == ParameterSpec::Type::Image
            && candidate.imageEncoding == QLatin1String("base64")) {
            field = &candidate;
            break;
        }
    }
    if (!field) {
        submit();
        return;
    }
    m_imageField = field->name;
    const QString value = m_request.values.value(m_imageField).toString().trimmed();

    auto refuse = [this](const QString &message) {
        const QString name = m_imageField;
        QTimer::singleShot(0, this, [this, name, message]() {
            fail(ApiResult::Error::Validation, message, {{name, message}});
        });
    };

    if (value.isEmpty()) {
        if (field->required) {
            refuse(tr("Freepik needs an image: drop a local file."));
            return;
        }
        submit();
        return;
    }
    if (ImagePreparer::isWebUrl(value)) {
        refuse(tr("Freepik needs the image itself: drop a local file instead of a link."));
        return;
    }
    const QString fromDataUri = FreepikAnswer::base64OfDataUri(value);
    if (!fromDataUri.isEmpty()) {
        if (FreepikAnswer::decodeInlineImage(fromDataUri).isEmpty()) {
            refuse(tr("The image data is not a PNG, JPEG, WebP or GIF image."));
            return;
        }
        m_request.values.insert(m_imageField, fromDataUri);
        submit();
        return;
    }
    const QString path = ImagePreparer::localPath(value);
    if (!QFileInfo(path).isFile()) {
        if (!FreepikAnswer::decodeInlineImage(value).isEmpty()) {
            submit();   // already raw base64 image data: sent as is
            return;
        }
        refuse(tr("The image file \"%1\" does not exist.").arg(path));
        return;
    }

    Q_EMIT logReceived(tr("Preparing %1").arg(QFileInfo(path).fileName()));
    m_preparer->prepare(path, m_config.maxUploadSide, InputPreparer::Wrapping::RawBase64);
}

void FreepikRun::onPrepared(const PreparedInput &prepared)
{
    if (isFinished())
        return;
    if (!prepared.ok()) {
        fail(ApiResult::Error::Validation, prepared.error, {{m_imageField, prepared.error}});
        return;
    }
    CrashPoint::hit("input-prepared");
    Q_EMIT logReceived(tr("Sending the sketch (%1 x %2, %3 KiB)")
                           .arg(prepared.size.width())
                           .arg(prepared.size.height())
                           .arg((prepared.bytes.size() + 1023) / 1024));
    m_request.values.insert(m_imageField, QString::fromLatin1(prepared.encoded));
    submit();
}

// ---------------------------------------------------------------------------------------------
// Submit and follow

void FreepikRun::submit()
{
    if (isFinished())
        return;
    m_submitted = true;
    Q_EMIT submitting();
    setState(JobState::Running);
    sendSubmitWhenReleased([this] { sendSubmit(); });
}

void FreepikRun::sendSubmit()
{
    if (isFinished())
        return;
    ApiRequestSpec spec = apiSpec();
    spec.method = QByteArrayLiteral("POST");
    spec.url = submitUrl(m_config, m_request);
    spec.setJsonBody(QJsonDocument(m_request.values).toJson(QJsonDocument::Compact));
    // Creates (and bills) the task: sent once (billedPolicy()).
    makeBilled(&spec);
    spec.what = tr("generation request");
    sendTracked(spec, &FreepikRun::onSubmitFinished);
}

void FreepikRun::onSubmitFinished(const ApiResult &result)
{
    if (!result.ok()) {
        if (resendIfUnsent(result, [this] { sendSubmit(); }))
            return;
        failBilled(result, true);
        return;
    }
    handleTask(result, true);
}

void FreepikRun::poll()
{
    if (isFinished())
        return;
    ++m_polls;
    ApiRequestSpec spec = apiSpec();
    spec.url = m_handle.pollUrl;
    spec.retryPolicy = m_config.pollRetryPolicy;
    spec.what = tr("status request");
    sendTracked(spec, &FreepikRun::onPollFinished);
}

void FreepikRun::schedulePoll()
{
    const int delay = m_nextPollDelayMs > 0 ? m_nextPollDelayMs : m_config.pollIntervalMs;
    m_nextPollDelayMs = std::min(m_config.maxPollIntervalMs,
                                 static_cast<int>(std::ceil(delay * kPollBackoffFactor)));
    m_pollTimer->start(delay);
}

void FreepikRun::onPollFinished(const ApiResult &result)
{
    if (!result.ok()) {
        fail(result);
        return;
    }
    handleTask(result, false);
}

void FreepikRun::handleTask(const ApiResult &result, bool fromSubmit)
{
    const FreepikAnswer::Task task = FreepikAnswer::parseTask(result.json().object());
    const QString &taskId = task.taskId;
    const QString &status = task.status;

    if (fromSubmit) {
        const QUrl pollUrl = taskUrl(m_config, m_request, taskId);
        if (pollUrl.isEmpty()) {
            fail(ApiResult::Error::Protocol,
                 tr("Freepik accepted the job but sent no usable task id."));
            return;
        }
        ProviderHandle handle;
        handle.requestId = taskId;
        handle.pollUrl = pollUrl;
        setHandle(handle);
        m_nextPollDelayMs = m_config.pollIntervalMs;
    }

    if (status == QLatin1String("COMPLETED")) {
        if (task.unreadableOutput) {
            fail(ApiResult::Error::Protocol,
                 tr("Freepik returned something that is not an image."));
            return;
        }
        m_raw = task.raw;
        QList<OutputSource> sources;
        QList<QUrl> urls;
        for (const FreepikAnswer::Output &output : task.outputs) {
            sources.append(output.url.isEmpty() ? OutputSource::inlineBytes(output.bytes)
                                                : OutputSource::download(output.url));
            urls.append(output.url);
        }
        if (sources.isEmpty()) {
            fail(ApiResult::Error::Protocol,
                 tr("Freepik reported the task as completed but sent no image."));
            return;
        }
        setOutputUrls(urls);
        setState(JobState::Downloading);
        m_outputs->start(sources);
        return;
    }
    if (status == QLatin1String("FAILED")) {
        fail(ApiResult::Error::Refused,
             task.failure.isEmpty()
                 ? tr("Freepik could not generate the image (the task failed).")
                 : tr("Freepik could not generate the image (the task failed): %1")
                       .arg(task.failure));
        return;
    }
    if (status.isEmpty()) {
        fail(ApiResult::Error::Protocol, tr("Freepik sent a task without a status."));
        return;
    }
    // CREATED, IN_PROGRESS or a state we do not know yet: keep following until maxWaitMs.
    setState(JobState::Running);
    if (fromSubmit)
        Q_EMIT logReceived(tr("Freepik task %1 is %2").arg(taskId, status));
    CrashPoint::hit("provider-running"); // the journal holds the task id
    schedulePoll();
}

// ---------------------------------------------------------------------------------------------
// Outputs

void FreepikRun::onOutputs(const QList<OutputImage> &images)
{
    JobOutcome outcome;
    outcome.outputs = images;
    outcome.requestId = m_handle.requestId;
    outcome.raw = m_raw;
    finish(outcome);
}

// ---------------------------------------------------------------------------------------------

ApiRequestSpec FreepikRun::apiSpec() const
{
    ApiRequestSpec spec;
    spec.authHeaderName = freepikInfo().keyHeader;
    spec.authHeaderValue = freepikInfo().authValue(m_config.apiKey);
    spec.authOrigin = m_config.apiUrl;   // also for a pollUrl read back from a journal
    spec.transferTimeoutMs = m_config.requestTimeoutMs;
    // "generated" may carry base64 images: allow image-sized JSON.
    spec.maxResponseBytes = ApiRequestSpec::kMaxImageBytes;
    spec.dialect = ApiErrorParser::Dialect::Freepik;
    spec.service = freepikInfo().displayName;
    return spec;
}


void FreepikRun::stopActivity()
{
    m_pollTimer->stop();
    m_deadlineTimer->stop();
    abortTracked();
    m_preparer->stop();
    m_outputs->stop();
}
