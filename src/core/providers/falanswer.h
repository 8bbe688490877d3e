#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

// What fal's queue answers mean (docs/PROVIDERS.md §1, §2), read without any I/O so the same
// code serves FalQueueRun, the tests and the fuzz targets. Every function accepts any JSON:
// missing or mistyped members give empty values, never an exception or a crash.
class FalAnswer
{
public:
    // POST <rest>/storage/upload/initiate -> {"upload_url", "file_url"}
    struct UploadTarget
    {
        QUrl uploadUrl;
        QUrl fileUrl;
    };
    static UploadTarget parseUploadTarget(const QJsonObject &reply);

    // POST <queue>/<endpoint> -> {"request_id", "status_url", "response_url", "cancel_url",
    // "queue_position"}
    struct Submitted
    {
        QString requestId;
        QUrl statusUrl;
        QUrl responseUrl;
        QUrl cancelUrl;
        std::optional<int> queuePosition;
    };
    static Submitted parseSubmitted(const QJsonObject &reply);

    // A status object (poll reply or one SSE event).
    struct Status
    {
        enum class State
        {
            Queued,
            InProgress,
            Completed,
            Failed,    // FAILED, ERROR, CANCELED, CANCELLED
            Unknown,   // anything else: keep following
        };
        State state = State::Unknown;
        QString stateName;                 // upper case, as sent
        std::optional<int> queuePosition;
        QString error;                     // "error" as text (a string, fal's detail, or JSON)
        QString errorType;                 // "error_type"
        QStringList logs;                  // every log line so far: "[LEVEL] message" or "message"
    };
    static Status parseStatus(const QJsonObject &status);

    // GET <response_url>: the image references ("image" then "images"; objects with "url" or
    // plain strings), as fal wrote them (https URLs or data URIs), empty ones skipped.
    static QStringList imageReferences(const QJsonObject &result);
    // "seed" as a number or a numeric string.
    static std::optional<qint64> seed(const QJsonObject &result);

    // "data:<mime>[;base64],<payload>" -> bytes (sync_mode inline images). False when it is not
    // a data URI, cannot be decoded, is empty or is larger than maxBytes.
    static bool decodeDataUri(const QString &uri, qint64 maxBytes, QByteArray *bytes);

    // A JSON value as one line of text for messages: strings trimmed, fal error objects through
    // ApiErrorParser, other objects as compact JSON, numbers as numbers.
    static QString textOf(const QJsonValue &value);
};
