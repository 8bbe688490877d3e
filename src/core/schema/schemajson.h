#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

// Reading JSON-Schema documents: typed access to keywords, local `$ref` resolution and `allOf`
// merging, and the order of an object's properties. Shared by the property conversion and the
// model-level parsing; messages use SchemaParser's translation context.
namespace SchemaJson {

// Reference chains longer than this are reported instead of followed (cycles end here too).
constexpr int kMaxRefDepth = 32;

// o[key] as a string (empty when absent or not a string).
QString text(const QJsonObject &o, const char *key);
// o[key] when it is a number.
std::optional<double> number(const QJsonObject &o, const char *key);
std::optional<int> integer(const QJsonObject &o, const char *key);
// A whole number as an integral JSON value, so integer defaults and enum values stay integral;
// anything else (fractions, values a qint64 cannot hold) unchanged.
QJsonValue normalizeInteger(const QJsonValue &v);
// The strings of a JSON array, in order (non-strings as empty strings).
QStringList strings(const QJsonValue &array);

// Resolves "#/a/b/c" (JSON pointer, ~0 and ~1 escapes) against the document root. An empty
// object and *error set when the reference is not local or does not lead to an object.
QJsonObject resolvePointer(const QJsonObject &root, const QString &ref, QString *error);

// Follows $ref chains and flattens allOf (Freepik's style), keeping the outer keywords (title,
// default, description) over the inner ones. What cannot be resolved is a warning about `field`
// and an empty object.
QJsonObject resolve(const QJsonObject &schema, const QJsonObject &root, QStringList *warnings,
                    const QString &field, int depth = 0);

// The names of schema.properties in the order fal shows them: x-fal-order-properties first
// (names that are properties, each once), then the ones it forgets, in document order.
QStringList propertyOrder(const QJsonObject &schema);

} // namespace SchemaJson
