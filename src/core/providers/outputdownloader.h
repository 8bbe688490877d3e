#pragma once

#include "model/jobtypes.h"
#include "net/apirequest.h"
#include "offthread.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QUrl>

#include <functional>

// Where one output image of a job is: a URL to download (never with the key), the image itself
// (inline base64 already decoded, Segmind's answer), or a data URI (fal's sync mode).
struct OutputSource
{
    QUrl url;
    QByteArray bytes;
    QString dataUri;

    static OutputSource download(const QUrl &url) { return {url, {}, {}}; }
    static OutputSource inlineBytes(const QByteArray &bytes) { return {{}, bytes, {}}; }
    static OutputSource inlineDataUri(const QString &uri) { return {{}, {}, uri}; }
};

// Fetches a job's outputs in turn: downloads each URL with the run's tracked request (so its
// retries are the run's waits), checks that the bytes are an image, decodes it off the GUI
// thread and collects the images. Ends with finished(images) or failed(why), once per start().
// The provider's own words for a bad output come from Wording (tr() in the provider's context).
class OutputDownloader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OutputDownloader)

public:
    // Sends a request and calls the handler with its result (ProviderRun::sendTracked).
    using Send = std::function<void(const ApiRequestSpec &spec,
                                    std::function<void(const ApiResult &result)> handler)>;

    struct Wording
    {
        std::function<QString(qsizetype bytes)> notAnImage;    // the bytes are no image format
        std::function<QString(const QString &why)> unreadable; // the image does not decode
        QString unreadableDataUri;                            // a data URI that does not decode
    };

    // `downloadSpec` is the template of every download (service, timeout, retries, dialect,
    // no key); its url is set per output.
    OutputDownloader(Send send, const ApiRequestSpec &downloadSpec, const Wording &wording,
                     QObject *parent = nullptr);
    ~OutputDownloader() override;

    // A GET for images on another host: without the key, image-sized, not JSON. The caller
    // names it (`what`) in its own words.
    static ApiRequestSpec imageDownloadSpec(const QString &service, ApiErrorParser::Dialect dialect,
                                            int transferTimeoutMs, const RetryPolicy &retryPolicy);
    // The check of one output, on any thread: its size, or why it cannot be used.
    static OutputImage check(const QByteArray &bytes, QString *error);

    void start(const QList<OutputSource> &sources);
    // Drops what is under way (the request belongs to the run, which aborts it); no signal follows.
    void stop();
    bool isActive() const { return m_active; }

Q_SIGNALS:
    void finished(const QList<OutputImage> &images);
    // A download failed (the request's own result) or an output is not a usable image
    // (Protocol, with the provider's words).
    void failed(const ApiResult &result);

private:
    void next();
    void checkOutput(const QByteArray &bytes, const QUrl &source);
    void reject(const QString &message);

    Send m_send;
    ApiRequestSpec m_downloadSpec;
    Wording m_wording;
    QList<OutputSource> m_sources;
    qsizetype m_index = 0;
    QList<OutputImage> m_images;
    OffThreadTask m_decode;
    bool m_active = false;
    int m_generation = 0;   // a download answer for an earlier start() is ignored
};
