#include "segmindprovider.h"
#include "segmindanswer.h"

#include "imaging/imageloader.h"
#include "imaging/imagepreparer.h"
#include "model/providerinfo.h"
#include "net/endpoint.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace
{
const ProviderInfo &segmindInfo()
{
    return *ProviderInfo::find(QStringLiteral("segmind"));
}

} // namespace

struct SegmindRun::Prepared
{
    QByteArray dataUri;
    qint64 bytes = 0;
    QSize size;
    QString error;
};

struct SegmindRun::Checked
{
    QSize size;
    QString error;
};

// ---------------------------------------------------------------------------------------------

QString SegmindProvider::id() const
{
    return QStringLiteral("segmind");
}

ProviderRun *SegmindProvider::createRun(const JobRequest &request, const ProviderConfig &config,
                                        QObject *parent) const
{
    return new SegmindRun(request, config, parent);
}

ProviderConfig SegmindProvider::defaultConfig()
{
    ProviderConfig config;
    config.apiUrl = segmindInfo().defaultApiUrl;
    config.auxUrl = segmindInfo().defaultAuxUrl;
    config.requestTimeoutMs = kDefaultRequestTimeoutMs;
    return config;
}

// ---------------------------------------------------------------------------------------------

SegmindRun::SegmindRun(const JobRequest &request, const ProviderConfig &config, QObject *parent)
    : ProviderRun(request, config, parent)
{
    if (m_config.apiUrl.isEmpty())
        m_config.apiUrl = segmindInfo().defaultApiUrl;
    if (m_config.auxUrl.isEmpty())
        m_config.auxUrl = segmindInfo().defaultAuxUrl;
    if (m_config.requestTimeoutMs <= 0)
        m_config.requestTimeoutMs = SegmindProvider::kDefaultRequestTimeoutMs;
}

SegmindRun::~SegmindRun()
{
    stopActivity();
}

QUrl SegmindRun::submitUrl(const ProviderConfig &config, const JobRequest &request)
{
    const QUrl base = config.apiUrl.isEmpty() ? segmindInfo().defaultApiUrl : config.apiUrl;
    return Endpoint::join(base, QStringLiteral("v1/") + request.model.endpoint);
}

QUrl SegmindRun::uploadUrl(const ProviderConfig &config)
{
    const QUrl base = config.auxUrl.isEmpty() ? segmindInfo().defaultAuxUrl : config.auxUrl;
    return Endpoint::join(base, QStringLiteral("upload-asset"));
}

void SegmindRun::start()
{
    if (m_started || isFinished())
        return;
    m_started = true;
    setState(JobState::Preparing);
    if (m_config.apiKey.isEmpty()) {
        // Reported from the event loop, like every other outcome.
        QTimer::singleShot(0, this, [this]() {
            stopAndFail(ApiResult::Error::Auth,
                     tr("No Segmind API key is set. Add one in Settings."));
        });
        return;
    }
    QString badField;
    QString problem;
    if (!collectUploads(&badField, &problem)) {
        QTimer::singleShot(0, this, [this, badField, problem]() {
            stopAndFail(ApiResult::Error::Validation, problem, {{badField, problem}});
        });
        return;
    }
    nextUpload();
}

void SegmindRun::resume(const ProviderHandle &handle)
{
    Q_UNUSED(handle)
    if (m_started || isFinished())
        return;
    m_started = true;
    QTimer::singleShot(0, this, [this]() {
        stopAndFail(ApiResult::Error::Refused,
                 tr("This Segmind job cannot be resumed: Segmind answers while the image is "
                    "generated, and the answer was lost. It was not resubmitted, so it is not "
                    "billed twice; run it again if needed."));
    });
}

void SegmindRun::cancel()
{
    if (isFinished())
        return;
    stopActivity();
    stopAndFail(ApiResult::Error::Cancelled,
             m_submitted ? tr("Cancelled. Segmind may still finish (and bill) the image that was "
                              "already requested.")
                         : tr("Cancelled."));
}

// ---------------------------------------------------------------------------------------------
// Uploads

bool SegmindRun::collectUploads(QString *badField, QString *problem)
{
    for (const ParameterSpec &field : std::as_const(m_request.model.fields)) {
        if (field.type != ParameterSpec::Type::Image && field.type != ParameterSpec::Type::ImageList)
            continue;
        const QJsonValue value = m_request.values.value(field.name);
        QList<QPair<int, QString>> items;
        if (field.type == ParameterSpec::Type::Image && value.isString()) {
            items.append({-1, value.toString()});
        } else if (field.type == ParameterSpec::Type::ImageList && value.isArray()) {
            const QJsonArray array = value.toArray();
            for (int i = 0; i < array.size(); ++i) {
                if (array.at(i).isString())
                    items.append({i, array.at(i).toString()});
            }
        }
        for (const auto &item : std::as_const(items)) {
            const QString text = item.second.trimmed();
            if (text.isEmpty() || ImagePreparer::isWebUrl(text))
                continue;   // nothing to send, or a URL Segmind fetches itself
            Upload upload;
            upload.field = field.name;
            upload.index = item.first;
            if (ImagePreparer::isDataUri(text)) {
                upload.dataUri = text.toLatin1();
            } else {
                upload.localPath = ImagePreparer::localPath(text);
                if (!QFileInfo(upload.localPath).isFile()) {
                    *badField = field.name;
                    *problem = tr("The image file \"%1\" does not exist.").arg(upload.localPath);
                    m_uploads.clear();
                    return false;
                }
            }
            m_uploads.append(upload);
        }
    }
    return true;
}

