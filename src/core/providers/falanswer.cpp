#include "falanswer.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

#include "net/apierrorparser.h"

namespace
{
QUrl strictUrl(const QJsonObject &object, QLatin1String key)
{
    return QUrl(object.value(key).toString(), QUrl::StrictMode);
}

// A JSON number that is a whole int (queue positions); anything else is "absent".
std::optional<int> wholeInt(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double number = value.toDouble();
    if (!std::isfinite(number) || number < std::numeric_limits<int>::min()
        || number > std::numeric_limits<int>::max())
        return std::nullopt;
    return static_cast<int>(number);
}
} // namespace

FalAnswer::UploadTarget FalAnswer::parseUploadTarget(const QJsonObject &reply)
{
    UploadTarget target;
    target.uploadUrl = strictUrl(reply, QLatin1String("upload_url"));
    target.fileUrl = strictUrl(reply, QLatin1String("file_url"));
    return target;
}

FalAnswer::Submitted FalAnswer::parseSubmitted(const QJsonObject &reply)
{
    Submitted submitted;
    submitted.requestId = reply.value(QLatin1String("request_id")).toString().trimmed();
    submitted.statusUrl = strictUrl(reply, QLatin1String("status_url"));
    submitted.responseUrl = strictUrl(reply, QLatin1String("response_url"));
    submitted.cancelUrl = strictUrl(reply, QLatin1String("cancel_url"));
    submitted.queuePosition = wholeInt(reply.value(QLatin1String("queue_position")));
    return submitted;
}

FalAnswer::Status FalAnswer::parseStatus(const QJsonObject &object)
{
    Status status;
    status.stateName = object.value(QLatin1String("status")).toString().trimmed().toUpper();
    const QString &state = status.stateName;
    if (state == QLatin1String("IN_QUEUE"))
        status.state = Status::State::Queued;
    else if (state == QLatin1String("IN_PROGRESS"))
        status.state = Status::State::InProgress;
    else if (state == QLatin1String("COMPLETED"))
        status.state = Status::State::Completed;
    else if (state == QLatin1String("FAILED") || state == QLatin1String("ERROR")
             || state == QLatin1String("CANCELED") || state == QLatin1String("CANCELLED"))
        status.state = Status::State::Failed;
    status.queuePosition = wholeInt(object.value(QLatin1String("queue_position")));
    status.error = textOf(object.value(QLatin1String("error")));
    status.errorType = textOf(object.value(QLatin1String("error_type")));

    // fal's logs are cumulative: every reply holds all lines so far.
    const QJsonArray logs = object.value(QLatin1String("logs")).toArray();
    for (const QJsonValue &entry : logs) {
        QString message;
        QString level;
        if (entry.isObject()) {
            message = entry.toObject().value(QLatin1String("message")).toString();
            level = entry.toObject().value(QLatin1String("level")).toString().trimmed();
        } else {
            message = entry.toString();
        }
        // Empty lines keep their place so that indices stay those of fal's list.
        status.logs.append(message.isEmpty() || level.isEmpty()
                               ? message
                               : QLatin1Char('[') + level + QLatin1String("] ") + message);
    }
    return status;
}

QStringList FalAnswer::imageReferences(const QJsonObject &result)
{
    QJsonArray images;
    const QJsonValue single = result.value(QLatin1String("image"));
    if (single.isObject() || single.isString())
        images.append(single);
    const QJsonArray list = result.value(QLatin1String("images")).toArray();
    for (const QJsonValue &value : list)
        images.append(value);

    QStringList references;
    for (const QJsonValue &value : std::as_const(images)) {
        const QString url = value.isObject()
                                ? value.toObject().value(QLatin1String("url")).toString().trimmed()
                                : value.toString().trimmed();
        if (!url.isEmpty())
            references.append(url);
    }
    return references;
}

std::optional<qint64> FalAnswer::seed(const QJsonObject &result)
{
    const QJsonValue seed = result.value(QLatin1String("seed"));
    if (seed.isDouble()) {
        const double number = seed.toDouble();
        // Only whole numbers qint64 can hold (2^63 itself is just outside).
        if (!std::isfinite(number) || number < -9.2233720368547758e18
            || number >= 9.2233720368547758e18)
            return std::nullopt;
        return static_cast<qint64>(number);
    }
    if (seed.isString() && !seed.toString().isEmpty()) {
        bool ok = false;
        const qint64 value = seed.toString().toLongLong(&ok);
        if (ok)
            return value;
    }
    return std::nullopt;
}

bool FalAnswer::decodeDataUri(const QString &uri, qint64 maxBytes, QByteArray *bytes)
{
    const qsizetype comma = uri.indexOf(QLatin1Char(','));
    if (!uri.startsWith(QLatin1String("data:"), Qt::CaseInsensitive) || comma < 0)
        return false;
    const QString meta = uri.mid(5, comma - 5);
    const QByteArray payload = uri.mid(comma + 1).toLatin1();
    if (payload.size() > maxBytes * 4 / 3 + 4)
        return false;
    if (meta.endsWith(QLatin1String(";base64"), Qt::CaseInsensitive)) {
        const auto decoded =
            QByteArray::fromBase64Encoding(payload, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return false;
        *bytes = decoded.decoded;
    } else {
        *bytes = QByteArray::fromPercentEncoding(payload);
    }
    return !bytes->isEmpty() && bytes->size() <= maxBytes;
}

QString FalAnswer::textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().trimmed();
    if (value.isObject() || value.isArray()) {
        const QJsonDocument document = value.isObject() ? QJsonDocument(value.toObject())
                                                        : QJsonDocument(value.toArray());
        const QString message = ApiErrorParser::falMessage(document);
        return message.isEmpty() ? QString::fromUtf8(document.toJson(QJsonDocument::Compact))
                                 : message;
    }
    if (value.isDouble())
        return QString::number(value.toDouble());
    return QString();
}
