#include "propertyparser.h"

#include "schemajson.h"
#include "schemalabels.h"
#include "schemaparser.h"

#include <QJsonArray>
#include <QList>
#include <QSet>

using SchemaJson::integer;
using SchemaJson::number;
using SchemaJson::text;

namespace {

bool hasImageHint(const QJsonObject &schema)
{
    if (text(schema, "_fal_ui_field") == QLatin1String("image"))
        return true;
    if (schema.value(QLatin1String("ui")).toObject().value(QLatin1String("field")).toString() == QLatin1String("image"))
        return true;
    return text(schema, "x-reimagine-widget") == QLatin1String("image");
}

bool looksLikeImageName(const QString &name)
{
    return name == QLatin1String("image_url") || name.endsWith(QLatin1String("_image_url"))
        || name == QLatin1String("image") || name.endsWith(QLatin1String("_image"));
}

bool isNullSchema(const QJsonObject &schema)
{
    return text(schema, "type") == QLatin1String("null");
}

bool isImageSizeObject(const QJsonObject &schema)
{
    const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
    return props.contains(QLatin1String("width")) && props.contains(QLatin1String("height"))
        && props.size() == 2;
}

bool isColorPaletteObject(const QJsonObject &schema)
{
    const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
    return props.contains(QLatin1String("members")) && props.contains(QLatin1String("name"));
}

// What the outer schema of a union says about the field: title (its own or a readable one),
// description and default.
void readUnionOuter(ParameterSpec *spec, const QJsonObject &outer)
{
    spec->title = text(outer, "title").isEmpty() ? SchemaLabels::humanize(spec->name) : text(outer, "title");
    spec->description = text(outer, "description");
    if (outer.contains(QLatin1String("default")))
        spec->defaultValue = outer.value(QLatin1String("default"));
}

} // namespace

PropertyParser::PropertyParser(const QJsonObject &root, QStringList *warnings)
    : m_root(root)
    , m_warnings(warnings)
{
}

ParameterSpec PropertyParser::parse(const QString &name, const QJsonObject &rawSchema, bool required) const
{
    ParameterSpec spec;
    spec.name = name;
    spec.required = required;

    QJsonObject schema = SchemaJson::resolve(rawSchema, m_root, m_warnings, name);
    spec.rawSchema = schema;
    if (parseUnion(&spec, &schema))
        return spec;

    readKeywords(&spec, schema);
    const QString type = typeOf(&spec, schema);
    if (type == QLatin1String("string")) {
        parseString(&spec, schema);
    } else if (type == QLatin1String("integer") || type == QLatin1String("number")) {
        parseNumber(&spec, schema, type == QLatin1String("integer"));
    } else if (type == QLatin1String("boolean")) {
        spec.type = ParameterSpec::Type::Boolean;
        spec.widget = ParameterSpec::Widget::Check;
    } else if (type == QLatin1String("array")) {
        parseArray(&spec, schema);
    } else if (type == QLatin1String("object")) {
        parseObject(&spec, schema);
    } else {
        makeJson(&spec, type.isEmpty() ? SchemaParser::tr("%1: no type given, edited as raw JSON").arg(name)
                                       : SchemaParser::tr("%1: type '%2' is edited as raw JSON").arg(name, type));
    }
    return spec;
}

bool PropertyParser::parseUnion(ParameterSpec *spec, QJsonObject *schema) const
{
    const char *unionKey = schema->contains(QLatin1String("anyOf")) ? "anyOf"
                         : schema->contains(QLatin1String("oneOf")) ? "oneOf" : nullptr;
    if (!unionKey)
        return false;
    QList<QJsonObject> members;
    for (const QJsonValue &member : schema->value(QLatin1String(unionKey)).toArray()) {
        const QJsonObject resolved = SchemaJson::resolve(member.toObject(), m_root, m_warnings, spec->name);
        if (isNullSchema(resolved))
            spec->nullable = true;
        else
            members.append(resolved);
    }
    QJsonObject outer = *schema;
    outer.remove(QLatin1String(unionKey));

    if (members.size() == 1) {
        // Nullable wrapper: the member carries the type, the outer schema the metadata.
        QJsonObject merged = members.first();
        for (auto it = outer.constBegin(); it != outer.constEnd(); ++it)
            merged.insert(it.key(), it.value());
        *schema = merged;
        return false;
    }
    const auto hasEnum = [](const QJsonObject &member) { return member.contains(QLatin1String("enum")); };
    if (members.size() == 2
        && ((isImageSizeObject(members.at(0)) && hasEnum(members.at(1)))
            || (isImageSizeObject(members.at(1)) && hasEnum(members.at(0))))) {
        const bool sizeFirst = isImageSizeObject(members.at(0));
        parseImageSizeUnion(spec, members.at(sizeFirst ? 0 : 1), members.at(sizeFirst ? 1 : 0));
        readUnionOuter(spec, outer);
        return true;
    }
    makeJson(spec, SchemaParser::tr("%1: union of %2 types is edited as raw JSON").arg(spec->name).arg(members.size()));
    readUnionOuter(spec, outer);
    return true;
}

