// FalQueueRun: local images to fal storage, then the submit that creates (and bills) the job.
#include "falqueueprovider.h"

#include "falanswer.h"
#include "inputpreparer.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include "base/crashpoint.h"
#include "imaging/imagepreparer.h"
#include "net/apirequest.h"
#include "net/endpoint.h"

using Error = ApiResult::Error;

namespace
{
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
} // namespace

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
    // Decoding and re-encoding a big sketch takes a while: never on the GUI thread.
    m_preparer->prepare(m_uploads.at(m_uploadIndex).path, m_config.maxUploadSide,
                        InputPreparer::Wrapping::None);
}

void FalQueueRun::onUploadPrepared(const PreparedInput &prepared)
{
    const Upload &upload = m_uploads.at(m_uploadIndex);
    if (!prepared.ok()) {
        fail(Error::Refused,
             tr("Cannot read the image for \"%1\": %2").arg(upload.field, prepared.error));
        return;
    }
    m_uploadBytes = prepared.bytes;
    m_uploadMimeType = prepared.mimeType;
    CrashPoint::hit("input-prepared");

    QUrl url = Endpoint::join(m_restUrl, QStringLiteral("storage/upload/initiate"));
    url.setQuery(QStringLiteral("storage_type=fal-cdn-v3"));
    ApiRequestSpec spec = falSpec(QByteArrayLiteral("POST"), url, tr("upload"));
    spec.authOrigin = m_restUrl;
    spec.setJsonBody(QJsonDocument(QJsonObject{
                                       {QStringLiteral("content_type"),
                                        QString::fromLatin1(m_uploadMimeType)},
                                       {QStringLiteral("file_name"),
                                        uploadFileName(upload.path, m_uploadMimeType)},
                                   })
                         .toJson(QJsonDocument::Compact));
    sendTracked(spec, &FalQueueRun::onInitiateFinished);
}

void FalQueueRun::onInitiateFinished(const ApiResult &result)
{
    if (!result.ok()) {
        fail(mapped(result));
        return;
    }
    const FalAnswer::UploadTarget target = FalAnswer::parseUploadTarget(result.json().object());
    const QUrl uploadUrl = target.uploadUrl;
    m_fileUrl = target.fileUrl;
    QString why;
    if (!Endpoint::isAllowed(uploadUrl, &why) || !Endpoint::isAllowed(m_fileUrl, &why)) {
        fail(Error::Protocol, tr("fal storage did not return a usable upload address: %1")
             .arg(why));
        return;
    }
    ApiRequestSpec spec;
    spec.method = QByteArrayLiteral("PUT");
    spec.url = uploadUrl;
    // No authHeaderName: the pre-signed upload URL never sees the key.
    spec.transferTimeoutMs = m_config.requestTimeoutMs;
    spec.retryPolicy = m_config.retryPolicy;
    spec.expectJson = false;
    spec.dialect = ApiErrorParser::Dialect::Fal;
    spec.service = tr("fal storage");
    spec.what = tr("upload");
    spec.body = m_uploadBytes;
    spec.contentType = m_uploadMimeType;
    sendTracked(spec, &FalQueueRun::onPutFinished);
}

void FalQueueRun::onPutFinished(const ApiResult &result)
{
    if (!result.ok()) {
        fail(mapped(result));
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
    m_uploadBytes.clear();
    m_uploadMimeType.clear();
    CrashPoint::hit("input-uploaded");
    ++m_uploadIndex;
    nextUpload();
}

// ---------------------------------------------------------------------------------------------
// submit

void FalQueueRun::submit()
{
    m_phase = Phase::Submitting;
    Q_EMIT submitting();
    sendSubmitWhenReleased([this] { sendSubmit(); });
}

QSet<int> FalQueueRun::submitRetryStatuses() const
{
    // The submit creates the job. fal's own clients repeat it on 429, 502, 503 and 504, which
    // fal does not bill; nothing is resent after a timeout or a lost connection.
    QSet<int> statuses;
    for (int status : {429, 502, 503, 504}) {
        if (m_config.retryPolicy.retryableStatuses().contains(status))
            statuses.insert(status);
    }
    return statuses;
}

void FalQueueRun::sendSubmit()
{
    if (isFinished() || m_phase != Phase::Submitting)
        return;
    ApiRequestSpec spec = falSpec(QByteArrayLiteral("POST"),
                                  Endpoint::join(m_queueUrl, m_request.model.endpoint.trimmed()),
                                  tr("submit"));
    makeBilled(&spec, submitRetryStatuses());   // sent once, like every billed request
    spec.setJsonBody(QJsonDocument(m_values).toJson(QJsonDocument::Compact));
    sendTracked(spec, &FalQueueRun::onSubmitFinished);
}

void FalQueueRun::onSubmitFinished(const ApiResult &result)
{
    if (!result.ok()) {
        if (!m_cancelRequested && resendIfUnsent(result, [this] { sendSubmit(); }))
            return;
        if (m_cancelRequested) {
            finish(m_afterCancel);
            return;
        }
        failBilled(mapped(result), false);
        return;
    }

    const FalAnswer::Submitted reply = FalAnswer::parseSubmitted(result.json().object());
    ProviderHandle given;
    given.requestId = reply.requestId;
    if (given.requestId.isEmpty()) {
        fail(Error::Protocol, tr("fal accepted the job but did not say its request id."));
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
        finish(outcome);
        return;
    }
    setHandle(m_handle);   // the journal persists it before anything else happens
    if (m_cancelRequested) {
        sendCancel(m_afterCancel);
        return;
    }
    setState(JobState::Queued);
    noteQueued(reply.queuePosition);
    if (reply.queuePosition) {
        m_lastQueuePosition = *reply.queuePosition;
        Q_EMIT queuePositionChanged(m_lastQueuePosition);
    }
    follow();
}
