#include "modelspec.h"

#include <QJsonArray>

#include <algorithm>

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

std::optional<double> ModelSpec::pricePerImage(const QJsonObject &values) const
{
    if (!priceField.isEmpty() && !priceByValue.isEmpty()) {
        QJsonValue chosen = values.value(priceField);
        if (chosen.isUndefined() || chosen.isNull()) {
            if (const ParameterSpec *spec = field(priceField))
                chosen = spec->defaultValue;
        }
        const QString key = chosen.isDouble() ? QString::number(chosen.toDouble()) : chosen.toString();
        const auto it = priceByValue.constFind(key);
        if (it != priceByValue.constEnd())
            return *it;
    }
    return priceUsd;
}

int ModelSpec::imageCount(const QJsonObject &values) const
{
    const ParameterSpec *count = fieldForRole(QStringLiteral("num_images"));
    if (!count)
        return 1;
    const QJsonValue value = values.value(count->name);
    if (value.isDouble())
        return qMax(1, value.toInt(1));
    if (count->defaultValue.isDouble())
        return qMax(1, count->defaultValue.toInt(1));
    return 1;
}

std::optional<double> ModelSpec::estimatedCost(const QJsonObject &values) const
{
    const std::optional<double> price = pricePerImage(values);
    if (!price)
        return std::nullopt;
    return *price * imageCount(values);
}

std::optional<std::pair<double, double>> ModelSpec::priceRange() const
{
    if (!priceByValue.isEmpty()) {
        double low = *std::min_element(priceByValue.cbegin(), priceByValue.cend());
        double high = *std::max_element(priceByValue.cbegin(), priceByValue.cend());
        return std::make_pair(low, high);
    }
    if (priceUsd)
        return std::make_pair(*priceUsd, *priceUsd);
    return std::nullopt;
}

QJsonObject ModelSpec::summaryJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("provider"), provider);
    o.insert(QStringLiteral("endpoint"), endpoint);
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("price"), priceUsd ? QJsonValue(*priceUsd) : QJsonValue(QJsonValue::Null));
    if (!priceField.isEmpty() && !priceByValue.isEmpty()) {
        QJsonObject byValue;
        for (auto it = priceByValue.constBegin(); it != priceByValue.constEnd(); ++it)
            byValue.insert(it.key(), it.value());
        o.insert(QStringLiteral("price_by"), QJsonObject{{QStringLiteral("field"), priceField},
                                                         {QStringLiteral("values"), byValue}});
    }
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
    if (!needs.isEmpty()) {
        QJsonArray groups;
        for (const QStringList &group : needs)
            groups.append(QJsonArray::fromStringList(group));
        o.insert(QStringLiteral("needs"), groups);
    }
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
