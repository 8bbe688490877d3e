#pragma once

#include "modelspec.h"

#include <QString>

// What a parsed model's fields mean and where the form shows them, when the document does not
// say: roles guessed from the field names, the structure image chosen among the image fields,
// seed widgets, and the form group (basic, structure, advanced) of each field.
namespace ModelRoles {

// The portable role a field name usually has ("num_results" -> "num_images"); empty when none.
QString guessRole(const QString &name);

// "basic", "structure" or "advanced" for a field without x-reimagine-group.
QString defaultGroup(const ParameterSpec &spec);

// Completes `model` after its fields are read: roles the document did not name are guessed,
// every field learns its role, seeds get the seed widget and fields without a group get theirs.
void complete(ModelSpec *model);

} // namespace ModelRoles
