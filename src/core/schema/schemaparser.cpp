#include "schemaparser.h"

#include "catalogfile.h"
#include "falopenapi.h"
#include "modelroles.h"
#include "propertyparser.h"
#include "schemajson.h"
#include "schemalabels.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using SchemaJson::text;

QString SchemaParser::humanize(const QString &name)
{
    return SchemaLabels::humanize(name);
}

QString SchemaParser::enumLabel(const QString &field, const QJsonValue &value)
{
    Q_UNUSED(field)
    return SchemaLabels::enumLabel(value);
}

ParameterSpec SchemaParser::parseProperty(const QString &name, const QJsonObject &schema,
                                          const QJsonObject &root, bool required,
                                          QStringList *warnings) const
{
    return PropertyParser(root, warnings).parse(name, schema, required);
}

std::optional<ModelSpec> SchemaParser::parseCatalogFile(const QJsonObject &document, QString *error) const
{
    ModelSpec model;
    model.id = text(document, "id");
    model.provider = text(document, "provider");
    model.endpoint = text(document, "endpoint");
    model.title = text(document, "title");
    model.description = text(document, "description");
    for (const char *key : {"id", "provider", "endpoint", "title"}) {
        if (text(document, key).isEmpty()) {
            *error = tr("the model file has no '%1'").arg(QLatin1String(key));
            return std::nullopt;
        }
    }
    CatalogFile::readPrice(document, &model);

    const QJsonObject input = document.value(QLatin1String("input")).toObject();
    if (input.isEmpty()) {
        *error = tr("the model file has no 'input' schema");
        return std::nullopt;
    }
    if (!buildFields(&model, input, document, error) || !CatalogFile::readRoles(document, &model, error))
        return std::nullopt;
    CatalogFile::readExclusive(document, &model);
    if (!CatalogFile::readNeeds(document, &model, error))
        return std::nullopt;
    ModelRoles::complete(&model);
    return model;
}

bool SchemaParser::buildFields(ModelSpec *model, const QJsonObject &inputSchema,
                               const QJsonObject &root, QString *error) const
{
    QStringList warnings;
    const QJsonObject input = SchemaJson::resolve(inputSchema, root, &warnings, QStringLiteral("input"));
    const QJsonObject props = input.value(QLatin1String("properties")).toObject();
    if (props.isEmpty()) {
        *error = tr("the input schema has no properties");
        return false;
    }
    const QStringList required = SchemaJson::strings(input.value(QLatin1String("required")));
    const PropertyParser parser(root, &warnings);
    // Properties the order list forgets are still fields: appended in document order.
    for (const QString &name : SchemaJson::propertyOrder(input)) {
        const QJsonObject propSchema = props.value(name).toObject();
        ParameterSpec spec = parser.parse(name, propSchema, required.contains(name));
        spec.group = text(propSchema, "x-reimagine-group");
        model->fields.append(spec);
    }
    model->warnings += warnings;
    return true;
}

std::optional<ModelSpec> SchemaParser::parseFalOpenApi(const QJsonObject &document, QString *error) const
{
    const QString submitPath = FalOpenApi::submitPath(document);
    if (submitPath.isEmpty()) {
        *error = tr("the OpenAPI document has no submit (POST) path");
        return std::nullopt;
    }
    const QJsonObject inputSchema = FalOpenApi::inputSchema(document, submitPath);
    if (inputSchema.isEmpty()) {
        *error = tr("the POST %1 has no application/json request body schema").arg(submitPath);
        return std::nullopt;
    }

    ModelSpec model;
    model.provider = QStringLiteral("fal");
    model.endpoint = FalOpenApi::endpointId(document, submitPath);
    model.id = QStringLiteral("fal:") + model.endpoint;
    model.title = FalOpenApi::title(document, model.endpoint);
    model.description = text(document.value(QLatin1String("info")).toObject(), "description");
    if (!buildFields(&model, inputSchema, document, error))
        return std::nullopt;
    ModelRoles::complete(&model);
    return model;
}

std::optional<ModelSpec> SchemaParser::parse(const QJsonObject &document, QString *error) const
{
    if (document.contains(QLatin1String("openapi")) || document.contains(QLatin1String("paths")))
        return parseFalOpenApi(document, error);
    return parseCatalogFile(document, error);
}

std::optional<ModelSpec> SchemaParser::parseBytes(const QByteArray &json, QString *error) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = tr("the document is not a JSON object");
        return std::nullopt;
    }
    return parse(doc.object(), error);
}
