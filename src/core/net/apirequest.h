#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>
#include <QTimer>
#include <QUrl>

#include "apierrorparser.h"
#include "apiresult.h"
#include "retrypolicy.h"

class QNetworkAccessManager;
class QNetworkReply;

// Everything one ApiRequest needs to know.
struct ApiRequestSpec
{
    static constexpr qint64 kMaxJsonBytes = 8LL * 1024 * 1024;    // 8 MiB
    static constexpr qint64 kMaxImageBytes = 64LL * 1024 * 1024;  // 64 MiB

    QByteArray method = QByteArrayLiteral("GET");       // GET, POST, PUT (any verb works)
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;        // extra request headers
    QByteArray body;
    QByteArray contentType;                              // for the body
    // The API key header. Attached only while the request URL (also after every redirect) has the
    // origin authOrigin; when authOrigin is empty, the origin of url.
    QByteArray authHeaderName;                           // "Authorization", "x-api-key" ...
    QByteArray authHeaderValue;                          // never logged
    QUrl authOrigin;
    int transferTimeoutMs = 30000;                       // no bytes for this long -> Timeout
    qint64 maxResponseBytes = kMaxJsonBytes;
    RetryPolicy retryPolicy = RetryPolicy::defaults();
    bool expectJson = true;                              // a 2xx body must be JSON (else Protocol)
    // Never sent twice by the network stack (requests that bill): the body goes out through a
    // OneShotBody, so a connection that closes before the answer ends the request instead of
    // QNetworkAccessManager resending it. Retries still follow retryPolicy.
    bool sendOnce = false;
    ApiErrorParser::Dialect dialect = ApiErrorParser::Dialect::Generic;
    QString service;                                     // "fal", "Segmind" ... for messages
    QString what;                                        // "status request" ... for messages

    // Convenience: the JSON body with its content type.
    void setJsonBody(const QByteArray &json)
    {
        body = json;
        contentType = QByteArrayLiteral("application/json");
    }
};

// One HTTP call with a timeout, a response-size cap, manual redirects under Endpoint rules, the
// auth header kept on its own origin, retries under a RetryPolicy, and exactly one finished().
// Owns its QNetworkReply (deleteLater + null); deleting the ApiRequest aborts the reply.
// Delete an ApiRequest with deleteLater() (also from a slot connected to finished()).
// The QNetworkAccessManager is not owned; if it goes away first, the request ends with Network.
class ApiRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiRequest)

public:
    static constexpr int kMaxRedirects = 5;
    // The most body bytes Qt buffers for one reply before this request has read them: the
    // network thread stops reading from the socket (TCP flow control holds the sender) instead
    // of running tens of MiB ahead of the size cap while this thread is busy.
    static constexpr qint64 kReadBufferBytes = 64 * 1024;
    static constexpr qint64 kMaxJsonBytes = ApiRequestSpec::kMaxJsonBytes;
    static constexpr qint64 kMaxImageBytes = ApiRequestSpec::kMaxImageBytes;

    ApiRequest(QNetworkAccessManager *manager, const ApiRequestSpec &spec,
               QObject *parent = nullptr);
    ~ApiRequest() override;

    const ApiRequestSpec &spec() const { return m_spec; }
    int attempts() const { return m_attempts; }
    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }

    // Starts the first attempt. Errors found before sending are reported asynchronously.
    void start();
    // Stops everything; finished() reports Cancelled (unless it was already emitted). No retry.
    void abort();

    // Header list with secret values replaced, for logs.
    static QList<QPair<QByteArray, QByteArray>> redactHeaders(
        const QList<QPair<QByteArray, QByteArray>> &headers);
    static bool isSecretHeader(const QByteArray &name);

Q_SIGNALS:
    void finished(const ApiResult &result);
    void progress(qint64 received, qint64 total);
    // Every chunk of the body as it arrives (for streams such as server-sent events); the whole
    // body is in the result as well.
    void dataReceived(const QByteArray &chunk);
    void uploadProgress(qint64 sent, qint64 total);
    // A retry is scheduled after a failed attempt.
    void retrying(int nextAttempt, int delayMs, const ApiResult &failedAttempt);
    // The retry announced by retrying() is being sent now: the wait is over.
    void retryStarted(int attempt);

private:
    void sendAttempt();
    void sendTo(const QUrl &url);
    void onMetaDataChanged();
    void onReadyRead();
    void onDownloadProgress(qint64 received, qint64 total);
    void onReplyFinished();
    void handleRedirect(const ApiResult &partial);
    void abortForSize();
    void finishWith(ApiResult result);
    void finishLater(ApiResult result);
    void releaseReply();
    ApiResult resultSkeleton() const;
    QString displayService() const;
    QString displayWhat() const;
    void describeHttpError(ApiResult &result, const QString &reasonPhrase) const;

    QPointer<QNetworkAccessManager> m_manager;   // not owned
    ApiRequestSpec m_spec;
    QUrl m_authOrigin;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;

    // per attempt
    QUrl m_currentUrl;
    QByteArray m_currentMethod;
    QByteArray m_currentBody;
    int m_redirects = 0;
    QByteArray m_buffer;
    bool m_tooLarge = false;

    int m_attempts = 0;
    bool m_started = false;
    bool m_finished = false;
    bool m_userAborted = false;
};
