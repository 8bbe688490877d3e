#pragma once

#include "net/apirequest.h"
#include "provider.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QTimer>
#include <QUrl>

class InputPreparer;
class OutputDownloader;
struct PreparedInput;

// Segmind's serverless v1 API (docs/PROVIDERS.md §5): synchronous, the answer is the image.
//   - local sketches: POST <auxUrl>/upload-asset {"data_urls": ["data:image/png;base64,..."]}
//     -> {"urls": [url]}; the URL replaces the file path in the values (http(s) URLs as given);
//   - POST <apiUrl>/v1/<model.endpoint> with the JSON values -> raw image bytes, with the optional
//     headers x-cost, x-remaining-credits, x-seed-value, x-request-id.
// The key travels as "x-api-key" and only to the origin of the URL it is meant for.
class SegmindProvider final : public Provider
{
public:
    static constexpr int kDefaultRequestTimeoutMs = 180000;   // generation is synchronous: slow

    QString id() const override;
    ProviderRun *createRun(const JobRequest &request, const ProviderConfig &config,
                           QObject *parent) const override;

    // Production defaults: both URLs and a transfer timeout of at least 120 s.
    static ProviderConfig defaultConfig();
};

class SegmindRun final : public ProviderRun
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmindRun)

public:
    // Empty apiUrl/auxUrl in `config` fall back to the Segmind defaults.
    SegmindRun(const JobRequest &request, const ProviderConfig &config, QObject *parent = nullptr);
    ~SegmindRun() override;

    void start() override;
    // v1 is synchronous: there is nothing to follow. Fails at once with Refused, sends nothing.
    void resume(const ProviderHandle &handle) override;
    bool canResume() const override { return false; }
    void cancel() override;

    // The URL of the generation request for `request` under `config` (for the CLI's dry run).
    static QUrl submitUrl(const ProviderConfig &config, const JobRequest &request);
    static QUrl uploadUrl(const ProviderConfig &config);

private:
    struct Upload
    {
        QString field;
        int index = -1;        // position in an image list; -1 for a single image field
        QString localPath;     // a file to load, prepare and upload
        QByteArray dataUri;    // or a data URI to upload as is
    };
    bool collectUploads(QString *badField, QString *problem);
    void nextUpload();
    void onPrepared(const PreparedInput &prepared);
    void sendUpload(const QByteArray &dataUri);
    void onUploadFinished(const ApiResult &result);
    void submit();
    void sendSubmit();
    void onSubmitFinished(const ApiResult &result);
    void onChecked(const QList<OutputImage> &images);
    void setValue(const Upload &upload, const QString &value);
    ApiRequestSpec baseSpec() const;
    void stopActivity() override;

    QList<Upload> m_uploads;
    Upload m_currentUpload;
    InputPreparer *m_preparer = nullptr;
    OutputDownloader *m_check = nullptr;     // the answer is the image: checked, not downloaded
    bool m_started = false;
    bool m_submitted = false;
    ApiResult m_submitResult;       // kept while the image is decode-checked
};
