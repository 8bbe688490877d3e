#pragma once

#include <QJsonObject>
#include <QString>

// Finding the model in a fal per-endpoint OpenAPI document ("Queue OpenAPI for <endpoint>").
namespace FalOpenApi {

// The submit path: the POST path that is not a /requests/ sub-resource, "/<endpointId>" when
// info.x-fal-metadata names the endpoint. Empty when there is none.
QString submitPath(const QJsonObject &document);

// The endpoint id: info.x-fal-metadata.endpointId, else the submit path without its "/".
QString endpointId(const QJsonObject &document, const QString &submitPath);

// paths[submitPath].post.requestBody.content["application/json"].schema (empty when missing).
QJsonObject inputSchema(const QJsonObject &document, const QString &submitPath);

// info.title, unless it is missing or fal's generic "Queue OpenAPI for <endpoint>": then the
// endpoint id.
QString title(const QJsonObject &document, const QString &endpoint);

} // namespace FalOpenApi
