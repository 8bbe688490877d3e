#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>

class QTcpServer;
class QTcpSocket;

// One request as the fake server saw it.
struct RecordedRequest
{
    QString host;                             // the Host header
    QHostAddress localAddress;                // 127.0.0.1 (API) or 127.0.0.2 (CDN)
    QByteArray method;
    QString path;                             // without the query
    QString query;
    QHash<QByteArray, QByteArray> headers;    // names lower-case
    QByteArray body;
    QDateTime time;
    // The job the request belongs to (see FakeProviderServer::setJobTagPattern): the tag its
    // submit carried, or the tag of the provider job its path names; empty when unknown.
    QString jobTag;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    bool hasHeader(const QByteArray &name) const { return headers.contains(name.toLower()); }
};

// A scripted misbehaviour for the next `times` requests whose method (empty = any) and path match.
struct FakeFault
{
    enum class Kind
    {
        Respond,         // status + body + headers, as given
        ResetMidBody,    // Content-Length 100000, 1000 bytes, then the connection is dropped
        Stall,           // never answer (until the client gives up)
        MalformedJson,   // 200 application/json with a broken body
        EndlessBody,     // 200, body written until the client disconnects (hard caps apply)
        Redirect,        // status (default 302) + Location: location
        Delay,           // wait delayMs, then handle the request normally
        CloseImmediately,// close the connection without a byte
        SlowDrip,        // handled normally, but the answer goes out dripBytes at a time with
                         // dripPauseMs between: slower than any timeout in all, or not
    };

    QByteArray method;               // "GET", "POST" ...; empty matches every method
    QString pathContains;            // substring of the path; empty matches every path
    int times = 1;                   // how many matching requests; -1 = forever
    Kind kind = Kind::Respond;
    int status = 0;                  // Respond: default 500; Redirect: default 302
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;
    int delayMs = 0;                 // applied before any kind (Delay: the whole point)
    QUrl location;                   // Redirect target
    qint64 announcedLength = -1;     // EndlessBody: a Content-Length to announce (-1: none)
    // The server first does the work as usual (the job is created and billed, the image made)
    // and only then answers with the fault instead of its result: a gateway that lost the
    // answer. Respond, ResetMidBody and CloseImmediately.
    bool afterWork = false;
    // Only requests of this job (RecordedRequest::jobTag); empty matches every request.
    QString jobTag;
    int dripBytes = 256;             // SlowDrip: bytes per write
    int dripPauseMs = 50;            // SlowDrip: pause between writes

    static FakeFault respond(const QByteArray &method, const QString &path, int status,
                             const QByteArray &body = QByteArray(),
                             const QHash<QByteArray, QByteArray> &headers = {}, int times = 1);
    static FakeFault make(Kind kind, const QByteArray &method, const QString &path, int times = 1);
    static FakeFault redirect(const QByteArray &method, const QString &path, const QUrl &location,
                              int status = 302, int times = 1);
    // `kind` (Respond with `status`, ResetMidBody, CloseImmediately) after the work was done.
    static FakeFault lostAnswer(Kind kind, const QByteArray &method, const QString &path, int status = 0,
                                int times = 1);
    // SlowDrip: the answer in pieces of `bytes` every `pauseMs`.
    static FakeFault slowDrip(const QByteArray &method, const QString &path, int bytes, int pauseMs,
                              int times = 1);
};

// A local HTTP/1.1 server that imitates the fal queue + storage, Segmind v1 + upload-asset and
// Freepik reimagine-flux protocols (see docs/PROVIDERS.md), records every request and injects
// faults. API services share one port on 127.0.0.1 under path prefixes (/fal-queue, /fal-rest,
// /segmind, /segmind-upload, /freepik); the CDN / upload host is a second server on 127.0.0.2.
// Every answer carries "Connection: close" and the connection is closed after it.
class FakeProviderServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FakeProviderServer)

