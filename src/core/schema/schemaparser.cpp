#include "schemaparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace {

constexpr int kMaxRefDepth = 32;

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

// Resolves "#/a/b/c" against the document root. Returns an empty object when it cannot.
QJsonObject resolvePointer(const QJsonObject &root, const QString &ref, QString *error)
{
    if (!ref.startsWith(QLatin1String("#/"))) {
        *error = SchemaParser::tr("only local references are supported, got '%1'").arg(ref);
        return {};
    }
    QJsonValue current = root;
    const QStringList parts = ref.mid(2).split(u'/');
    for (QString part : parts) {
        part.replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"));
        if (!current.isObject()) {
            *error = SchemaParser::tr("reference '%1' does not resolve").arg(ref);
            return {};
        }
        current = current.toObject().value(part);
    }
    if (!current.isObject()) {
        *error = SchemaParser::tr("reference '%1' does not resolve").arg(ref);
        return {};
    }
    return current.toObject();
}

// Follows $ref chains and flattens single-member allOf (Freepik's style), keeping the outer
// keywords (title, default, description) over the inner ones.
QJsonObject resolve(const QJsonObject &schema, const QJsonObject &root, QStringList *warnings,
                    const QString &field, int depth = 0)
{
    if (depth > kMaxRefDepth) {
        warnings->append(SchemaParser::tr("%1: reference chain too deep").arg(field));
        return {};
    }
    QJsonObject out = schema;
    if (schema.contains(QLatin1String("$ref"))) {
        QString error;
        QJsonObject target = resolvePointer(root, str(schema, "$ref"), &error);
        if (!error.isEmpty()) {
            warnings->append(QStringLiteral("%1: %2").arg(field, error));
            return {};
        }
        target = resolve(target, root, warnings, field, depth + 1);
        out.remove(QLatin1String("$ref"));
        for (auto it = out.constBegin(); it != out.constEnd(); ++it)
            target.insert(it.key(), it.value());
        out = target;
    }
    if (out.contains(QLatin1String("allOf"))) {
        const QJsonArray parts = out.value(QLatin1String("allOf")).toArray();
        out.remove(QLatin1String("allOf"));
        QJsonObject merged;
        for (const QJsonValue &part : parts) {
            const QJsonObject resolved = resolve(part.toObject(), root, warnings, field, depth + 1);
            for (auto it = resolved.constBegin(); it != resolved.constEnd(); ++it)
                merged.insert(it.key(), it.value());
        }
        for (auto it = out.constBegin(); it != out.constEnd(); ++it)
            merged.insert(it.key(), it.value());
        out = merged;
    }
    return out;
}

bool hasImageHint(const QJsonObject &schema)
{
    if (str(schema, "_fal_ui_field") == QLatin1String("image"))
        return true;
    if (schema.value(QLatin1String("ui")).toObject().value(QLatin1String("field")).toString() == QLatin1String("image"))
        return true;
    return str(schema, "x-reimagine-widget") == QLatin1String("image");
}

bool looksLikeImageName(const QString &name)
{
    return name == QLatin1String("image_url") || name.endsWith(QLatin1String("_image_url"))
        || name == QLatin1String("image") || name.endsWith(QLatin1String("_image"));
}

bool isNullSchema(const QJsonObject &schema)
{
    return str(schema, "type") == QLatin1String("null");
}

std::optional<double> number(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return v.toDouble();
    return std::nullopt;
}

std::optional<int> integer(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return v.toInt();
    return std::nullopt;
}

// JSON numbers are doubles; keep integral defaults and enum values integral for integer fields.
// Only whole numbers a qint64 can hold are converted (2^63 itself is just outside): converting
// 1e300 was undefined behaviour.
QJsonValue normalizeInteger(const QJsonValue &v)
{
    const double d = v.toDouble();
    if (v.isDouble() && std::floor(d) == d && d >= -9223372036854775808.0
        && d < 9223372036854775808.0)
        return QJsonValue(static_cast<qint64>(d));
    return v;
}

