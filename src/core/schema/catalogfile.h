#pragma once

#include "modelspec.h"

#include <QJsonObject>
#include <QString>

// The parts of the app's own catalog files (resources/models/*.json) beyond the input schema:
// the price, the roles, mutually exclusive fields and the inputs a run needs. Each reads its
// top-level key of `document` into `model`, whose fields are already parsed.
namespace CatalogFile {

// "price": a number (USD per image) or {"usd", "by": <field>, "values": {<value>: usd}} for a
// price that depends on a field's value (negative values are ignored).
void readPrice(const QJsonObject &document, ModelSpec *model);

// "roles": {<role>: <field>}. False and *error when a role names a field the model lacks.
bool readRoles(const QJsonObject &document, ModelSpec *model, QString *error);

// "exclusive": [[a, b, ...], ...]: every named field learns the others of its group.
void readExclusive(const QJsonObject &document, ModelSpec *model);

// "needs": [[a, b], c, ...]: groups (or single names) of which a run needs one. False and
// *error when a name is not a field.
bool readNeeds(const QJsonObject &document, ModelSpec *model, QString *error);

} // namespace CatalogFile
