#include "outputdownloader.h"

#include "falanswer.h"

#include "base/crashpoint.h"
#include "imaging/imageloader.h"
#include "imaging/imagepreparer.h"

OutputDownloader::OutputDownloader(Send send, const ApiRequestSpec &downloadSpec,
                                   const Wording &wording, QObject *parent)
    : QObject(parent)
    , m_send(std::move(send))
    , m_downloadSpec(downloadSpec)
    , m_wording(wording)
{
}

OutputDownloader::~OutputDownloader() = default;

ApiRequestSpec OutputDownloader::imageDownloadSpec(const QString &service,
                                                   ApiErrorParser::Dialect dialect,
                                                   int transferTimeoutMs,
                                                   const RetryPolicy &retryPolicy)
{
    ApiRequestSpec spec;
    spec.method = QByteArrayLiteral("GET");
    // No authHeaderName: CDNs and other hosts never see the key.
    spec.transferTimeoutMs = transferTimeoutMs;
    spec.maxResponseBytes = ApiRequestSpec::kMaxImageBytes;
    spec.expectJson = false;
    spec.retryPolicy = retryPolicy;
    spec.dialect = dialect;
    spec.service = service;
    return spec;
}

OutputImage OutputDownloader::check(const QByteArray &bytes, QString *error)
{
    OutputImage image;
    const ImageLoader::Result loaded = ImageLoader::loadData(bytes);
    if (!loaded.ok()) {
        *error = loaded.error;
        return image;
    }
    image.bytes = bytes;
    image.mimeType = ImagePreparer::sniffMimeType(bytes);   // never the Content-Type
    image.size = loaded.size;
    return image;
}

void OutputDownloader::start(const QList<OutputSource> &sources)
{
    stop();
    m_sources = sources;
    m_index = 0;
    m_images.clear();
    m_active = true;
    next();
}

void OutputDownloader::stop()
{
    m_active = false;
    ++m_generation;
    m_decode.stop();
}

void OutputDownloader::next()
{
    if (!m_active)
        return;
    if (m_index >= m_sources.size()) {
        m_active = false;
        const QList<OutputImage> images = m_images;
        m_images.clear();
        Q_EMIT finished(images);
        return;
    }
    const OutputSource &source = m_sources.at(m_index);
    if (!source.dataUri.isEmpty()) {
        QByteArray bytes;
        if (!FalAnswer::decodeDataUri(source.dataUri, ApiRequestSpec::kMaxImageBytes, &bytes)) {
            reject(m_wording.unreadableDataUri);
            return;
        }
        checkOutput(bytes, QUrl());
        return;
    }
    if (source.url.isEmpty()) {
        checkOutput(source.bytes, QUrl());
        return;
    }
    ApiRequestSpec spec = m_downloadSpec;
    spec.url = source.url;
    const int generation = m_generation;
    const QUrl url = source.url;
    m_send(spec, [this, generation, url](const ApiResult &result) {
        if (generation != m_generation || !m_active)
            return;
        if (!result.ok()) {
            m_active = false;
            Q_EMIT failed(result);
            return;
        }
        CrashPoint::hit("output-downloading");
        checkOutput(result.body, url);
    });
}

void OutputDownloader::checkOutput(const QByteArray &bytes, const QUrl &source)
{
    if (ImagePreparer::sniffMimeType(bytes).isEmpty()) {
        reject(m_wording.notAnImage(bytes.size()));
        return;
    }
    m_decode.run(
        this,
        [bytes]() {
            QString error;
            OutputImage image = check(bytes, &error);
            return qMakePair(image, error);
        },
        [this, source](const QPair<OutputImage, QString> &checked) {
            if (!m_active)
                return;
            if (!checked.second.isEmpty()) {
                reject(m_wording.unreadable(checked.second));
                return;
            }
            OutputImage image = checked.first;
            image.sourceUrl = source;
            m_images.append(image);
            ++m_index;
            next();
        });
}

void OutputDownloader::reject(const QString &message)
{
    m_active = false;
    ApiResult result;
    result.error = ApiResult::Error::Protocol;
    result.message = message;
    Q_EMIT failed(result);
}
