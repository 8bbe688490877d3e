#pragma once

#include <QByteArray>
#include <QHash>
#include <QSize>
#include <QString>

#include <optional>

// What Segmind's synchronous v1 answer means (docs/PROVIDERS.md §5): the body is the image
// itself (its format sniffed from the bytes, never taken from Content-Type) and the headers
// x-cost, x-remaining-credits, x-seed-value and x-request-id describe it. No I/O: the same code
// serves SegmindRun, the tests and the fuzz targets; any header and body values are accepted.
class SegmindAnswer
{
public:
    static constexpr int kMaxRequestIdChars = 200;

    struct Image
    {
        QByteArray mimeType;                   // "image/png" ...; empty: the body is no image
        std::optional<double> costUsd;         // x-cost
        std::optional<double> remainingCredits;// x-remaining-credits
        std::optional<qint64> seed;            // x-seed-value
        QString requestId;                     // x-request-id, at most kMaxRequestIdChars
    };

    // headers: lower-case names, as ApiResult keeps them.
    static Image parse(const QHash<QByteArray, QByteArray> &headers, const QByteArray &body);

    // A finite number from a header value; nullopt for anything else ("abc", "nan", "inf").
    static std::optional<double> headerNumber(const QByteArray &value);
};
