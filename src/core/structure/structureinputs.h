#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

struct ModelSpec;

// Which models accept a locally made structure map. A model does when its structure image field
// is a canny input (`canny_image_url`, `canny_image`, ...) with a boolean `<prefix>_preprocess`
// beside it, as Bria Reimagine's `canny_image_url` + `canny_preprocess`: with preprocessing off
// the model takes the image as its edge map. Every other model derives its own structure from
// the sketch. Depth inputs are left to the provider (there is no local depth model).
class StructureInputs
{
public:
    struct MapInput
    {
        QString imageField;        // "canny_image_url"
        QString preprocessField;   // "canny_preprocess"
    };

    static std::optional<MapInput> mapInput(const ModelSpec &model);
    static bool acceptsMap(const ModelSpec &model) { return mapInput(model).has_value(); }

    // `values` with `mapPath` in the map field and preprocessing off; unchanged for models that
    // take no map.
    static QJsonObject withMap(const ModelSpec &model, QJsonObject values, const QString &mapPath);
};
