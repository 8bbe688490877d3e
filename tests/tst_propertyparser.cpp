#include "schema/propertyparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

ParameterSpec parse(const char *name, const char *schema, QStringList *warnings,
                    const QJsonObject &root = QJsonObject(), bool required = false)
{
    return PropertyParser(root, warnings).parse(QString::fromLatin1(name), object(schema), required);
}

} // namespace

class TestPropertyParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void boundedInteger();
    void exclusiveBounds();
    void nullableWrapper();
    void imageSizeUnion();
    void otherUnionIsJson();
    void integerEnum();
    void images();
    void lists();
    void nestedObject();
    void unknownType();
};

void TestPropertyParser::boundedInteger()
{
    QStringList warnings;
    const ParameterSpec spec = parse("num_inference_steps",
        R"({"type": "integer", "minimum": 1, "maximum": 50, "default": 30.0, "title": "Num Inference Steps"})",
        &warnings, QJsonObject(), true);
    QVERIFY(warnings.isEmpty());
    QCOMPARE(spec.type, ParameterSpec::Type::Integer);
    QCOMPARE(spec.widget, ParameterSpec::Widget::Slider);
    QCOMPARE(spec.title, QStringLiteral("Steps"));
    QVERIFY(spec.required);
    QCOMPARE(spec.minimum, std::optional<double>(1));
    QCOMPARE(spec.maximum, std::optional<double>(50));
    QCOMPARE(spec.defaultValue.toVariant().typeId(), QMetaType::LongLong);
}

void TestPropertyParser::exclusiveBounds()
{
    QStringList warnings;
    const ParameterSpec draft6 = parse("s", R"({"type": "number", "exclusiveMinimum": 0, "maximum": 1})", &warnings);
    QCOMPARE(draft6.minimum, std::optional<double>(0));
    QVERIFY(draft6.exclusiveMinimum);
    QVERIFY(!draft6.exclusiveMaximum);
    const ParameterSpec draft4 = parse("s", R"({"type": "number", "minimum": 0, "maximum": 1,
        "exclusiveMaximum": true})", &warnings);
    QVERIFY(draft4.exclusiveMaximum);
    QCOMPARE(draft4.maximum, std::optional<double>(1));
}

void TestPropertyParser::nullableWrapper()
{
    QStringList warnings;
    const ParameterSpec spec = parse("negative_prompt",
        R"({"anyOf": [{"type": "string", "maxLength": 500}, {"type": "null"}], "title": "Negative Prompt"})", &warnings);
    QVERIFY(warnings.isEmpty());
    QVERIFY(spec.nullable);
    QCOMPARE(spec.type, ParameterSpec::Type::String);
    QCOMPARE(spec.widget, ParameterSpec::Widget::Prompt);
    QCOMPARE(spec.maxLength, std::optional<int>(500));
    QCOMPARE(spec.title, QStringLiteral("Negative prompt"));
}

void TestPropertyParser::imageSizeUnion()
{
    const QJsonObject root = object(R"({"defs": {"ImageSize": {"type": "object", "properties": {
        "width": {"type": "integer", "maximum": 4096}, "height": {"type": "integer", "maximum": 4096}}}}})");
    QStringList warnings;
    const ParameterSpec spec = parse("image_size", R"({"anyOf": [{"$ref": "#/defs/ImageSize"},
        {"type": "string", "enum": ["square_hd", "landscape_16_9"]}], "default": "square_hd"})", &warnings, root);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QCOMPARE(spec.widget, ParameterSpec::Widget::ImageSize);
    QCOMPARE(spec.type, ParameterSpec::Type::Object);
    QCOMPARE(spec.enumLabels, (QStringList{QStringLiteral("Square HD"), QStringLiteral("Landscape 16:9")}));
    QCOMPARE(spec.children.size(), 2);
    QCOMPARE(spec.children.at(0).name, QStringLiteral("width"));
    QCOMPARE(spec.children.at(1).name, QStringLiteral("height"));
    QCOMPARE(spec.title, QStringLiteral("Size"));
    QCOMPARE(spec.defaultValue.toString(), QStringLiteral("square_hd"));
}

void TestPropertyParser::otherUnionIsJson()
{
    QStringList warnings;
    const ParameterSpec spec = parse("mixed", R"({"oneOf": [{"type": "string"}, {"type": "integer"}],
        "title": "Mixed Value"})", &warnings);
    QCOMPARE(spec.type, ParameterSpec::Type::Json);
    QCOMPARE(spec.widget, ParameterSpec::Widget::JsonEdit);
    QCOMPARE(spec.title, QStringLiteral("Mixed Value"));   // a union keeps the title it has
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().startsWith(QLatin1String("mixed: ")));
}

