#pragma once

#include "modelspec.h"

#include <QList>
#include <QString>

// The words a model schema brings (the model's description, each field's title and description,
// the labels of its choices) go through the translation catalogue under the context
// "ModelSchema". lupdate finds them in a source generated from the bundled model files
// (reimagine-schema-strings); a model imported later keeps its English words where the
// catalogue has none.
namespace SchemaTranslation {

inline constexpr char kContext[] = "ModelSchema";

struct Text
{
    QString text;
    QString comment; // for the translator: which model and field it belongs to
};

// Every translatable text of `model`, in display order, empty ones left out.
QList<Text> texts(const ModelSpec &model);

// Replaces each of those texts of `model` with its translation for the installed catalogues.
void apply(ModelSpec *model);

} // namespace SchemaTranslation
