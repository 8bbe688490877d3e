#include "segmindprovider.h"
#include "inputpreparer.h"
#include "outputdownloader.h"
#include "segmindanswer.h"

#include "base/crashpoint.h"
#include "imaging/imagepreparer.h"
#include "model/providerinfo.h"
#include "net/endpoint.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace
{
const ProviderInfo &segmindInfo()
{
    return *ProviderInfo::find(QStringLiteral("segmind"));
}

} // namespace

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

    m_preparer = new InputPreparer(this);
    connect(m_preparer, &InputPreparer::prepared, this, &SegmindRun::onPrepared);
    OutputDownloader::Wording wording;
    wording.notAnImage = [](qsizetype) { return tr("Segmind returned something that is not an image."); };
    wording.unreadable = [](const QString &why) {
        return tr("Segmind returned an image that cannot be read: %1").arg(why);
    };
    m_check = new OutputDownloader(trackedSender(), ApiRequestSpec(), wording, this);
    connect(m_check, &OutputDownloader::finished, this, &SegmindRun::onChecked);
    connect(m_check, &OutputDownloader::failed, this, [this](const ApiResult &result) { fail(result); });
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
            fail(ApiResult::Error::Auth,
                 tr("No Segmind API key is set. Add one in Settings."));
        });
        return;
    }
    QString badField;
    QString problem;
    if (!collectUploads(&badField, &problem)) {
        QTimer::singleShot(0, this, [this, badField, problem]() {
            fail(ApiResult::Error::Validation, problem, {{badField, problem}});
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
        fail(ApiResult::Error::Refused,
             tr("This Segmind job cannot be resumed: Segmind answers while the image is "
                "generated, and the answer was lost. It was not resubmitted, so it is not "
                "billed twice; run it again if needed."));
    });
}

void SegmindRun::cancel()
{
    if (isFinished())
        return;
    // A request still held for the journal never went: nothing to bill.
    fail(ApiResult::Error::Cancelled,
         m_submitted && !isSubmitHeld() ? tr("Cancelled. Segmind may still finish (and bill) the image that was "
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
    m_preparer->prepare(path, m_config.maxUploadSide, InputPreparer::Wrapping::DataUri);
}

void SegmindRun::onPrepared(const PreparedInput &prepared)
{
    if (isFinished())
        return;
    if (!prepared.ok()) {
        fail(ApiResult::Error::Validation, prepared.error, {{m_currentUpload.field, prepared.error}});
        return;
    }
    CrashPoint::hit("input-prepared");
    Q_EMIT logReceived(tr("Uploading the sketch (%1 x %2, %3 KiB)")
                           .arg(prepared.size.width())
                           .arg(prepared.size.height())
                           .arg((prepared.bytes.size() + 1023) / 1024));
    sendUpload(prepared.encoded);
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
        fail(result);
        return;
    }
    const QJsonArray urls = result.json().object().value(QStringLiteral("urls")).toArray();
    const QString url = urls.isEmpty() ? QString() : urls.first().toString();
    if (!ImagePreparer::isWebUrl(url)) {
        fail(ApiResult::Error::Protocol,
             tr("Segmind accepted the sketch upload but did not say where it was stored."));
        return;
    }
    setValue(m_currentUpload, url);
    m_currentUpload = Upload();
    CrashPoint::hit("input-uploaded");
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
    sendSubmitWhenReleased([this] { sendSubmit(); });
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
            fail(result.error, message, result.fieldErrors);
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
        fail(ApiResult::Error::Protocol,
             type.isEmpty()
                 ? tr("Segmind returned something that is not an image.")
                 : tr("Segmind returned something that is not an image (%1).")
                       .arg(QString::fromLatin1(type.left(80))));
        return;
    }
    m_submitResult = result;
    setState(JobState::Downloading);
    m_check->start({OutputSource::inlineBytes(result.body)});
}

void SegmindRun::onChecked(const QList<OutputImage> &images)
{
    if (isFinished())
        return;
    const ApiResult result = m_submitResult;
    m_submitResult = ApiResult();
    const SegmindAnswer::Image answer = SegmindAnswer::parse(result.headers, result.body);
    JobOutcome outcome;
    outcome.outputs = images;
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
    finish(outcome);
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
    m_preparer->stop();   // a worker under way finishes on its own; its result is dropped
    m_check->stop();
}
