#include "catalogfile.h"

#include "schemaparser.h"

#include <QJsonArray>

namespace CatalogFile {

void readPrice(const QJsonObject &document, ModelSpec *model)
{
    const QJsonValue price = document.value(QLatin1String("price"));
    if (price.isObject() && price.toObject().value(QLatin1String("usd")).isDouble())
        model->priceUsd = price.toObject().value(QLatin1String("usd")).toDouble();
    else if (price.isDouble())
        model->priceUsd = price.toDouble();
    if (price.isObject()) {
        // {"usd": 0.06, "by": "rendering_speed", "values": {"TURBO": 0.03, ...}}
        const QJsonObject object = price.toObject();
        const QString by = object.value(QLatin1String("by")).toString();
        const QJsonObject values = object.value(QLatin1String("values")).toObject();
        for (auto it = values.constBegin(); !by.isEmpty() && it != values.constEnd(); ++it) {
            if (it.value().isDouble() && it.value().toDouble() >= 0)
                model->priceByValue.insert(it.key(), it.value().toDouble());
        }
        if (!model->priceByValue.isEmpty())
            model->priceField = by;
    }
}

bool readRoles(const QJsonObject &document, ModelSpec *model, QString *error)
{
    const QJsonObject roles = document.value(QLatin1String("roles")).toObject();
    for (auto it = roles.constBegin(); it != roles.constEnd(); ++it) {
        const QString fieldName = it.value().toString();
        if (!model->field(fieldName)) {
            *error = SchemaParser::tr("role '%1' names the unknown field '%2'").arg(it.key(), fieldName);
            return false;
        }
        model->roles.insert(it.key(), fieldName);
    }
    return true;
}

void readExclusive(const QJsonObject &document, ModelSpec *model)
{
    for (const QJsonValue &pair : document.value(QLatin1String("exclusive")).toArray()) {
        const QJsonArray names = pair.toArray();
        for (const QJsonValue &a : names) {
            for (const QJsonValue &b : names) {
                if (a == b)
                    continue;
                for (ParameterSpec &spec : model->fields) {
                    if (spec.name == a.toString() && !spec.exclusiveWith.contains(b.toString()))
                        spec.exclusiveWith.append(b.toString());
                }
            }
        }
    }
}

bool readNeeds(const QJsonObject &document, ModelSpec *model, QString *error)
{
    for (const QJsonValue &group : document.value(QLatin1String("needs")).toArray()) {
        QStringList names;
        const QJsonArray items = group.isArray() ? group.toArray() : QJsonArray{group};
        for (const QJsonValue &name : items) {
            if (!model->field(name.toString())) {
                *error = SchemaParser::tr("'needs' names the unknown field '%1'").arg(name.toString());
                return false;
            }
            names.append(name.toString());
        }
        if (!names.isEmpty())
            model->needs.append(names);
    }
    return true;
}

} // namespace CatalogFile
