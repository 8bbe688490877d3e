#include "segmindanswer.h"

#include <cmath>

#include "imaging/imagepreparer.h"

std::optional<double> SegmindAnswer::headerNumber(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const double number = trimmed.toDouble(&ok);
    if (!ok || !std::isfinite(number))
        return std::nullopt;
    return number;
}

SegmindAnswer::Image SegmindAnswer::parse(const QHash<QByteArray, QByteArray> &headers,
                                          const QByteArray &body)
{
    Image image;
    image.mimeType = ImagePreparer::sniffMimeType(body);
    image.costUsd = headerNumber(headers.value(QByteArrayLiteral("x-cost")));
    image.remainingCredits = headerNumber(headers.value(QByteArrayLiteral("x-remaining-credits")));
    bool seedOk = false;
    const qint64 seed = headers.value(QByteArrayLiteral("x-seed-value")).trimmed().toLongLong(&seedOk);
    if (seedOk)
        image.seed = seed;
    image.requestId = QString::fromLatin1(
        headers.value(QByteArrayLiteral("x-request-id")).trimmed().left(kMaxRequestIdChars));
    return image;
}
