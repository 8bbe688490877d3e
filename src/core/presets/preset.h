#pragma once

#include "structure/structuresettings.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

class ModelCatalog;
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
    static constexpr qint64 kMaxFileBytes = 4 * 1024 * 1024; // larger is not a preset

    QString name;
    QJsonObject intent;
    QHash<QString, QJsonObject> modelValues;
    // How sketches are cleaned up and which structure map is made; page corners belong to one
    // photo and are never kept in a preset.
    std::optional<StructureSettings> structure;

    static std::optional<Preset> fromJson(const QJsonObject &object, QString *error);
    static std::optional<Preset> load(const QString &path, QString *error);
    QJsonObject toJson() const;

    // A preset chooses settings, never which file gets uploaded: removes the image fields
    // (single images and image lists) from the exact per-model values, and the values of
    // models the catalog does not know (their fields cannot be told apart). Returns a note for
    // each removal ("Bria Reimagine 3.2: Canny image was ignored ..."); empty when nothing was.
    QStringList dropFileFields(const ModelCatalog &catalog);
    // The fields of `model` a preset never sets: images and image lists.
    static bool isFileField(const struct ParameterSpec &field);

    // Applies the preset to `values` for `model`. `userPrompt` fills {prompt} in the template.
    // Intent values the model has no role for are skipped silently; a value that cannot be
    // mapped (an aspect ratio with no close enum value) is skipped too. Image fields in the exact
    // values are never applied.
    QJsonObject applyTo(const ModelSpec &model, QJsonObject values, const QString &userPrompt) const;
    // What applyTo() does for `model`, in words, when part of the preset does not apply:
    // "Applied to Bria Reimagine 3.2: prompt, seed. Not applied: strength (no such setting),
    // the exact values saved for Ideogram V3 Remix." Empty when everything applied. `catalog`
    // names other models (may be null: their ids are used).
    QString applicationNote(const ModelSpec &model, const ModelCatalog *catalog) const;

    // Picks the enum value of an aspect/size field closest to a "W:H" ratio ("16:9" ->
    // "widescreen_16_9", "landscape_16_9", "16:9"). Empty when nothing is within 10 %.
    static QString closestAspectValue(const class QJsonArray &enumValues, const QString &ratio);
    // The same without the 10 % limit: the nearest value there is (a panorama on a model that
    // offers 16:9 at most gets 16:9). Empty when no value names a ratio.
    static QString nearestAspectValue(const class QJsonArray &enumValues, const QString &ratio);
    // Width / height named by an aspect value ("16:9", "landscape_16_9", "portrait_4_3",
    // "square_hd"); unset when the value names no ratio.
    static std::optional<double> ratioOf(const QString &value);
};
