#pragma once

#include "structure/structuresettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

struct ModelSpec;

// A saved set of choices, portable across models. Version 1 of the file format:
// {
//   "format": "reimagine-studio-preset", "version": 1, "name": "...",
//   "intent": { "prompt_template": "{prompt}, watercolour", "negative_prompt": "...",
//               "seed_policy": "fixed" | "random" | "increment", "seed": 1234,
//               "strength": 0.7, "aspect_ratio": "16:9", "num_images": 2 },
//   "models": { "<model id>": { <exact provider values> } },
//   "structure": { <StructureSettings: clean-up and structure map, without page corners> }
// }
// The intent is mapped onto a model through its roles; exact per-model values win over it.
class Preset
{
    Q_DECLARE_TR_FUNCTIONS(Preset)

public:
    static constexpr int kFormatVersion = 1;

    QString name;
    QJsonObject intent;
    QHash<QString, QJsonObject> modelValues;
    // How sketches are cleaned up and which structure map is made; page corners belong to one
    // photo and are never kept in a preset.
    std::optional<StructureSettings> structure;

    static std::optional<Preset> fromJson(const QJsonObject &object, QString *error);
    static std::optional<Preset> load(const QString &path, QString *error);
    QJsonObject toJson() const;

    // Applies the preset to `values` for `model`. `userPrompt` fills {prompt} in the template.
    // Intent values the model has no role for are skipped silently; a value that cannot be
    // mapped (an aspect ratio with no close enum value) is skipped too.
    QJsonObject applyTo(const ModelSpec &model, QJsonObject values, const QString &userPrompt) const;

    // Picks the enum value of an aspect/size field closest to a "W:H" ratio ("16:9" ->
    // "widescreen_16_9", "landscape_16_9", "16:9"). Empty when nothing is within 10 %.
    static QString closestAspectValue(const class QJsonArray &enumValues, const QString &ratio);
};