// ImageSize-or-preset: a preset combo with a custom width/height entry.
void PropertyParser::parseImageSizeUnion(ParameterSpec *spec, const QJsonObject &sizeSchema,
                                         const QJsonObject &presets) const
{
    spec->type = ParameterSpec::Type::Object;
    spec->widget = ParameterSpec::Widget::ImageSize;
    spec->enumValues = presets.value(QLatin1String("enum")).toArray();
    for (const QJsonValue &v : std::as_const(spec->enumValues))
        spec->enumLabels.append(SchemaLabels::enumLabel(v));
    const QJsonObject props = sizeSchema.value(QLatin1String("properties")).toObject();
    QStringList childOrder = SchemaJson::strings(sizeSchema.value(QLatin1String("x-fal-order-properties")));
    if (childOrder.isEmpty())
        childOrder = QStringList{QStringLiteral("width"), QStringLiteral("height")};
    for (const QString &child : std::as_const(childOrder))
        spec->children.append(parse(child, props.value(child).toObject(), true));
}

void PropertyParser::readKeywords(ParameterSpec *spec, const QJsonObject &schema)
{
    // fal titles are generated from the key ("Num Inference Steps"); prefer our readable labels.
    spec->title = SchemaLabels::title(spec->name, text(schema, "title"));
    spec->description = text(schema, "description");
    if (schema.contains(QLatin1String("default")))
        spec->defaultValue = schema.value(QLatin1String("default"));
    if (schema.value(QLatin1String("nullable")).toBool())
        spec->nullable = true;

    spec->minimum = number(schema, "minimum");
    spec->maximum = number(schema, "maximum");
    // Draft 6+ numeric exclusive bounds, and the boolean draft 4 form.
    if (const auto exMin = schema.value(QLatin1String("exclusiveMinimum")); exMin.isDouble()) {
        spec->minimum = exMin.toDouble();
        spec->exclusiveMinimum = true;
    } else if (exMin.isBool()) {
        spec->exclusiveMinimum = exMin.toBool();
    }
    if (const auto exMax = schema.value(QLatin1String("exclusiveMaximum")); exMax.isDouble()) {
        spec->maximum = exMax.toDouble();
        spec->exclusiveMaximum = true;
    } else if (exMax.isBool()) {
        spec->exclusiveMaximum = exMax.toBool();
    }
    spec->minLength = integer(schema, "minLength");
    spec->maxLength = integer(schema, "maxLength");
    spec->minItems = integer(schema, "minItems");
    spec->maxItems = integer(schema, "maxItems");
    spec->pattern = text(schema, "pattern");
    spec->role = text(schema, "x-reimagine-role");
}

QString PropertyParser::typeOf(ParameterSpec *spec, const QJsonObject &schema)
{
    QString type = text(schema, "type");
    if (type.isEmpty() && schema.value(QLatin1String("type")).isArray()) {
        // ["string", "null"]
        for (const QJsonValue &t : schema.value(QLatin1String("type")).toArray()) {
            if (t.toString() == QLatin1String("null"))
                spec->nullable = true;
            else
                type = t.toString();
        }
    }
    if (type.isEmpty() && schema.contains(QLatin1String("enum")))
        type = QStringLiteral("string");
    if (type.isEmpty() && schema.contains(QLatin1String("properties")))
        type = QStringLiteral("object");
    return type;
}

void PropertyParser::fillEnum(ParameterSpec *spec, const QJsonObject &schema, bool integral)
{
    const QJsonArray enumValues = schema.value(QLatin1String("enum")).toArray();
    const QJsonArray explicitLabels = schema.value(QLatin1String("x-reimagine-enum-labels")).toArray();
    for (int i = 0; i < enumValues.size(); ++i) {
        const QJsonValue v = integral ? SchemaJson::normalizeInteger(enumValues.at(i)) : enumValues.at(i);
        spec->enumValues.append(v);
        spec->enumLabels.append(i < explicitLabels.size() ? explicitLabels.at(i).toString()
                                                         : SchemaLabels::enumLabel(v));
    }
}

