#include "freepikanswer.h"

#include <QJsonArray>

#include "imaging/imagepreparer.h"

QByteArray FreepikAnswer::decodeInlineImage(const QString &text)
{
    if (text.size() < kMinBase64Chars)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || ImagePreparer::sniffMimeType(decoded.decoded).isEmpty())
        return {};
    return decoded.decoded;
}

QString FreepikAnswer::base64OfDataUri(const QString &text)
{
    if (!ImagePreparer::isDataUri(text))
        return {};
    const qsizetype comma = text.indexOf(QLatin1Char(','));
    if (comma < 0 || !text.left(comma).endsWith(QLatin1String(";base64"), Qt::CaseInsensitive))
        return {};
    return text.mid(comma + 1);
}

FreepikAnswer::Task FreepikAnswer::parseTask(const QJsonObject &root)
{
    Task task;
    const QJsonObject data = root.value(QLatin1String("data")).isObject()
                                 ? root.value(QLatin1String("data")).toObject()
                                 : root;
    task.taskId = data.value(QLatin1String("task_id")).toString();
    task.status = data.value(QLatin1String("status")).toString().trimmed().toUpper();
    task.raw = data;

    if (task.status == QLatin1String("COMPLETED")) {
        QJsonArray rawGenerated;
        const QJsonArray generated = data.value(QLatin1String("generated")).toArray();
        for (const QJsonValue &entry : generated) {
            const QString text = entry.isObject()
                                     ? entry.toObject().value(QLatin1String("url")).toString()
                                     : entry.toString();
            Output output;
            if (ImagePreparer::isWebUrl(text)) {
                output.url = QUrl(text);
                rawGenerated.append(text);
            } else {
                const QString base64 = base64OfDataUri(text);
                output.bytes = decodeInlineImage(base64.isEmpty() ? text : base64);
                rawGenerated.append(QStringLiteral("(inline image)"));
                if (output.bytes.isEmpty()) {
                    task.unreadableOutput = true;
                    continue;
                }
            }
            task.outputs.append(output);
        }
        task.raw.insert(QLatin1String("generated"), rawGenerated);   // no megabytes of base64
    } else if (task.status == QLatin1String("FAILED")) {
        for (const QLatin1String key : {QLatin1String("error"), QLatin1String("message"),
                                        QLatin1String("reason")}) {
            task.failure = data.value(key).toString().simplified().left(kMaxFailureChars);
            if (!task.failure.isEmpty())
                break;
        }
    }
    return task;
}
