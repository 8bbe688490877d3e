#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// One input field of a model, as parsed from its JSON schema. A plain value type: the schema
// parser fills it, the validator checks values against it, the form builder turns it into widgets.
struct ParameterSpec
{
    enum class Type
    {
        String,
        Integer,
        Number,
        Boolean,
        Image,     // one image: a URL/data URI (fal, Segmind) or raw base64 (Freepik)
        ImageList, // several images (style references)
        Object,    // a structured value: ImageSize union, colour palette, nested object
        Array,     // a list of scalars (style codes)
        Json       // a construct the parser does not know: edited as validated raw JSON
    };

    // How the form shows the field. Chosen by the parser so the CLI can report it too.
    enum class Widget
    {
        LineEdit,
        Prompt,       // multi-line text with a character counter
        Slider,       // bounded number: slider + spin box
        SpinBox,      // unbounded or wide-ranged number
        Seed,         // integer seed: spin box + randomize + lock
        Combo,        // enum
        Check,        // boolean
        ImageDrop,    // one image
        ImageList,    // several images
        ImageSize,    // preset combo or custom width/height
        ColorPalette, // preset name or list of colours with weights
        StringList,   // list of short strings
        JsonEdit      // raw JSON
    };

    QString name;        // the provider's key, sent as is
    QString title;       // human label
    QString description; // tooltip
    Type type = Type::String;
    Widget widget = Widget::LineEdit;

    bool required = false;
    bool nullable = false;  // anyOf [..., {type: null}]: may be left unset
    QJsonValue defaultValue = QJsonValue(QJsonValue::Undefined);

    std::optional<double> minimum;
    std::optional<double> maximum;
    bool exclusiveMinimum = false;
    bool exclusiveMaximum = false;
    std::optional<int> minLength;
    std::optional<int> maxLength;
    std::optional<int> minItems;
    std::optional<int> maxItems;
    QString pattern;       // regular expression for strings (or array items)

    QJsonArray enumValues; // allowed values (strings or integers); for ImageSize: the presets
    QStringList enumLabels; // readable label per enum value, same order

    QString itemType;      // for Array: "string", "integer" or "number"
    QList<ParameterSpec> children; // Object: its properties (ImageSize width/height, palette...)

    QString group;         // "basic", "structure" or "advanced"
    QString role;          // portable meaning: prompt, negative_prompt, structure_image, seed, ...
    QString imageEncoding; // Image: "url" (URL or data URI) or "base64" (raw base64, no prefix)
    QStringList exclusiveWith; // fields that cannot be set together with this one
    QJsonObject rawSchema; // the resolved schema as read (kept for Json fields and diagnostics)

    bool isNumeric() const { return type == Type::Integer || type == Type::Number; }
    bool hasDefault() const { return !defaultValue.isUndefined(); }
    bool isBounded() const { return minimum.has_value() && maximum.has_value(); }

    // Stable lower-case names used in JSON output (CLI `schema`) and in tests.
    static QString typeName(Type type);
    static QString widgetName(Widget widget);
    static std::optional<Type> typeFromName(const QString &name);

    // The spec as the JSON object of the CLI contract (keys absent when not applicable).
    QJsonObject toJson() const;
};