const QHash<QString, QString> &knownTitles()
{
    static const QHash<QString, QString> titles = {
        {QStringLiteral("prompt"), QStringLiteral("Prompt")},
        {QStringLiteral("negative_prompt"), QStringLiteral("Negative prompt")},
        {QStringLiteral("num_inference_steps"), QStringLiteral("Steps")},
        {QStringLiteral("guidance_scale"), QStringLiteral("Guidance")},
        {QStringLiteral("num_images"), QStringLiteral("Images")},
        {QStringLiteral("image_size"), QStringLiteral("Size")},
        {QStringLiteral("image_url"), QStringLiteral("Image")},
        {QStringLiteral("image_urls"), QStringLiteral("Reference images")},
        {QStringLiteral("seed"), QStringLiteral("Seed")},
        {QStringLiteral("sync_mode"), QStringLiteral("Sync mode")},
        {QStringLiteral("enable_safety_checker"), QStringLiteral("Safety checker")},
    };
    return titles;
}

// Presets for the structure input, in the order a structure image is chosen for the role.
const QStringList &structureNames()
{
    static const QStringList names = {
        QStringLiteral("structure_image_url"), QStringLiteral("control_image_url"),
        QStringLiteral("canny_image_url"),     QStringLiteral("image_url"),
        QStringLiteral("image"),               QStringLiteral("depth_image_url"),
    };
    return names;
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

QString defaultGroup(const ParameterSpec &spec)
{
    static const QSet<QString> basicRoles = {
        QStringLiteral("prompt"), QStringLiteral("structure_image"), QStringLiteral("strength"),
        QStringLiteral("aspect_ratio"), QStringLiteral("seed"), QStringLiteral("num_images")};
    static const QSet<QString> basicNames = {QStringLiteral("num_inference_steps"),
                                             QStringLiteral("guidance_scale")};
    if (spec.role == QLatin1String("structure_image") && !spec.required)
        return QStringLiteral("structure");
    if (spec.required || basicRoles.contains(spec.role) || basicNames.contains(spec.name))
        return QStringLiteral("basic");
    static const QRegularExpression structureWords(
        QStringLiteral("image|canny|depth|structure|control|mask|reference"));
    if (spec.type == ParameterSpec::Type::Image || spec.type == ParameterSpec::Type::ImageList
        || spec.name.contains(QLatin1String("preprocess"))
        || (spec.type != ParameterSpec::Type::Boolean && structureWords.match(spec.name).hasMatch()))
        return QStringLiteral("structure");
    return QStringLiteral("advanced");
}

QString guessRole(const QString &name)
{
    static const QHash<QString, QString> roles = {
        {QStringLiteral("prompt"), QStringLiteral("prompt")},
        {QStringLiteral("negative_prompt"), QStringLiteral("negative_prompt")},
        {QStringLiteral("seed"), QStringLiteral("seed")},
        {QStringLiteral("strength"), QStringLiteral("strength")},
        {QStringLiteral("aspect_ratio"), QStringLiteral("aspect_ratio")},
        {QStringLiteral("image_size"), QStringLiteral("aspect_ratio")},
        {QStringLiteral("num_images"), QStringLiteral("num_images")},
        {QStringLiteral("num_results"), QStringLiteral("num_images")},
    };
    return roles.value(name);
}

} // namespace