void SegmindRun::nextUpload()
{
    if (isFinished())
        return;
    if (m_uploads.isEmpty()) {
        submit();
        return;
    }
    m_currentUpload = m_uploads.takeFirst();
    setState(JobState::Uploading);
    if (!m_currentUpload.dataUri.isEmpty()) {
        sendUpload(m_currentUpload.dataUri);
        return;
    }
    const QString path = m_currentUpload.localPath;
    Q_EMIT logReceived(tr("Preparing %1").arg(QFileInfo(path).fileName()));
    m_prepareWatcher = new QFutureWatcher<Prepared>(this);
    connect(m_prepareWatcher, &QFutureWatcherBase::finished, this, &SegmindRun::onPrepared);
    ImagePreparer::Options options;
    options.maxSide = m_config.maxUploadSide;
    m_prepareWatcher->setFuture(QtConcurrent::run([path, options]() {
        Prepared prepared;
        const ImagePreparer::Prepared image = ImagePreparer::prepareFile(path, options);
        if (!image.ok()) {
            prepared.error = image.error;
            return prepared;
        }
        prepared.dataUri = ImagePreparer::toDataUri(image.bytes, image.mimeType);
        prepared.bytes = image.bytes.size();
        prepared.size = image.size;
        return prepared;
    }));
}

void SegmindRun::onPrepared()
{
    QFutureWatcher<Prepared> *watcher = m_prepareWatcher;
    m_prepareWatcher = nullptr;
    if (!watcher)
        return;
    const Prepared prepared = watcher->result();
    watcher->deleteLater();
    if (isFinished())
        return;
    if (!prepared.error.isEmpty()) {
        stopAndFail(ApiResult::Error::Validation, prepared.error,
                 {{m_currentUpload.field, prepared.error}});
        return;
    }
    Q_EMIT logReceived(tr("Uploading the sketch (%1 x %2, %3 KiB)")
                           .arg(prepared.size.width())
                           .arg(prepared.size.height())
                           .arg((prepared.bytes + 1023) / 1024));
    sendUpload(prepared.dataUri);
}

void SegmindRun::sendUpload(const QByteArray &dataUri)
{
    ApiRequestSpec spec = baseSpec();
    spec.method = QByteArrayLiteral("POST");
    spec.url = uploadUrl(m_config);
    spec.authOrigin = m_config.auxUrl;
    const QJsonObject body{{QStringLiteral("data_urls"),
                            QJsonArray{QString::fromLatin1(dataUri)}}};
    spec.setJsonBody(QJsonDocument(body).toJson(QJsonDocument::Compact));
    spec.retryPolicy = m_config.retryPolicy;   // storing an asset is not billed: retry freely
    spec.what = tr("image upload");
    sendTracked(spec, &SegmindRun::onUploadFinished);
}

void SegmindRun::onUploadFinished(const ApiResult &result)
{
    if (!result.ok()) {
        stopAndFail(result.error, result.message, result.fieldErrors);
        return;
    }
    const QJsonArray urls = result.json().object().value(QStringLiteral("urls")).toArray();
    const QString url = urls.isEmpty() ? QString() : urls.first().toString();
    if (!ImagePreparer::isWebUrl(url)) {
        stopAndFail(ApiResult::Error::Protocol,
                 tr("Segmind accepted the sketch upload but did not say where it was stored."));
        return;
    }
    setValue(m_currentUpload, url);
    m_currentUpload = Upload();
    nextUpload();
}

void SegmindRun::setValue(const Upload &upload, const QString &value)
{
    if (upload.index < 0) {
        m_request.values.insert(upload.field, value);
        return;
    }
    QJsonArray array = m_request.values.value(upload.field).toArray();
    if (upload.index < array.size())
        array.replace(upload.index, value);
    m_request.values.insert(upload.field, array);
}

// ---------------------------------------------------------------------------------------------
// Generation

void SegmindRun::submit()
{
    if (isFinished())
        return;
    m_submitted = true;
    Q_EMIT submitting();
    setState(JobState::Running);
    sendSubmit();
}