void TestPropertyParser::integerEnum()
{
    QStringList warnings;
    const ParameterSpec spec = parse("num_images", R"({"type": "integer", "enum": [1.0, 2.0, 4.0],
        "x-reimagine-enum-labels": ["One"]})", &warnings);
    QCOMPARE(spec.widget, ParameterSpec::Widget::Combo);
    QCOMPARE(spec.enumValues.at(2).toVariant().typeId(), QMetaType::LongLong);
    QCOMPARE(spec.enumLabels, (QStringList{QStringLiteral("One"), QStringLiteral("2"), QStringLiteral("4")}));
}

void TestPropertyParser::images()
{
    QStringList warnings;
    const ParameterSpec url = parse("control_image_url", R"({"type": "string", "default": ""})", &warnings);
    QCOMPARE(url.type, ParameterSpec::Type::Image);
    QCOMPARE(url.imageEncoding, QStringLiteral("url"));
    QVERIFY(!url.hasDefault());   // "" is no image
    const ParameterSpec raw = parse("reference", R"({"type": "string", "contentEncoding": "base64",
        "ui": {"field": "image"}})", &warnings);
    QCOMPARE(raw.type, ParameterSpec::Type::Image);
    QCOMPARE(raw.imageEncoding, QStringLiteral("base64"));
    const ParameterSpec named = parse("image", R"({"type": "string", "enum": ["a"]})", &warnings);
    QCOMPARE(named.type, ParameterSpec::Type::String);   // an enum is a choice, not an image
    QVERIFY(warnings.isEmpty());
}

void TestPropertyParser::lists()
{
    QStringList warnings;
    const ParameterSpec images = parse("image_urls", R"({"type": "array", "items": {"type": "string"}})", &warnings);
    QCOMPARE(images.type, ParameterSpec::Type::ImageList);
    const ParameterSpec codes = parse("style_codes", R"({"type": "array", "maxItems": 3,
        "items": {"type": "string", "pattern": "^[0-9A-F]{8}$"}})", &warnings);
    QCOMPARE(codes.type, ParameterSpec::Type::Array);
    QCOMPARE(codes.widget, ParameterSpec::Widget::StringList);
    QCOMPARE(codes.pattern, QStringLiteral("^[0-9A-F]{8}$"));
    QCOMPARE(codes.maxItems, std::optional<int>(3));
    QVERIFY(warnings.isEmpty());
    const ParameterSpec objects = parse("loras", R"({"type": "array", "items": {"type": "object"}})", &warnings);
    QCOMPARE(objects.type, ParameterSpec::Type::Json);
    QCOMPARE(warnings.size(), 1);
}

void TestPropertyParser::nestedObject()
{
    QStringList warnings;
    const ParameterSpec palette = parse("color_palette", R"({"type": "object", "required": ["name"],
        "properties": {"name": {"type": "string"}, "members": {"type": "array", "items": {"type": "object"}}},
        "x-fal-order-properties": ["name", "members"]})", &warnings);
    QCOMPARE(palette.widget, ParameterSpec::Widget::ColorPalette);
    QCOMPARE(palette.children.size(), 2);
    QCOMPARE(palette.children.at(0).name, QStringLiteral("name"));
    QVERIFY(palette.children.at(0).required);
    QVERIFY(warnings.isEmpty());   // the palette editor knows its members

    const ParameterSpec other = parse("extra", R"({"properties": {"a": {"type": "object",
        "properties": {"b": {}}}}})", &warnings);
    QCOMPARE(other.type, ParameterSpec::Type::Object);
    QCOMPARE(other.widget, ParameterSpec::Widget::JsonEdit);
    QCOMPARE(warnings.size(), 1);   // b: no type given
}

void TestPropertyParser::unknownType()
{
    QStringList warnings;
    const ParameterSpec spec = parse("thing", R"({"type": "tuple", "title": "Thing"})", &warnings);
    QCOMPARE(spec.type, ParameterSpec::Type::Json);
    QCOMPARE(spec.name, QStringLiteral("thing"));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(QLatin1String("tuple")));
}

QTEST_GUILESS_MAIN(TestPropertyParser)
#include "tst_propertyparser.moc"
