#include "modelspec.h"

#include <QJsonArray>

const ParameterSpec *ModelSpec::field(const QString &name) const
{
    for (const ParameterSpec &spec : fields) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

const ParameterSpec *ModelSpec::fieldForRole(const QString &role) const
{
    const auto it = roles.constFind(role);
    return it == roles.constEnd() ? nullptr : field(*it);
}

QStringList ModelSpec::fieldNames() const
{
    QStringList names;
    names.reserve(fields.size());
    for (const ParameterSpec &spec : fields)
        names.append(spec.name);
    return names;
}

std::optional<double> ModelSpec::estimatedCost(int images) const
{
    if (!priceUsd)
        return std::nullopt;
    return *priceUsd * qMax(1, images);
}

QJsonObject ModelSpec::summaryJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("provider"), provider);
    o.insert(QStringLiteral("endpoint"), endpoint);
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("price"), priceUsd ? QJsonValue(*priceUsd) : QJsonValue(QJsonValue::Null));
    return o;
}

QJsonObject ModelSpec::toJson() const
{
    QJsonObject o = summaryJson();
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    QJsonArray list;
    for (const ParameterSpec &spec : fields)
        list.append(spec.toJson());
    o.insert(QStringLiteral("fields"), list);
    QJsonObject roleObject;
    for (auto it = roles.constBegin(); it != roles.constEnd(); ++it)
        roleObject.insert(it.key(), it.value());
    o.insert(QStringLiteral("roles"), roleObject);
    if (!warnings.isEmpty())
        o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(warnings));
    return o;
}

QJsonObject ModelSpec::defaultValues() const
{
    QJsonObject values;
    for (const ParameterSpec &spec : fields) {
        if (spec.hasDefault() && !spec.defaultValue.isNull())
            values.insert(spec.name, spec.defaultValue);
    }
    return values;
}

QStringList ModelSpec::knownRoles()
{
    return {QStringLiteral("prompt"),         QStringLiteral("negative_prompt"),
            QStringLiteral("structure_image"), QStringLiteral("seed"),
            QStringLiteral("strength"),        QStringLiteral("aspect_ratio"),
            QStringLiteral("num_images")};
}
