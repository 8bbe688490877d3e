#include "falopenapi.h"

namespace {

QJsonObject objectAt(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toObject();
}

QString metadataEndpoint(const QJsonObject &document)
{
    return objectAt(objectAt(document, "info"), "x-fal-metadata").value(QLatin1String("endpointId")).toString();
}

} // namespace

namespace FalOpenApi {

QString submitPath(const QJsonObject &document)
{
    const QJsonObject paths = objectAt(document, "paths");
    const QString endpoint = metadataEndpoint(document);
    for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
        if (it.key().contains(QLatin1String("/requests/")))
            continue;
        if (it.value().toObject().contains(QLatin1String("post"))
            && (endpoint.isEmpty() || it.key() == u'/' + endpoint))
            return it.key();
    }
    return {};
}

QString endpointId(const QJsonObject &document, const QString &submitPath)
{
    const QString endpoint = metadataEndpoint(document);
    return endpoint.isEmpty() ? submitPath.mid(1) : endpoint;
}

QJsonObject inputSchema(const QJsonObject &document, const QString &submitPath)
{
    const QJsonObject operation = objectAt(document, "paths").value(submitPath).toObject();
    const QJsonObject body = objectAt(objectAt(operation, "post"), "requestBody");
    return objectAt(objectAt(objectAt(body, "content"), "application/json"), "schema");
}

QString title(const QJsonObject &document, const QString &endpoint)
{
    const QString given = objectAt(document, "info").value(QLatin1String("title")).toString();
    if (given.isEmpty() || given == QLatin1String("Queue OpenAPI for ") + endpoint)
        return endpoint;
    return given;
}

} // namespace FalOpenApi