QString SchemaParser::humanize(const QString &name)
{
    const auto known = knownTitles().constFind(name);
    if (known != knownTitles().constEnd())
        return *known;
    QString text = name;
    text.replace(u'_', u' ').replace(u'-', u' ');
    text = text.simplified();
    static const QRegularExpression camel(QStringLiteral("([a-z])([A-Z])"));
    text.replace(camel, QStringLiteral("\\1 \\2"));
    text = text.toLower();
    if (text.endsWith(QLatin1String(" url")))
        text.chop(4);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString SchemaParser::enumLabel(const QString &field, const QJsonValue &value)
{
    Q_UNUSED(field)
    if (!value.isString())
        return QString::number(value.toDouble(), 'g', 12);
    const QString raw = value.toString();

    // "16:9" style ratios: add the orientation so a designer reads the shape, not just numbers.
    static const QRegularExpression ratio(QStringLiteral("^(\\d+):(\\d+)$"));
    if (const auto m = ratio.match(raw); m.hasMatch()) {
        const int w = m.captured(1).toInt();
        const int h = m.captured(2).toInt();
        const QString shape = w == h ? tr("square") : (w > h ? tr("landscape") : tr("portrait"));
        return QStringLiteral("%1 %2").arg(raw, shape);
    }

    // "widescreen_16_9", "portrait_4_3", "square_hd", "BALANCED", "wild"
    QStringList words = raw.split(QRegularExpression(QStringLiteral("[_\\s-]+")), Qt::SkipEmptyParts);
    QStringList out;
    for (int i = 0; i < words.size(); ++i) {
        const QString &word = words.at(i);
        bool isNum = false;
        word.toInt(&isNum);
        bool nextNum = false;
        if (isNum && i + 1 < words.size())
            words.at(i + 1).toInt(&nextNum);
        if (isNum && nextNum) {
            out.append(word + u':' + words.at(i + 1));
            ++i;
            continue;
        }
        if (word.compare(QLatin1String("hd"), Qt::CaseInsensitive) == 0) {
            out.append(QStringLiteral("HD"));
            continue;
        }
        out.append(word.toLower());
    }
    QString label = out.join(u' ');
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

ParameterSpec SchemaParser::parseProperty(const QString &name, const QJsonObject &rawSchema,
                                          const QJsonObject &root, bool required,
                                          QStringList *warnings) const
{
    ParameterSpec spec;
    spec.name = name;
    spec.required = required;

    QJsonObject schema = resolve(rawSchema, root, warnings, name);
    spec.rawSchema = schema;

    // anyOf / oneOf: nullable wrappers and unions.
    const char *unionKey = schema.contains(QLatin1String("anyOf")) ? "anyOf"
                         : schema.contains(QLatin1String("oneOf")) ? "oneOf" : nullptr;
    if (unionKey) {
        QList<QJsonObject> members;
        for (const QJsonValue &member : schema.value(QLatin1String(unionKey)).toArray()) {
            const QJsonObject resolved = resolve(member.toObject(), root, warnings, name);
            if (isNullSchema(resolved))
                spec.nullable = true;
            else
                members.append(resolved);
        }
        QJsonObject outer = schema;
        outer.remove(QLatin1String(unionKey));

        if (members.size() == 1) {
            // Nullable wrapper: the member carries the type, the outer schema the metadata.
            QJsonObject merged = members.first();
            for (auto it = outer.constBegin(); it != outer.constEnd(); ++it)
                merged.insert(it.key(), it.value());
            schema = merged;
        } else if (members.size() == 2
                   && ((isImageSizeObject(members.at(0)) && members.at(1).contains(QLatin1String("enum")))
                       || (isImageSizeObject(members.at(1)) && members.at(0).contains(QLatin1String("enum"))))) {
            // ImageSize-or-preset: a preset combo with a custom width/height entry.
            const QJsonObject sizeSchema = isImageSizeObject(members.at(0)) ? members.at(0) : members.at(1);
            const QJsonObject presets = isImageSizeObject(members.at(0)) ? members.at(1) : members.at(0);
            spec.type = ParameterSpec::Type::Object;
            spec.widget = ParameterSpec::Widget::ImageSize;
            spec.enumValues = presets.value(QLatin1String("enum")).toArray();
            for (const QJsonValue &v : std::as_const(spec.enumValues))
                spec.enumLabels.append(enumLabel(name, v));
            const QJsonObject props = sizeSchema.value(QLatin1String("properties")).toObject();
            const QJsonArray order = sizeSchema.value(QLatin1String("x-fal-order-properties")).toArray();
            const QStringList childOrder = order.isEmpty()
                ? QStringList{QStringLiteral("width"), QStringLiteral("height")}
                : [&] { QStringList l; for (const QJsonValue &v : order) l << v.toString(); return l; }();
            for (const QString &child : childOrder)
                spec.children.append(parseProperty(child, props.value(child).toObject(), root, true, warnings));
            schema = outer;
            spec.title = str(schema, "title").isEmpty() ? humanize(name) : str(schema, "title");
            spec.description = str(schema, "description");
            if (schema.contains(QLatin1String("default")))
                spec.defaultValue = schema.value(QLatin1String("default"));
            return spec;
        } else {
            warnings->append(tr("%1: union of %2 types is edited as raw JSON").arg(name).arg(members.size()));
            spec.type = ParameterSpec::Type::Json;
            spec.widget = ParameterSpec::Widget::JsonEdit;
            spec.title = str(outer, "title").isEmpty() ? humanize(name) : str(outer, "title");
            spec.description = str(outer, "description");
            if (outer.contains(QLatin1String("default")))
                spec.defaultValue = outer.value(QLatin1String("default"));
            return spec;
        }
    }

    spec.title = str(schema, "title");
    // fal titles are generated from the key ("Num Inference Steps"); prefer our readable labels.
    if (spec.title.isEmpty()
        || spec.title.compare(QString(name).replace(u'_', u' '), Qt::CaseInsensitive) == 0)
        spec.title = humanize(name);
    spec.description = str(schema, "description");
    if (schema.contains(QLatin1String("default")))
        spec.defaultValue = schema.value(QLatin1String("default"));
    if (schema.value(QLatin1String("nullable")).toBool())
        spec.nullable = true;

    spec.minimum = number(schema, "minimum");
    spec.maximum = number(schema, "maximum");
    // Draft 6+ numeric exclusive bounds, and the boolean draft 4 form.
    if (const auto exMin = schema.value(QLatin1String("exclusiveMinimum")); exMin.isDouble()) {
        spec.minimum = exMin.toDouble();
        spec.exclusiveMinimum = true;
    } else if (exMin.isBool()) {
        spec.exclusiveMinimum = exMin.toBool();
    }
    if (const auto exMax = schema.value(QLatin1String("exclusiveMaximum")); exMax.isDouble()) {
        spec.maximum = exMax.toDouble();
        spec.exclusiveMaximum = true;
    } else if (exMax.isBool()) {
        spec.exclusiveMaximum = exMax.toBool();
    }
    spec.minLength = integer(schema, "minLength");
    spec.maxLength = integer(schema, "maxLength");
    spec.minItems = integer(schema, "minItems");
    spec.maxItems = integer(schema, "maxItems");
    spec.pattern = str(schema, "pattern");
    spec.role = str(schema, "x-reimagine-role");

    QString type = str(schema, "type");
    if (type.isEmpty() && schema.value(QLatin1String("type")).isArray()) {
        // ["string", "null"]
        for (const QJsonValue &t : schema.value(QLatin1String("type")).toArray()) {
            if (t.toString() == QLatin1String("null"))
                spec.nullable = true;
            else
                type = t.toString();
        }
    }
    if (type.isEmpty() && schema.contains(QLatin1String("enum")))
        type = QStringLiteral("string");
    if (type.isEmpty() && schema.contains(QLatin1String("properties")))
        type = QStringLiteral("object");

    const QJsonArray enumValues = schema.value(QLatin1String("enum")).toArray();
    const QJsonArray explicitLabels = schema.value(QLatin1String("x-reimagine-enum-labels")).toArray();
    auto fillEnum = [&](bool integral) {
        for (int i = 0; i < enumValues.size(); ++i) {
            const QJsonValue v = integral ? normalizeInteger(enumValues.at(i)) : enumValues.at(i);
            spec.enumValues.append(v);
            spec.enumLabels.append(i < explicitLabels.size() ? explicitLabels.at(i).toString()
                                                             : enumLabel(name, v));
        }
    };

    if (type == QLatin1String("string")) {
        const bool isImage = hasImageHint(schema)
            || (looksLikeImageName(name) && enumValues.isEmpty())
            || (str(schema, "format") == QLatin1String("byte") && name.contains(QLatin1String("image")));
        if (isImage) {
            spec.type = ParameterSpec::Type::Image;
            spec.widget = ParameterSpec::Widget::ImageDrop;
            spec.imageEncoding = str(schema, "contentEncoding") == QLatin1String("base64")
                                  || str(schema, "format") == QLatin1String("byte")
                ? QStringLiteral("base64") : QStringLiteral("url");
            // An empty-string default means "no image": not a value to send.
            if (spec.defaultValue.toString().isEmpty())
                spec.defaultValue = QJsonValue(QJsonValue::Undefined);
        } else if (!enumValues.isEmpty()) {
            spec.type = ParameterSpec::Type::String;
            spec.widget = ParameterSpec::Widget::Combo;
            fillEnum(false);
        } else {
            spec.type = ParameterSpec::Type::String;
            const bool multiLine = name.contains(QLatin1String("prompt"))
                || str(schema, "x-reimagine-widget") == QLatin1String("prompt");
            spec.widget = multiLine ? ParameterSpec::Widget::Prompt : ParameterSpec::Widget::LineEdit;
        }
    } else if (type == QLatin1String("integer") || type == QLatin1String("number")) {
        const bool integral = type == QLatin1String("integer");
        spec.type = integral ? ParameterSpec::Type::Integer : ParameterSpec::Type::Number;
        if (integral && spec.hasDefault())
            spec.defaultValue = normalizeInteger(spec.defaultValue);
        if (!enumValues.isEmpty()) {
            spec.widget = ParameterSpec::Widget::Combo;
            fillEnum(integral);
        } else if (name == QLatin1String("seed") || spec.role == QLatin1String("seed")) {
            spec.widget = ParameterSpec::Widget::Seed;
        } else if (spec.isBounded() && (!integral || *spec.maximum - *spec.minimum <= 10000)) {
            spec.widget = ParameterSpec::Widget::Slider;
        } else {
            spec.widget = ParameterSpec::Widget::SpinBox;
        }
    } else if (type == QLatin1String("boolean")) {
        spec.type = ParameterSpec::Type::Boolean;
        spec.widget = ParameterSpec::Widget::Check;
    } else if (type == QLatin1String("array")) {
        const QJsonObject items = resolve(schema.value(QLatin1String("items")).toObject(), root, warnings, name);
        const QString itemType = str(items, "type");
        if (hasImageHint(items) || hasImageHint(schema)
            || (itemType == QLatin1String("string") && name.endsWith(QLatin1String("image_urls")))) {
            spec.type = ParameterSpec::Type::ImageList;
            spec.widget = ParameterSpec::Widget::ImageList;
            spec.imageEncoding = QStringLiteral("url");
        } else if (itemType == QLatin1String("string") || itemType == QLatin1String("integer")
                   || itemType == QLatin1String("number")) {
            spec.type = ParameterSpec::Type::Array;
            spec.widget = ParameterSpec::Widget::StringList;
            spec.itemType = itemType;
            if (spec.pattern.isEmpty())
                spec.pattern = str(items, "pattern");
            if (!spec.minLength)
                spec.minLength = integer(items, "minLength");
            if (!spec.maxLength)
                spec.maxLength = integer(items, "maxLength");
        } else {
            warnings->append(tr("%1: list of %2 is edited as raw JSON")
                                 .arg(name, itemType.isEmpty() ? tr("unknown items") : itemType));
            spec.type = ParameterSpec::Type::Json;
            spec.widget = ParameterSpec::Widget::JsonEdit;
        }
    } else if (type == QLatin1String("object")) {
        spec.type = ParameterSpec::Type::Object;
        const QJsonObject props = schema.value(QLatin1String("properties")).toObject();
        QSet<QString> requiredChildren;
        for (const QJsonValue &v : schema.value(QLatin1String("required")).toArray())
            requiredChildren.insert(v.toString());
        QStringList order;
        for (const QJsonValue &v : schema.value(QLatin1String("x-fal-order-properties")).toArray())
            order.append(v.toString());
        for (const QString &key : props.keys()) {
            if (!order.contains(key))
                order.append(key);
        }
        QStringList childWarnings;
        for (const QString &child : std::as_const(order)) {
            if (props.contains(child))
                spec.children.append(parseProperty(child, props.value(child).toObject(), root,
                                                   requiredChildren.contains(child), &childWarnings));
        }
        // The palette editor knows its members list; elsewhere what the children could not map
        // is reported.
        if (!isColorPaletteObject(schema))
            *warnings += childWarnings;
        if (isImageSizeObject(schema))
            spec.widget = ParameterSpec::Widget::ImageSize;
        else if (isColorPaletteObject(schema))
            spec.widget = ParameterSpec::Widget::ColorPalette;
        else
            spec.widget = ParameterSpec::Widget::JsonEdit;
    } else {
        warnings->append(type.isEmpty() ? tr("%1: no type given, edited as raw JSON").arg(name)
                                        : tr("%1: type '%2' is edited as raw JSON").arg(name, type));
        spec.type = ParameterSpec::Type::Json;
        spec.widget = ParameterSpec::Widget::JsonEdit;
    }
    return spec;
}

std::optional<ModelSpec> SchemaParser::parseCatalogFile(const QJsonObject &document, QString *error) const
{
    ModelSpec model;
    model.id = str(document, "id");
    model.provider = str(document, "provider");
    model.endpoint = str(document, "endpoint");
    model.title = str(document, "title");
    model.description = str(document, "description");
    for (const char *key : {"id", "provider", "endpoint", "title"}) {
        if (str(document, key).isEmpty()) {
            *error = tr("the model file has no '%1'").arg(QLatin1String(key));
            return std::nullopt;
        }
    }
    const QJsonValue price = document.value(QLatin1String("price"));
    if (price.isObject() && price.toObject().value(QLatin1String("usd")).isDouble())
        model.priceUsd = price.toObject().value(QLatin1String("usd")).toDouble();
    else if (price.isDouble())
        model.priceUsd = price.toDouble();
    if (price.isObject()) {
        // {"usd": 0.06, "by": "rendering_speed", "values": {"TURBO": 0.03, ...}}
        const QJsonObject object = price.toObject();
        const QString by = object.value(QLatin1String("by")).toString();
        const QJsonObject values = object.value(QLatin1String("values")).toObject();
        for (auto it = values.constBegin(); !by.isEmpty() && it != values.constEnd(); ++it) {
            if (it.value().isDouble() && it.value().toDouble() >= 0)
                model.priceByValue.insert(it.key(), it.value().toDouble());
        }
        if (!model.priceByValue.isEmpty())
            model.priceField = by;
    }

    const QJsonObject input = document.value(QLatin1String("input")).toObject();
    if (input.isEmpty()) {
        *error = tr("the model file has no 'input' schema");
        return std::nullopt;
    }

    const QJsonObject roles = document.value(QLatin1String("roles")).toObject();
    if (!buildFields(&model, input, document, error))
        return std::nullopt;

    for (auto it = roles.constBegin(); it != roles.constEnd(); ++it) {
        const QString fieldName = it.value().toString();
        if (!model.field(fieldName)) {
            *error = tr("role '%1' names the unknown field '%2'").arg(it.key(), fieldName);
            return std::nullopt;
        }
        model.roles.insert(it.key(), fieldName);
    }

    for (const QJsonValue &pair : document.value(QLatin1String("exclusive")).toArray()) {
        const QJsonArray names = pair.toArray();
        for (const QJsonValue &a : names) {
            for (const QJsonValue &b : names) {
                if (a == b)
                    continue;
                for (ParameterSpec &spec : model.fields) {
                    if (spec.name == a.toString() && !spec.exclusiveWith.contains(b.toString()))
                        spec.exclusiveWith.append(b.toString());
                }
            }
        }
    }
    for (const QJsonValue &group : document.value(QLatin1String("needs")).toArray()) {
        QStringList names;
        const QJsonArray items = group.isArray() ? group.toArray() : QJsonArray{group};
        for (const QJsonValue &name : items) {
            if (!model.field(name.toString())) {
                *error = tr("'needs' names the unknown field '%1'").arg(name.toString());
                return std::nullopt;
            }
            names.append(name.toString());
        }
        if (!names.isEmpty())
            model.needs.append(names);
    }
    finish(&model);
    return model;
}

bool SchemaParser::buildFields(ModelSpec *model, const QJsonObject &inputSchema,
                               const QJsonObject &root, QString *error) const
{
    QStringList warnings;
    const QJsonObject input = resolve(inputSchema, root, &warnings, QStringLiteral("input"));
    const QJsonObject props = input.value(QLatin1String("properties")).toObject();
    if (props.isEmpty()) {
        *error = tr("the input schema has no properties");
        return false;
    }
    QSet<QString> required;
    for (const QJsonValue &v : input.value(QLatin1String("required")).toArray())
        required.insert(v.toString());

    QStringList order;
    for (const QJsonValue &v : input.value(QLatin1String("x-fal-order-properties")).toArray()) {
        if (props.contains(v.toString()) && !order.contains(v.toString()))
            order.append(v.toString());
    }
    // Properties the order list forgets are still fields: appended in document order.
    for (const QString &key : props.keys()) {
        if (!order.contains(key))
            order.append(key);
    }

    for (const QString &name : std::as_const(order)) {
        const QJsonObject propSchema = props.value(name).toObject();
        ParameterSpec spec = parseProperty(name, propSchema, root, required.contains(name), &warnings);
        spec.group = str(propSchema, "x-reimagine-group");
        model->fields.append(spec);
    }
    model->warnings += warnings;
    return true;
}

void SchemaParser::finish(ModelSpec *model) const
{
    // Roles not named by the file are guessed from the field names.
    for (const ParameterSpec &spec : std::as_const(model->fields)) {
        const QString role = spec.role.isEmpty() ? guessRole(spec.name) : spec.role;
        if (!role.isEmpty() && !model->roles.contains(role))
            model->roles.insert(role, spec.name);
    }
    if (!model->roles.contains(QStringLiteral("structure_image"))) {
        for (const QString &candidate : structureNames()) {
            const ParameterSpec *spec = model->field(candidate);
            if (spec && spec->type == ParameterSpec::Type::Image) {
                model->roles.insert(QStringLiteral("structure_image"), candidate);
                break;
            }
        }
    }
    for (auto it = model->roles.constBegin(); it != model->roles.constEnd(); ++it) {
        for (ParameterSpec &spec : model->fields) {
            if (spec.name == it.value())
                spec.role = it.key();
        }
    }
    for (ParameterSpec &spec : model->fields) {
        if (spec.role == QLatin1String("seed") && spec.isNumeric() && spec.enumValues.isEmpty())
            spec.widget = ParameterSpec::Widget::Seed;
        if (spec.group.isEmpty())
            spec.group = defaultGroup(spec);
    }
}

std::optional<ModelSpec> SchemaParser::parseFalOpenApi(const QJsonObject &document, QString *error) const
{
    const QJsonObject paths = document.value(QLatin1String("paths")).toObject();
    const QJsonObject meta = document.value(QLatin1String("info")).toObject()
                                 .value(QLatin1String("x-fal-metadata")).toObject();
    QString endpoint = str(meta, "endpointId");

    // The submit path is the POST path that is not a request sub-resource.
    QString submitPath;
    for (auto it = paths.constBegin(); it != paths.constEnd(); ++it) {
        if (it.key().contains(QLatin1String("/requests/")))
            continue;
        if (it.value().toObject().contains(QLatin1String("post"))) {
            if (endpoint.isEmpty() || it.key() == u'/' + endpoint) {
                submitPath = it.key();
                break;
            }
        }
    }
    if (submitPath.isEmpty()) {
        *error = tr("the OpenAPI document has no submit (POST) path");
        return std::nullopt;
    }
    if (endpoint.isEmpty())
        endpoint = submitPath.mid(1);

    const QJsonObject post = paths.value(submitPath).toObject().value(QLatin1String("post")).toObject();
    const QJsonObject inputSchema = post.value(QLatin1String("requestBody")).toObject()
                                        .value(QLatin1String("content")).toObject()
                                        .value(QLatin1String("application/json")).toObject()
                                        .value(QLatin1String("schema")).toObject();
    if (inputSchema.isEmpty()) {
        *error = tr("the POST %1 has no application/json request body schema").arg(submitPath);
        return std::nullopt;
    }

    ModelSpec model;
    model.provider = QStringLiteral("fal");
    model.endpoint = endpoint;
    model.id = QStringLiteral("fal:") + endpoint;
    const QJsonObject info = document.value(QLatin1String("info")).toObject();
    model.title = str(info, "title");
    if (model.title.isEmpty() || model.title == QLatin1String("Queue OpenAPI for ") + endpoint)
        model.title = endpoint;
    model.description = str(info, "description");
    if (!buildFields(&model, inputSchema, document, error))
        return std::nullopt;
    finish(&model);
    return model;
}

std::optional<ModelSpec> SchemaParser::parse(const QJsonObject &document, QString *error) const
{
    if (document.contains(QLatin1String("openapi")) || document.contains(QLatin1String("paths")))
        return parseFalOpenApi(document, error);
    return parseCatalogFile(document, error);
}

std::optional<ModelSpec> SchemaParser::parseBytes(const QByteArray &json, QString *error) const
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset);
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = tr("the document is not a JSON object");
        return std::nullopt;
    }
    return parse(doc.object(), error);
}