void PropertyParser::parseString(ParameterSpec *spec, const QJsonObject &schema) const
{
    const QString &name = spec->name;
    const bool hasEnum = !schema.value(QLatin1String("enum")).toArray().isEmpty();
    const bool isImage = hasImageHint(schema)
        || (looksLikeImageName(name) && !hasEnum)
        || (text(schema, "format") == QLatin1String("byte") && name.contains(QLatin1String("image")));
    if (isImage) {
        spec->type = ParameterSpec::Type::Image;
        spec->widget = ParameterSpec::Widget::ImageDrop;
        spec->imageEncoding = text(schema, "contentEncoding") == QLatin1String("base64")
                              || text(schema, "format") == QLatin1String("byte")
            ? QStringLiteral("base64") : QStringLiteral("url");
        // An empty-string default means "no image": not a value to send.
        if (spec->defaultValue.toString().isEmpty())
            spec->defaultValue = QJsonValue(QJsonValue::Undefined);
    } else if (hasEnum) {
        spec->type = ParameterSpec::Type::String;
        spec->widget = ParameterSpec::Widget::Combo;
        fillEnum(spec, schema, false);
    } else {
        spec->type = ParameterSpec::Type::String;
        const bool multiLine = name.contains(QLatin1String("prompt"))
            || text(schema, "x-reimagine-widget") == QLatin1String("prompt");
        spec->widget = multiLine ? ParameterSpec::Widget::Prompt : ParameterSpec::Widget::LineEdit;
    }
}

void PropertyParser::parseNumber(ParameterSpec *spec, const QJsonObject &schema, bool integral) const
{
    spec->type = integral ? ParameterSpec::Type::Integer : ParameterSpec::Type::Number;
    if (integral && spec->hasDefault())
        spec->defaultValue = SchemaJson::normalizeInteger(spec->defaultValue);
    if (!schema.value(QLatin1String("enum")).toArray().isEmpty()) {
        spec->widget = ParameterSpec::Widget::Combo;
        fillEnum(spec, schema, integral);
    } else if (spec->name == QLatin1String("seed") || spec->role == QLatin1String("seed")) {
        spec->widget = ParameterSpec::Widget::Seed;
    } else if (spec->isBounded() && (!integral || *spec->maximum - *spec->minimum <= 10000)) {
        spec->widget = ParameterSpec::Widget::Slider;
    } else {
        spec->widget = ParameterSpec::Widget::SpinBox;
    }
}

void PropertyParser::parseArray(ParameterSpec *spec, const QJsonObject &schema) const
{
    const QString &name = spec->name;
    const QJsonObject items = SchemaJson::resolve(schema.value(QLatin1String("items")).toObject(),
                                                  m_root, m_warnings, name);
    const QString itemType = text(items, "type");
    if (hasImageHint(items) || hasImageHint(schema)
        || (itemType == QLatin1String("string") && name.endsWith(QLatin1String("image_urls")))) {
        spec->type = ParameterSpec::Type::ImageList;
        spec->widget = ParameterSpec::Widget::ImageList;
        spec->imageEncoding = QStringLiteral("url");
    } else if (itemType == QLatin1String("string") || itemType == QLatin1String("integer")
               || itemType == QLatin1String("number")) {
        spec->type = ParameterSpec::Type::Array;
        spec->widget = ParameterSpec::Widget::StringList;
        spec->itemType = itemType;
        if (spec->pattern.isEmpty())
            spec->pattern = text(items, "pattern");
        if (!spec->minLength)
            spec->minLength = integer(items, "minLength");
        if (!spec->maxLength)
            spec->maxLength = integer(items, "maxLength");
    } else {
        makeJson(spec, SchemaParser::tr("%1: list of %2 is edited as raw JSON")
                           .arg(name, itemType.isEmpty() ? SchemaParser::tr("unknown items") : itemType));
    }
}

void PropertyParser::parseObject(ParameterSpec *spec, const QJsonObject &schema) const
{
    spec->type = ParameterSpec::Type::Object;
    const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
    const QStringList required = SchemaJson::strings(schema.value(QLatin1String("required")));
    QStringList childWarnings;
    const PropertyParser children(m_root, &childWarnings);
    for (const QString &child : SchemaJson::propertyOrder(schema))
        spec->children.append(children.parse(child, props.value(child).toObject(), required.contains(child)));
    // The palette editor knows its members list; elsewhere what the children could not map
    // is reported.
    if (!isColorPaletteObject(schema))
        *m_warnings += childWarnings;
    if (isImageSizeObject(schema))
        spec->widget = ParameterSpec::Widget::ImageSize;
    else if (isColorPaletteObject(schema))
        spec->widget = ParameterSpec::Widget::ColorPalette;
    else
        spec->widget = ParameterSpec::Widget::JsonEdit;
}

void PropertyParser::makeJson(ParameterSpec *spec, const QString &warning) const
{
    m_warnings->append(warning);
    spec->type = ParameterSpec::Type::Json;
    spec->widget = ParameterSpec::Widget::JsonEdit;
}