void SegmindRun::sendSubmit()
{
    if (isFinished())
        return;
    ApiRequestSpec spec = baseSpec();
    spec.method = QByteArrayLiteral("POST");
    spec.url = submitUrl(m_config, m_request);
    spec.authOrigin = m_config.apiUrl;
    spec.setJsonBody(QJsonDocument(m_request.values).toJson(QJsonDocument::Compact));
    spec.expectJson = false;
    spec.maxResponseBytes = ApiRequestSpec::kMaxImageBytes;
    // The request that bills, and whose answer is the image: sent once (billedPolicy()).
    makeBilled(&spec);
    spec.what = tr("generation request");
    sendTracked(spec, &SegmindRun::onSubmitFinished);
}

void SegmindRun::onSubmitFinished(const ApiResult &result)
{
    if (!result.ok()) {
        if (resendIfUnsent(result, [this] { sendSubmit(); }))
            return;
        switch (result.error) {
        case ApiResult::Error::NoCredits: {
            const QString detail = ApiErrorParser::segmindMessage(result.json()).simplified();
            QString message = tr("Your Segmind account does not have enough credits for this "
                                 "image (%1).")
                                  .arg(result.httpStatus);
            if (!detail.isEmpty())
                message += QLatin1Char(' ') + tr("Segmind says: \"%1\".").arg(detail.left(300));
            message += QLatin1Char(' ') + tr("Add credits at segmind.com, then run it again.");
            stopAndFail(result.error, message, result.fieldErrors);
            return;
        }
        default:
            // A 502/504, a timeout or a lost connection after the request went out: Segmind
            // may have made (and billed) the image.
            failBilled(result, true);
            return;
        }
    }

    const QByteArray mime = SegmindAnswer::parse(result.headers, result.body).mimeType;
    if (mime.isEmpty()) {
        const QByteArray type = result.header("content-type");
        stopAndFail(ApiResult::Error::Protocol,
                 type.isEmpty()
                     ? tr("Segmind returned something that is not an image.")
                     : tr("Segmind returned something that is not an image (%1).")
                           .arg(QString::fromLatin1(type.left(80))));
        return;
    }
    m_submitResult = result;
    const QByteArray bytes = result.body;
    setState(JobState::Downloading);
    m_checkWatcher = new QFutureWatcher<Checked>(this);
    connect(m_checkWatcher, &QFutureWatcherBase::finished, this, &SegmindRun::onChecked);
    m_checkWatcher->setFuture(QtConcurrent::run([bytes]() {
        Checked checked;
        const ImageLoader::Result loaded = ImageLoader::loadData(bytes);
        if (loaded.ok())
            checked.size = loaded.size;
        else
            checked.error = loaded.error;
        return checked;
    }));
}

void SegmindRun::onChecked()
{
    QFutureWatcher<Checked> *watcher = m_checkWatcher;
    m_checkWatcher = nullptr;
    if (!watcher)
        return;
    const Checked checked = watcher->result();
    watcher->deleteLater();
    if (isFinished())
        return;
    const ApiResult result = m_submitResult;
    m_submitResult = ApiResult();
    if (!checked.error.isEmpty()) {
        stopAndFail(ApiResult::Error::Protocol,
                 tr("Segmind returned an image that cannot be read: %1").arg(checked.error));
        return;
    }

    const SegmindAnswer::Image answer = SegmindAnswer::parse(result.headers, result.body);
    OutputImage image;
    image.bytes = result.body;
    image.mimeType = answer.mimeType;
    image.size = checked.size;

    JobOutcome outcome;
    outcome.outputs.append(image);
    outcome.costUsd = answer.costUsd;
    outcome.remainingCredits = answer.remainingCredits;
    outcome.seed = answer.seed;
    const QString requestId = answer.requestId;
    if (!requestId.isEmpty()) {
        ProviderHandle handle;
        handle.requestId = requestId;
        setHandle(handle);
        outcome.requestId = requestId;
    }
    succeed(outcome);
}

// ---------------------------------------------------------------------------------------------

ApiRequestSpec SegmindRun::baseSpec() const
{
    ApiRequestSpec spec;
    spec.authHeaderName = segmindInfo().keyHeader;
    spec.authHeaderValue = segmindInfo().authValue(m_config.apiKey);
    spec.transferTimeoutMs = m_config.requestTimeoutMs;
    spec.dialect = ApiErrorParser::Dialect::Segmind;
    spec.service = segmindInfo().displayName;
    return spec;
}


void SegmindRun::stopActivity()
{
    abortTracked();
    if (m_prepareWatcher) {
        disconnect(m_prepareWatcher, nullptr, this, nullptr);
        m_prepareWatcher->deleteLater();   // the worker finishes on its own; its result is dropped
        m_prepareWatcher = nullptr;
    }
    if (m_checkWatcher) {
        disconnect(m_checkWatcher, nullptr, this, nullptr);
        m_checkWatcher->deleteLater();
        m_checkWatcher = nullptr;
    }
}

void SegmindRun::succeed(const JobOutcome &outcome)
{
    stopActivity();
    setState(JobState::Done);
    finish(outcome);
}

