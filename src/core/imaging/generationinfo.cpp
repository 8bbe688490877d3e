#include "generationinfo.h"

#include "model/jobtypes.h"
#include "pngmetadata.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QUrl>

namespace {

QString portableImageName(const QString &value)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return text;
    if (text.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
        return QStringLiteral("(inline image)");
    if (text.contains(QLatin1String("://"))) {
        const QUrl url(text);
        return url.isValid() ? url.fileName() : QString();
    }
    return QFileInfo(text.startsWith(QLatin1String("file:")) ? QUrl(text).toLocalFile() : text).fileName();
}

} // namespace

QJsonObject GenerationInfo::portableInputs(const ModelSpec &model, const QJsonObject &values)
{
    QJsonObject portable = values;
    for (const ParameterSpec &field : model.fields) {
        const QJsonValue value = values.value(field.name);
        if (field.type == ParameterSpec::Type::Image && value.isString()) {
            portable.insert(field.name, portableImageName(value.toString()));
        } else if (field.type == ParameterSpec::Type::ImageList && value.isArray()) {
            QJsonArray names;
            for (const QJsonValue &item : value.toArray())
                names.append(item.isString() ? QJsonValue(portableImageName(item.toString())) : item);
            portable.insert(field.name, names);
        }
    }
    return portable;
}

GenerationInfo GenerationInfo::describe(const ModelSpec &model, const QJsonObject &values, const JobOutcome &outcome,
                                        std::optional<double> costUsd, qint64 elapsedMs, const QDateTime &created)
{
    GenerationInfo info;
    info.provider = model.provider;
    info.model = model.id;
    info.endpoint = model.endpoint;
    info.requestId = outcome.requestId;
    const ParameterSpec *seedField = model.fieldForRole(QStringLiteral("seed"));
    info.seed = outcome.seedUsed(values, seedField ? seedField->name : QString());
    info.costUsd = costUsd;
    info.elapsedMs = elapsedMs;
    info.created = created.isValid() ? created.toUTC() : QDateTime::currentDateTimeUtc();
    info.inputs = portableInputs(model, values);
    return info;
}

QString GenerationInfo::prompt() const
{
    return inputs.value(QLatin1String("prompt")).toString();
}

QString GenerationInfo::negativePrompt() const
{
    return inputs.value(QLatin1String("negative_prompt")).toString();
}

QJsonObject GenerationInfo::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("version"), PngMetadata::FormatVersion);
    o.insert(QLatin1String("provider"), provider);
    o.insert(QLatin1String("model"), model);
    o.insert(QLatin1String("endpoint"), endpoint);
    o.insert(QLatin1String("request_id"), requestId);
    o.insert(QLatin1String("seed"), seed ? QJsonValue(*seed) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("cost_usd"), costUsd ? QJsonValue(*costUsd) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("elapsed_ms"), elapsedMs);
    o.insert(QLatin1String("created"), created.isValid()
                 ? QJsonValue(created.toUTC().toString(Qt::ISODateWithMs))
                 : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("inputs"), inputs);
    return o;
}

std::optional<GenerationInfo> GenerationInfo::fromJson(const QJsonObject &o, QString *error)
{
    const QJsonValue version = o.value(QLatin1String("version"));
    if (!version.isDouble() || version.toInteger() < 1) {
        if (error)
            *error = PngMetadata::tr("The metadata has no valid format version.");
        return std::nullopt;
    }
    GenerationInfo info;
    info.provider = o.value(QLatin1String("provider")).toString();
    info.model = o.value(QLatin1String("model")).toString();
    info.endpoint = o.value(QLatin1String("endpoint")).toString();
    info.requestId = o.value(QLatin1String("request_id")).toString();
    const QJsonValue seed = o.value(QLatin1String("seed"));
    if (seed.isDouble())
        info.seed = seed.toInteger();
    const QJsonValue cost = o.value(QLatin1String("cost_usd"));
    if (cost.isDouble())
        info.costUsd = cost.toDouble();
    info.elapsedMs = o.value(QLatin1String("elapsed_ms")).toInteger();
    const QString created = o.value(QLatin1String("created")).toString();
    if (!created.isEmpty())
        info.created = QDateTime::fromString(created, Qt::ISODateWithMs);
    info.inputs = o.value(QLatin1String("inputs")).toObject();
    return info;
}

bool operator==(const GenerationInfo &a, const GenerationInfo &b)
{
    return a.provider == b.provider && a.model == b.model && a.endpoint == b.endpoint
        && a.requestId == b.requestId && a.seed == b.seed && a.costUsd == b.costUsd
        && a.elapsedMs == b.elapsedMs && a.created == b.created && a.inputs == b.inputs;
}