public:
    enum class SseMode
    {
        Supported,     // data: events, one state per interval, closed after COMPLETED
        Unsupported,   // 405 {"detail": "Method Not Allowed"}
        Stall,         // headers are never sent
    };
    enum class FreepikMode
    {
        Sync,          // COMPLETED at once with CDN URLs
        Async,         // IN_PROGRESS, then GET .../<task_id> walks to COMPLETED
        Base64,        // COMPLETED, "generated" holds base64 PNGs instead of URLs
        Failed,        // status FAILED
    };

    static constexpr int kImageWidth = 64;
    static constexpr int kImageHeight = 48;

    explicit FakeProviderServer(QObject *parent = nullptr);
    ~FakeProviderServer() override;

    // Listens on 127.0.0.1:port (API) and 127.0.0.2:cdnPort (CDN); 0 = ephemeral.
    bool start(quint16 port = 0, quint16 cdnPort = 0);
    void stop();
    QString errorString() const { return m_error; }
    quint16 port() const;
    quint16 cdnPort() const;

    QUrl baseUrl() const;            // http://127.0.0.1:port
    QUrl falQueueUrl() const;        // .../fal-queue
    QUrl falRestUrl() const;         // .../fal-rest
    QUrl segmindUrl() const;         // .../segmind
    QUrl segmindUploadUrl() const;   // .../segmind-upload
    QUrl freepikUrl() const;         // .../freepik
    QUrl cdnUrl() const;             // http://127.0.0.2:cdnPort
    // name=value pairs for REIMAGINE_*_URL, FAL_KEY, SEGMIND_API_KEY, FREEPIK_API_KEY.
    QList<QPair<QByteArray, QByteArray>> environment() const;

    // Keys. An empty key or acceptAnyKey: any non-empty key is accepted.
    void setKeys(const QString &fal, const QString &segmind, const QString &freepik);
    void setAcceptAnyKey(bool any);
    QString falKey() const { return m_falKey; }
    QString segmindKey() const { return m_segmindKey; }
    QString freepikKey() const { return m_freepikKey; }

    // fal queue. Script tokens: "IN_QUEUE:<position>", "IN_PROGRESS", "COMPLETED",
    // "ERROR:<message>" (COMPLETED with error). One step per status poll / SSE event; the last
    // state repeats (a script without COMPLETED never finishes). Applies to jobs submitted later.
    void setFalScript(const QStringList &states);
    QStringList falScript() const { return m_falScript; }
    // The text of the n-th status log line, "%1" standing for n (1, 2 ...): "step %1" by
    // default, "Step %1/4" for a model that counts its steps as fal's do.
    void setFalLogTemplate(const QString &text) { m_falLogTemplate = text; }
    void setFalSseMode(SseMode mode) { m_sseMode = mode; }
    // Timed fal jobs, like fal's real queue: a job submitted later runs for `ms` of server time
    // (IN_PROGRESS), then the server marks it COMPLETED by its clock, whatever the client does;
    // the status stream says so the moment it happens. 0 (the default): the script above, one
    // step per poll / SSE event. A tagged job (setJobTagPattern) can have its own run time.
    void setFalRunTimeMs(int ms) { m_falRunTimeMs = ms; }
    int falRunTimeMs() const { return m_falRunTimeMs; }
    void setFalRunTimeFor(const QString &tag, int ms) { m_falRunTimeByTag.insert(tag, ms); }
    // What the server saw of each fal job, by its clock (microseconds since the server was
    // made, one clock for all): when it was submitted, marked COMPLETED (timed jobs) and its
    // result first asked for, and how many status polls, stream opens and result requests it
    // had. Also served as JSON at GET /fake/stats on the API address (statsJson()).
    struct FalJobStats
    {
        QString requestId;
        QString tag;
        int runTimeMs = 0;          // 0: a scripted job
        qint64 submittedUs = -1;
        qint64 completedUs = -1;    // when the server marked it COMPLETED
        qint64 resultRequestedUs = -1;
        int statusPolls = 0;
        int streamOpens = 0;
        int resultRequests = 0;
    };
    QList<FalJobStats> falJobStats() const;
    QByteArray statsJson() const;
    qint64 clockUs() const;
    void setSseIntervalMs(int ms) { m_sseIntervalMs = ms; }
    // Required top-level input fields per full endpoint id; unknown endpoints get 404.
    void setFalRequiredFields(const QString &endpointId, const QStringList &fields);

    // Segmind
    void setSegmindContentType(const QByteArray &contentType) { m_segmindContentType = contentType; }
    void setSegmindNoCredits(bool noCredits) { m_segmindNoCredits = noCredits; }
    void setSegmindCredits(double credits) { m_segmindCredits = credits; }

    // Freepik
    void setFreepikMode(FreepikMode mode) { m_freepikMode = mode; }
    void setFreepikAsync(bool async) { m_freepikMode = async ? FreepikMode::Async : FreepikMode::Sync; }
    void setFreepikPollsUntilDone(int polls) { m_freepikPollsUntilDone = polls; }

    // The image a provider's results show ("fal", "segmind", "freepik"; PNG or JPEG bytes),
    // instead of the generated gradient; empty bytes go back to the gradient.
    void setResultImage(const QString &provider, const QByteArray &bytes);
    QByteArray resultImage(const QString &provider) const { return m_resultImages.value(provider); }

    // Jobs by tag: a submit whose body matches `pattern` (e.g. "storm-\\d+" in the prompt) tags
    // itself and the provider job it creates; later requests that name that job (status,
    // result, cancel, task polls, result downloads) carry the same tag. Faults can aim at a tag.
    void setJobTagPattern(const QRegularExpression &pattern) { m_tagPattern = pattern; }
    // Submits received and billed work done for one tagged job.
    int submitCountFor(const QString &tag) const { return m_submitsByTag.value(tag); }
    int billedCountFor(const QString &tag) const { return m_billedByTag.value(tag); }
    // The tagged job, once submitted, never finishes: fal stays IN_PROGRESS, a Freepik task
    // stays IN_PROGRESS (the client's deadline has to end it).
    void setNeverFinishing(const QString &tag) { m_neverFinishing.insert(tag); }

    // After an answer, wait up to `ms` for the client to close the connection before closing it
    // (as servers linger): a client still busy sending its request when an answer comes at
    // once can otherwise see the connection closed instead of the answer. 0 (the default):
    // closed as soon as the answer is written.
    void setLingerAfterAnswerMs(int ms) { m_lingerMs = ms; }

    // Faults are consumed in the order they were added.
    void addFault(const FakeFault &fault);
    void clearFaults();

    QList<RecordedRequest> requests() const { return m_requests; }
    QList<RecordedRequest> requestsTo(const QString &pathContains) const;
    void clearRequests() { m_requests.clear(); }
    // "fal", "segmind", "freepik": submits received (whatever was answered).
    int submitCount(const QString &provider) const { return m_submitCounts.value(provider); }
    // Billed work done: jobs created (fal, Freepik) or images made (Segmind), also when the
    // answer was lost afterwards.
    int billedCount(const QString &provider) const { return m_billedCounts.value(provider); }
    // Bytes stored through the fal CDN upload or Segmind upload-asset, by CDN path.
    QByteArray storedFile(const QString &cdnPath) const { return m_files.value(cdnPath).data; }
    QStringList storedFiles() const { return m_files.keys(); }
    // How many connections are open right now (stalled, streaming ...).
    int openConnections() const;
    // Bytes of endless bodies (FakeFault::Kind::EndlessBody) the kernel accepted so far, in all.
    // Safe to call from another thread.
    qint64 endlessBytesSent() const { return m_endlessBytesSent.load(); }

    // The deterministic test images the server hands out.
    static QByteArray makePng(const QString &seed, int width = kImageWidth, int height = kImageHeight);
    static QByteArray makeJpeg(const QString &seed, int width = kImageWidth, int height = kImageHeight);

