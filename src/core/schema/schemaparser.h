#pragma once

#include "modelspec.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// Turns a model description into a ModelSpec. Two inputs are understood:
//  - the app's catalog files (resources/models/*.json): {id, provider, endpoint, title, price,
//    roles, input: <JSON schema>, components: {schemas}}
//  - a fal per-endpoint OpenAPI document: the input schema is found through
//    paths[<endpoint>].post.requestBody.content["application/json"].schema.$ref.
// The JSON-Schema subset: $ref, anyOf (nullable and unions), allOf with one member, enum,
// minimum/maximum/exclusive*, minLength/maxLength, minItems/maxItems, x-fal-order-properties,
// _fal_ui_field / ui.field image hints, nested objects. Anything else becomes a Json field with
// a warning; a field is never dropped.
// The work is shared out: SchemaJson ($ref, allOf, property order), PropertyParser (one field),
// SchemaLabels (readable titles and enum labels), CatalogFile and FalOpenApi (the two document
// kinds), ModelRoles (roles, groups and seed widgets once the fields are read).
class SchemaParser
{
    Q_DECLARE_TR_FUNCTIONS(SchemaParser)

public:
    std::optional<ModelSpec> parseCatalogFile(const QJsonObject &document, QString *error) const;
    std::optional<ModelSpec> parseFalOpenApi(const QJsonObject &document, QString *error) const;

    // Either of the above, decided by the document's shape.
    std::optional<ModelSpec> parse(const QJsonObject &document, QString *error) const;
    std::optional<ModelSpec> parseBytes(const QByteArray &json, QString *error) const;

    // Converts one property schema (refs resolved against `root`). Exposed for tests.
    ParameterSpec parseProperty(const QString &name, const QJsonObject &schema,
                                const QJsonObject &root, bool required,
                                QStringList *warnings) const;

    // "num_inference_steps" -> "Num inference steps"; "16:9" -> "16:9 landscape" etc.
    static QString humanize(const QString &name);
    static QString enumLabel(const QString &field, const QJsonValue &value);

private:
    bool buildFields(ModelSpec *model, const QJsonObject &inputSchema, const QJsonObject &root,
                     QString *error) const;
};
