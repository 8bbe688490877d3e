#include "parameterspec.h"

namespace {

struct TypeName
{
    ParameterSpec::Type type;
    const char *name;
};

constexpr TypeName kTypeNames[] = {
    {ParameterSpec::Type::String, "string"},     {ParameterSpec::Type::Integer, "integer"},
    {ParameterSpec::Type::Number, "number"},     {ParameterSpec::Type::Boolean, "boolean"},
    {ParameterSpec::Type::Image, "image"},       {ParameterSpec::Type::ImageList, "image_list"},
    {ParameterSpec::Type::Object, "object"},     {ParameterSpec::Type::Array, "array"},
    {ParameterSpec::Type::Json, "json"},
};

} // namespace

QString ParameterSpec::typeName(Type type)
{
    for (const auto &entry : kTypeNames) {
        if (entry.type == type)
            return QLatin1String(entry.name);
    }
    return QStringLiteral("json");
}

std::optional<ParameterSpec::Type> ParameterSpec::typeFromName(const QString &name)
{
    for (const auto &entry : kTypeNames) {
        if (name == QLatin1String(entry.name))
            return entry.type;
    }
    return std::nullopt;
}

QString ParameterSpec::widgetName(Widget widget)
{
    switch (widget) {
    case Widget::LineEdit: return QStringLiteral("line_edit");
    case Widget::Prompt: return QStringLiteral("prompt");
    case Widget::Slider: return QStringLiteral("slider");
    case Widget::SpinBox: return QStringLiteral("spin_box");
    case Widget::Seed: return QStringLiteral("seed");
    case Widget::Combo: return QStringLiteral("combo");
    case Widget::Check: return QStringLiteral("check");
    case Widget::ImageDrop: return QStringLiteral("image");
    case Widget::ImageList: return QStringLiteral("image_list");
    case Widget::ImageSize: return QStringLiteral("image_size");
    case Widget::ColorPalette: return QStringLiteral("color_palette");
    case Widget::StringList: return QStringLiteral("string_list");
    case Widget::JsonEdit: return QStringLiteral("json");
    }
    return QStringLiteral("json");
}

QJsonObject ParameterSpec::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("title"), title);
    o.insert(QStringLiteral("type"), typeName(type));
    o.insert(QStringLiteral("required"), required);
    if (nullable)
        o.insert(QStringLiteral("nullable"), true);
    if (hasDefault())
        o.insert(QStringLiteral("default"), defaultValue);
    if (minimum)
        o.insert(QStringLiteral("minimum"), *minimum);
    if (maximum)
        o.insert(QStringLiteral("maximum"), *maximum);
    if (exclusiveMinimum)
        o.insert(QStringLiteral("exclusive_minimum"), true);
    if (exclusiveMaximum)
        o.insert(QStringLiteral("exclusive_maximum"), true);
    if (minLength)
        o.insert(QStringLiteral("min_length"), *minLength);
    if (maxLength)
        o.insert(QStringLiteral("max_length"), *maxLength);
    if (minItems)
        o.insert(QStringLiteral("min_items"), *minItems);
    if (maxItems)
        o.insert(QStringLiteral("max_items"), *maxItems);
    if (!pattern.isEmpty())
        o.insert(QStringLiteral("pattern"), pattern);
    if (!enumValues.isEmpty()) {
        o.insert(QStringLiteral("enum"), enumValues);
        o.insert(QStringLiteral("enum_labels"), QJsonArray::fromStringList(enumLabels));
    }
    if (!itemType.isEmpty())
        o.insert(QStringLiteral("item_type"), itemType);
    o.insert(QStringLiteral("widget"), widgetName(widget));
    if (!role.isEmpty())
        o.insert(QStringLiteral("role"), role);
    o.insert(QStringLiteral("group"), group);
    if (!imageEncoding.isEmpty())
        o.insert(QStringLiteral("image_encoding"), imageEncoding);
    if (!exclusiveWith.isEmpty())
        o.insert(QStringLiteral("exclusive_with"), QJsonArray::fromStringList(exclusiveWith));
    if (!children.isEmpty()) {
        QJsonArray fields;
        for (const ParameterSpec &child : children)
            fields.append(child.toJson());
        o.insert(QStringLiteral("fields"), fields);
    }
    if (!description.isEmpty())
        o.insert(QStringLiteral("description"), description);
    return o;
}