Q_SIGNALS:
    void requestReceived(const RecordedRequest &request);

private:
    struct StoredFile
    {
        QByteArray data;
        QByteArray contentType;
    };
    struct FalJob
    {
        QString id;
        QString endpointId;   // full id, as submitted
        QString appId;        // owner/alias as used for status/result/cancel
        QStringList script;
        int step = 0;         // index of the state the next poll returns
        bool cancelled = false;
        int numImages = 1;
        qint64 seed = 0;
        QString currentState;
        QString tag;
        int runTimeMs = 0;                       // > 0: a timed job (setFalRunTimeMs)
        qint64 submittedUs = -1;
        qint64 completedUs = -1;
        qint64 resultRequestedUs = -1;
        int statusPolls = 0;
        int streamOpens = 0;
        int resultRequests = 0;
        int order = 0;                           // submit order, for the stats
    };
    struct FreepikTask
    {
        QString id;
        int pollsLeft = 0;
        FreepikMode mode = FreepikMode::Sync;
    };
    void onNewConnection(QTcpServer *server);
    void onReadyRead(QTcpSocket *socket);
    void dispatch(QTcpSocket *socket, const RecordedRequest &request, bool skipFaults);
    bool applyFault(QTcpSocket *socket, const RecordedRequest &request);
    void runFault(QTcpSocket *socket, const RecordedRequest &request, const FakeFault &fault);
    void route(QTcpSocket *socket, const RecordedRequest &request);
    void routeCdn(QTcpSocket *socket, const RecordedRequest &request);
    void routeFalQueue(QTcpSocket *socket, const RecordedRequest &request, const QString &rest);
    void routeFalRest(QTcpSocket *socket, const RecordedRequest &request, const QString &rest);
    void routeSegmind(QTcpSocket *socket, const RecordedRequest &request, const QString &rest);
    void routeSegmindUpload(QTcpSocket *socket, const RecordedRequest &request, const QString &rest);
    void routeFreepik(QTcpSocket *socket, const RecordedRequest &request, const QString &rest);
    void streamFalStatus(QTcpSocket *socket, const QString &jobId, bool logs);
    void streamTimedFalStatus(QTcpSocket *socket, const QString &jobId, bool logs);
    void completeTimedFalJob(const QString &jobId);
    void streamEndless(QTcpSocket *socket, qint64 announcedLength);

    bool checkKey(const QByteArray &presented, const QString &expected) const;
    QByteArray falStatusJson(FalJob &job, bool advance, bool logs, int *httpStatus);
    QByteArray falResultJson(const FalJob &job) const;
    QByteArray freepikTaskJson(const FreepikTask &task, const QString &status) const;
    QString falUrlFor(const FalJob &job, const QString &suffix) const;
    QString cdnFileUrl(const QString &path) const;

    void countSubmit(const QString &provider, const QString &tag);
    void countBilled(const QString &provider, const QString &tag, const QString &providerJobId);
    QString tagFor(const RecordedRequest &request, bool submit) const;
    static void writeSlowly(QTcpSocket *socket, const QByteArray &bytes, int chunkBytes, int pauseMs);
    static void respond(QTcpSocket *socket, int status, const QByteArray &body,
                        const QByteArray &contentType = QByteArrayLiteral("application/json"),
                        const QHash<QByteArray, QByteArray> &headers = {});
    static void respondJson(QTcpSocket *socket, int status, const QByteArray &json,
                            const QHash<QByteArray, QByteArray> &headers = {});
    static QByteArray statusLine(int status);
    static QByteArray reasonPhrase(int status);

    QTcpServer *m_apiServer = nullptr;
    QTcpServer *m_cdnServer = nullptr;
    QString m_error;
    QHash<QTcpSocket *, QByteArray> m_buffers;

    QString m_falKey = QStringLiteral("test-fal-key");
    QString m_segmindKey = QStringLiteral("test-segmind-key");
    QString m_freepikKey = QStringLiteral("test-freepik-key");
    bool m_acceptAnyKey = false;

    QStringList m_falScript;
    QString m_falLogTemplate = QStringLiteral("step %1");
    SseMode m_sseMode = SseMode::Supported;
    int m_sseIntervalMs = 20;
    int m_falRunTimeMs = 0;
    QHash<QString, int> m_falRunTimeByTag;
    QHash<QString, QList<QPointer<QTcpSocket>>> m_falStreams;   // timed job id -> open streams
    QElapsedTimer m_clock;
    QHash<QString, QStringList> m_falRequired;
    QHash<QString, FalJob> m_falJobs;
    int m_nextId = 1;

    QByteArray m_segmindContentType = QByteArrayLiteral("image/jpeg");
    bool m_segmindNoCredits = false;
    double m_segmindCredits = 100.0;

    FreepikMode m_freepikMode = FreepikMode::Sync;
    int m_freepikPollsUntilDone = 2;
    QHash<QString, FreepikTask> m_freepikTasks;
    QHash<QString, QByteArray> m_resultImages;   // provider -> result bytes

    QList<FakeFault> m_faults;
    QList<RecordedRequest> m_requests;
    QHash<QString, int> m_submitCounts;
    QHash<QString, int> m_billedCounts;
    QRegularExpression m_tagPattern;
    QHash<QString, QString> m_tagsByJobId;   // provider job id -> tag
    QHash<QString, int> m_submitsByTag;
    QHash<QString, int> m_billedByTag;
    QSet<QString> m_neverFinishing;
    int m_lingerMs = 0;
    QMap<QString, StoredFile> m_files;
    QHash<QString, QString> m_uploadTokens;   // token -> file path under /files
    std::atomic<qint64> m_endlessBytesSent{0};   // read from other threads
};
