#include "structureinputs.h"

#include "schema/modelspec.h"

QJsonObject StructureInputs::withMap(const ModelSpec &model, QJsonObject values, const QString &mapPath)
{
    const std::optional<MapInput> input = mapInput(model);
    if (!input || mapPath.isEmpty())
        return values;
    values.insert(input->imageField, mapPath);
    values.insert(input->preprocessField, false);
    return values;
}

std::optional<StructureInputs::MapInput> StructureInputs::mapInput(const ModelSpec &model)
{
    const ParameterSpec *image = model.fieldForRole(QStringLiteral("structure_image"));
    if (!image || !image->name.startsWith(QLatin1String("canny")))
        return std::nullopt;
    QString prefix = image->name;
    for (const QLatin1String suffix : {QLatin1String("_image_url"), QLatin1String("_image"), QLatin1String("_url")}) {
        if (prefix.endsWith(suffix)) {
            prefix.chop(suffix.size());
            break;
        }
    }
    const ParameterSpec *preprocess = model.field(prefix + QLatin1String("_preprocess"));
    if (!preprocess || preprocess->type != ParameterSpec::Type::Boolean)
        return std::nullopt;
    return MapInput{image->name, preprocess->name};
}
