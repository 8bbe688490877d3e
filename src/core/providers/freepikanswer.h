#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

// What Freepik's task answers mean (docs/PROVIDERS.md §6), read without any I/O so the same code
// serves FreepikRun, the tests and the fuzz targets. Any JSON is accepted.
//   {"data": {"task_id", "status", "generated": [url | base64 | data URI | {"url": ...}]}}
// (webhook-style payloads have no "data" wrapper).
class FreepikAnswer
{
public:
    static constexpr int kMinBase64Chars = 64;      // shorter strings are file names, not images
    static constexpr int kMaxFailureChars = 300;

    struct Output
    {
        QUrl url;           // to download (without the key)
        QByteArray bytes;   // or the inline image
    };

    struct Task
    {
        QString taskId;
        QString status;                  // upper case: CREATED, IN_PROGRESS, COMPLETED, FAILED ...
        QList<Output> outputs;           // COMPLETED: one per "generated" entry
        bool unreadableOutput = false;   // an entry that is neither a URL nor an image
        QString failure;                 // FAILED: "error", "message" or "reason", simplified
        QJsonObject raw;                 // "data" with inline images replaced by a placeholder
    };
    static Task parseTask(const QJsonObject &root);

    // The image bytes of raw base64 text (no data: prefix) when it decodes to a PNG, JPEG, WebP
    // or GIF; empty otherwise.
    static QByteArray decodeInlineImage(const QString &text);
    // "data:image/png;base64,...." -> the base64 part, or empty.
    static QString base64OfDataUri(const QString &text);
};
