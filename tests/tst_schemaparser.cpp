#include "schema/modelcatalog.h"
#include "schema/schemaparser.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>

namespace {

QString jsonText(const QJsonValue &value)
{
    if (value.isUndefined())
        return QStringLiteral("-");
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

QString numberText(const std::optional<double> &value)
{
    return value ? QString::number(*value, 'g', 12) : QStringLiteral("-");
}

QString enumText(const QJsonArray &values)
{
    QStringList parts;
    for (const QJsonValue &v : values)
        parts.append(v.isString() ? v.toString() : QString::number(v.toDouble(), 'g', 12));
    return parts.join(u',');
}

QByteArray readData(const char *name)
{
    QFile file(QStringLiteral(REIMAGINE_TEST_DATA "/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", name);
    return file.readAll();
}

const char kBriaNegative[] =
    "\"Logo,Watermark,Ugly,Morbid,Extra fingers,Poorly drawn hands,Mutation,Blurry,Extra limbs,"
    "Gross proportions,Missing arms,Mutated hands,Long neck,Duplicate,Mutilated,Mutilated hands,"
    "Poorly drawn face,Deformed,Bad anatomy,Cloned face,Malformed limbs,Missing legs,Too many fingers\"";

} // namespace

class TestSchemaParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bundledFields_data();
    void bundledFields();
    void bundledModels_data();
    void bundledModels();
    void parameterAwarePrice_data();
    void parameterAwarePrice();
    void openApiFields_data();
    void openApiFields();
    void openApiModel();
    void imageSizeUnion();
    void colorPalette();
    void unknownConstructs_data();
    void unknownConstructs();
    void integerDefaultsBeyondRange_data();
    void integerDefaultsBeyondRange();
    void bundledNeeds();
    void brokenDocuments_data();
    void brokenDocuments();
    void enumLabels_data();
    void enumLabels();

private:
    void addFieldColumns();
    void checkField(const ModelSpec &model);
    ModelCatalog m_catalog;
    std::optional<ModelSpec> m_openApi;
};

void TestSchemaParser::initTestCase()
{
    m_catalog.reload();
    QVERIFY2(m_catalog.errors().isEmpty(), qPrintable(m_catalog.errors().join(u'\n')));
    QString error;
    m_openApi = SchemaParser().parseBytes(readData("fal-openapi-sample.json"), &error);
    QVERIFY2(m_openApi, qPrintable(error));
}

void TestSchemaParser::addFieldColumns()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("widget");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("defaultValue");
    QTest::addColumn<QString>("minimum");
    QTest::addColumn<QString>("maximum");
    QTest::addColumn<QString>("enumValues");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("role");
}

void TestSchemaParser::checkField(const ModelSpec &model)
{
    QFETCH(QString, field);
    QFETCH(QString, type);
    QFETCH(QString, widget);
    QFETCH(bool, required);
    QFETCH(QString, defaultValue);
    QFETCH(QString, minimum);
    QFETCH(QString, maximum);
    QFETCH(QString, enumValues);
    QFETCH(QString, group);
    QFETCH(QString, role);

    const ParameterSpec *spec = model.field(field);
    QVERIFY2(spec, qPrintable(QStringLiteral("%1 has no field %2").arg(model.id, field)));
    QCOMPARE(ParameterSpec::typeName(spec->type), type);
    QCOMPARE(ParameterSpec::widgetName(spec->widget), widget);
    QCOMPARE(spec->required, required);
    QCOMPARE(jsonText(spec->defaultValue), defaultValue);
    QCOMPARE(numberText(spec->minimum), minimum);
    QCOMPARE(numberText(spec->maximum), maximum);
    QCOMPARE(enumText(spec->enumValues), enumValues);
    QCOMPARE(spec->enumLabels.size(), spec->enumValues.size());
    QCOMPARE(spec->group, group);
    QCOMPARE(spec->role, role);
    QVERIFY(!spec->title.isEmpty());
    if (spec->type == ParameterSpec::Type::Integer && spec->hasDefault()) {
        // Integer defaults must be sent as integers ("30", never "30.0").
        QCOMPARE(spec->defaultValue.toVariant().typeId(), QMetaType::LongLong);
    }
}

#define ROW(model, field, type, widget, req, def, min, max, en, group, role)                         \
    QTest::newRow(model "/" field) << QStringLiteral(model) << QStringLiteral(field)                 \
                                   << QStringLiteral(type) << QStringLiteral(widget) << req          \
                                   << QString::fromUtf8(def) << QStringLiteral(min)                  \
                                   << QStringLiteral(max) << QStringLiteral(en)                      \
                                   << QStringLiteral(group) << QStringLiteral(role)

void TestSchemaParser::bundledFields_data()
{
    addFieldColumns();
    const char *bria = "fal:bria/reimagine/3.2";
    Q_UNUSED(bria)
#define BRIA "fal:bria/reimagine/3.2"
    ROW(BRIA, "prompt", "string", "prompt", true, "-", "-", "-", "", "basic", "prompt");
    ROW(BRIA, "aspect_ratio", "string", "combo", false, "\"1:1\"", "-", "-",
        "1:1,2:3,3:2,3:4,4:3,4:5,5:4,9:16,16:9", "basic", "aspect_ratio");
    ROW(BRIA, "num_inference_steps", "integer", "slider", false, "30", "20", "50", "", "basic", "");
    ROW(BRIA, "guidance_scale", "number", "slider", false, "5", "1", "10", "", "basic", "");
    ROW(BRIA, "seed", "integer", "seed", false, "5555", "-", "-", "", "basic", "seed");
    ROW(BRIA, "canny_image_url", "image", "image", false, "-", "-", "-", "", "structure", "structure_image");
    ROW(BRIA, "canny_scale", "number", "slider", false, "0.5", "0", "1", "", "structure", "strength");
    ROW(BRIA, "canny_preprocess", "boolean", "check", false, "true", "-", "-", "", "structure", "");
    ROW(BRIA, "depth_image_url", "image", "image", false, "-", "-", "-", "", "structure", "");
    ROW(BRIA, "depth_scale", "number", "slider", false, "0.5", "0", "1", "", "structure", "");
    ROW(BRIA, "depth_preprocess", "boolean", "check", false, "true", "-", "-", "", "structure", "");
    ROW(BRIA, "negative_prompt", "string", "prompt", false, kBriaNegative, "-", "-", "", "advanced", "negative_prompt");
    ROW(BRIA, "prompt_enhancer", "boolean", "check", false, "true", "-", "-", "", "advanced", "");
    ROW(BRIA, "truncate_prompt", "boolean", "check", false, "true", "-", "-", "", "advanced", "");
    ROW(BRIA, "sync_mode", "boolean", "check", false, "false", "-", "-", "", "advanced", "");

#define IDEO "fal:fal-ai/ideogram/v3/remix"
    ROW(IDEO, "prompt", "string", "prompt", true, "-", "-", "-", "", "basic", "prompt");
    ROW(IDEO, "image_url", "image", "image", true, "-", "-", "-", "", "basic", "structure_image");
    ROW(IDEO, "strength", "number", "slider", false, "0.8", "0.01", "1", "", "basic", "strength");
    ROW(IDEO, "image_size", "object", "image_size", false, "\"square_hd\"", "-", "-",
        "square_hd,square,portrait_4_3,portrait_16_9,landscape_4_3,landscape_16_9", "basic", "aspect_ratio");
    ROW(IDEO, "rendering_speed", "string", "combo", false, "\"BALANCED\"", "-", "-", "TURBO,BALANCED,QUALITY", "basic", "");
    ROW(IDEO, "num_images", "integer", "slider", false, "1", "1", "8", "", "basic", "num_images");
    ROW(IDEO, "seed", "integer", "seed", false, "-", "-", "-", "", "basic", "seed");
    ROW(IDEO, "image_urls", "image_list", "image_list", false, "-", "-", "-", "", "structure", "");
    ROW(IDEO, "style", "string", "combo", false, "-", "-", "-", "AUTO,GENERAL,REALISTIC,DESIGN", "advanced", "");
    ROW(IDEO, "style_codes", "array", "string_list", false, "-", "-", "-", "", "advanced", "");
    ROW(IDEO, "color_palette", "object", "color_palette", false, "-", "-", "-", "", "advanced", "");
    ROW(IDEO, "negative_prompt", "string", "prompt", false, "\"\"", "-", "-", "", "advanced", "negative_prompt");
    ROW(IDEO, "expand_prompt", "boolean", "check", false, "true", "-", "-", "", "advanced", "");
    ROW(IDEO, "sync_mode", "boolean", "check", false, "false", "-", "-", "", "advanced", "");

#define SEG "segmind:bria-reimagine"
    ROW(SEG, "prompt", "string", "prompt", true, "-", "-", "-", "", "basic", "prompt");
    ROW(SEG, "steps_num", "integer", "slider", false, "12", "4", "50", "", "basic", "");
    ROW(SEG, "seed", "integer", "seed", false, "42", "-", "-", "", "basic", "seed");
    ROW(SEG, "fast", "boolean", "check", false, "true", "-", "-", "", "basic", "");
    ROW(SEG, "structure_image_url", "image", "image", false, "-", "-", "-", "", "structure", "structure_image");
    ROW(SEG, "structure_ref_influence", "number", "slider", false, "0.75", "0", "1", "", "structure", "strength");
    ROW(SEG, "enhance_image", "boolean", "check", false, "false", "-", "-", "", "advanced", "");
    ROW(SEG, "include_generation_prefix", "boolean", "check", false, "true", "-", "-", "", "advanced", "");
    ROW(SEG, "prompt_content_moderation", "boolean", "check", false, "true", "-", "-", "", "advanced", "");
    ROW(SEG, "content_moderation", "boolean", "check", false, "false", "-", "-", "", "advanced", "");
    ROW(SEG, "ip_signal", "boolean", "check", false, "false", "-", "-", "", "advanced", "");

#define FPK "freepik:reimagine-flux"
    ROW(FPK, "prompt", "string", "prompt", false, "-", "-", "-", "", "basic", "prompt");
    ROW(FPK, "image", "image", "image", true, "-", "-", "-", "", "basic", "structure_image");
    ROW(FPK, "imagination", "string", "combo", false, "-", "-", "-", "wild,subtle,vivid", "basic", "");
    ROW(FPK, "aspect_ratio", "string", "combo", false, "\"original\"", "-", "-",
        "original,square_1_1,classic_4_3,traditional_3_4,widescreen_16_9,social_story_9_16,standard_3_2,"
        "portrait_2_3,horizontal_2_1,vertical_1_2,social_post_4_5", "basic", "aspect_ratio");
    ROW(FPK, "webhook_url", "string", "line_edit", false, "-", "-", "-", "", "advanced", "");
}

void TestSchemaParser::bundledFields()
{
    QFETCH(QString, model);
    const ModelSpec *spec = m_catalog.model(model);
    QVERIFY2(spec, qPrintable(model));
    checkField(*spec);
}

void TestSchemaParser::bundledModels_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("title");
    QTest::addColumn<double>("price"); // NaN: unknown
    QTest::addColumn<QStringList>("order");

    QTest::newRow("bria") << QStringLiteral(BRIA) << QStringLiteral("fal") << QStringLiteral("bria/reimagine/3.2")
                          << QStringLiteral("Bria Reimagine 3.2") << 0.04
                          << QStringList{QStringLiteral("prompt"), QStringLiteral("aspect_ratio"),
                                         QStringLiteral("num_inference_steps"), QStringLiteral("guidance_scale"),
                                         QStringLiteral("seed"), QStringLiteral("canny_image_url"),
                                         QStringLiteral("canny_scale"), QStringLiteral("canny_preprocess"),
                                         QStringLiteral("depth_image_url"), QStringLiteral("depth_scale"),
                                         QStringLiteral("depth_preprocess"), QStringLiteral("negative_prompt"),
                                         QStringLiteral("prompt_enhancer"), QStringLiteral("truncate_prompt"),
                                         QStringLiteral("sync_mode")};
    QTest::newRow("ideogram") << QStringLiteral(IDEO) << QStringLiteral("fal") << QStringLiteral("fal-ai/ideogram/v3/remix")
                              << QStringLiteral("Ideogram V3 Remix") << 0.06
                              << QStringList{QStringLiteral("prompt"), QStringLiteral("image_url"),
                                             QStringLiteral("strength"), QStringLiteral("image_size"),
                                             QStringLiteral("rendering_speed"), QStringLiteral("num_images"),
                                             QStringLiteral("seed"), QStringLiteral("image_urls"),
                                             QStringLiteral("style"), QStringLiteral("style_codes"),
                                             QStringLiteral("color_palette"), QStringLiteral("negative_prompt"),
                                             QStringLiteral("expand_prompt"), QStringLiteral("sync_mode")};
    QTest::newRow("segmind") << QStringLiteral(SEG) << QStringLiteral("segmind") << QStringLiteral("bria-reimagine")
                             << QStringLiteral("Bria Reimagine (Segmind)") << std::nan("")
                             << QStringList{QStringLiteral("prompt"), QStringLiteral("steps_num"),
                                            QStringLiteral("seed"), QStringLiteral("fast"),
                                            QStringLiteral("structure_image_url"), QStringLiteral("structure_ref_influence"),
                                            QStringLiteral("enhance_image"), QStringLiteral("include_generation_prefix"),
                                            QStringLiteral("prompt_content_moderation"), QStringLiteral("content_moderation"),
                                            QStringLiteral("ip_signal")};
    QTest::newRow("freepik") << QStringLiteral(FPK) << QStringLiteral("freepik")
                             << QStringLiteral("/v1/ai/beta/text-to-image/reimagine-flux")
                             << QStringLiteral("Reimagine Flux (Freepik)") << std::nan("")
                             << QStringList{QStringLiteral("prompt"), QStringLiteral("image"),
                                            QStringLiteral("imagination"), QStringLiteral("aspect_ratio"),
                                            QStringLiteral("webhook_url")};
}

void TestSchemaParser::bundledModels()
{
    QFETCH(QString, id);
    QFETCH(QString, provider);
    QFETCH(QString, endpoint);
    QFETCH(QString, title);
    QFETCH(double, price);
    QFETCH(QStringList, order);

    const ModelSpec *model = m_catalog.model(id);
    QVERIFY(model);
    QCOMPARE(model->provider, provider);
    QCOMPARE(model->endpoint, endpoint);
    QCOMPARE(model->title, title);
    if (std::isnan(price))
        QVERIFY(!model->priceUsd);
    else
        QCOMPARE(model->priceUsd.value_or(-1), price);
    QCOMPARE(model->fieldNames(), order);
    QVERIFY2(model->warnings.isEmpty(), qPrintable(model->warnings.join(u'\n')));
}

// fal prices Ideogram V3 Remix by rendering speed, per image: $0.03 TURBO, $0.06 BALANCED,
// $0.09 QUALITY, times num_images; Bria at $0.04 an image; the others are unknown.
void TestSchemaParser::parameterAwarePrice_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QJsonObject>("values");
    QTest::addColumn<double>("expected"); // NaN: unknown
    const QString ideogram = QStringLiteral(IDEO);
    QTest::newRow("ideogram default") << ideogram << QJsonObject() << 0.06;
    QTest::newRow("ideogram turbo") << ideogram << QJsonObject{{QStringLiteral("rendering_speed"), QStringLiteral("TURBO")}} << 0.03;
    QTest::newRow("ideogram quality x4")
        << ideogram
        << QJsonObject{{QStringLiteral("rendering_speed"), QStringLiteral("QUALITY")}, {QStringLiteral("num_images"), 4}}
        << 0.36;
    QTest::newRow("ideogram balanced x2") << ideogram << QJsonObject{{QStringLiteral("num_images"), 2}} << 0.12;
    QTest::newRow("bria") << QStringLiteral(BRIA) << QJsonObject() << 0.04;
    QTest::newRow("segmind") << QStringLiteral(SEG) << QJsonObject() << std::nan("");
}

void TestSchemaParser::parameterAwarePrice()
{
    QFETCH(QString, id);
    QFETCH(QJsonObject, values);
    QFETCH(double, expected);
    const ModelSpec *model = m_catalog.model(id);
    QVERIFY(model);
    const std::optional<double> cost = model->estimatedCost(values);
    if (std::isnan(expected)) {
        QVERIFY(!cost);
        QVERIFY(!model->priceRange());
        return;
    }
    QVERIFY(cost);
    QVERIFY2(qFuzzyCompare(*cost, expected), qPrintable(QString::number(*cost)));
    if (id == QLatin1String(IDEO)) {
        QCOMPARE(model->priceRange()->first, 0.03);
        QCOMPARE(model->priceRange()->second, 0.09);
        QCOMPARE(model->toJson().value(QLatin1String("price_by")).toObject().value(QLatin1String("field")).toString(),
                 QStringLiteral("rendering_speed"));
    }
}

void TestSchemaParser::openApiFields_data()
{
    addFieldColumns();
#define FLUX "fal:fal-ai/flux/dev/image-to-image"
    ROW(FLUX, "image_url", "image", "image", true, "-", "-", "-", "", "basic", "structure_image");
    ROW(FLUX, "prompt", "string", "prompt", true, "-", "-", "-", "", "basic", "prompt");
    ROW(FLUX, "strength", "number", "slider", false, "0.95", "0.01", "1", "", "basic", "strength");
    ROW(FLUX, "image_size", "object", "image_size", false, "\"landscape_4_3\"", "-", "-",
        "square_hd,square,portrait_4_3,portrait_16_9,landscape_4_3,landscape_16_9", "basic", "aspect_ratio");
    ROW(FLUX, "num_inference_steps", "integer", "slider", false, "40", "10", "50", "", "basic", "");
    ROW(FLUX, "seed", "integer", "seed", false, "-", "-", "-", "", "basic", "seed");
    ROW(FLUX, "guidance_scale", "number", "slider", false, "3.5", "1", "20", "", "basic", "");
    ROW(FLUX, "sync_mode", "boolean", "check", false, "false", "-", "-", "", "advanced", "");
    ROW(FLUX, "num_images", "integer", "slider", false, "1", "1", "4", "", "basic", "num_images");
    ROW(FLUX, "enable_safety_checker", "boolean", "check", false, "true", "-", "-", "", "advanced", "");
    ROW(FLUX, "output_format", "string", "combo", false, "\"jpeg\"", "-", "-", "jpeg,png", "advanced", "");
    ROW(FLUX, "acceleration", "string", "combo", false, "\"none\"", "-", "-", "none,regular,high", "advanced", "");
    ROW(FLUX, "upscale_factor", "integer", "combo", false, "1", "-", "-", "1,2,4", "advanced", "");
    ROW(FLUX, "loras", "json", "json", false, "[]", "-", "-", "", "advanced", "");
    ROW(FLUX, "negative_prompt", "string", "prompt", false, "-", "-", "-", "", "advanced", "negative_prompt");
    ROW(FLUX, "reference_image_urls", "image_list", "image_list", false, "-", "-", "-", "", "structure", "");
    ROW(FLUX, "extra_conditioning", "json", "json", false, "-", "-", "-", "", "advanced", "");
}

void TestSchemaParser::openApiFields()
{
    checkField(*m_openApi);
}

void TestSchemaParser::openApiModel()
{
    const ModelSpec &model = *m_openApi;
    QCOMPARE(model.id, QStringLiteral("fal:fal-ai/flux/dev/image-to-image"));
    QCOMPARE(model.provider, QStringLiteral("fal"));
    QCOMPARE(model.endpoint, QStringLiteral("fal-ai/flux/dev/image-to-image"));
    QVERIFY(!model.priceUsd);
    QCOMPARE(model.fields.size(), 17);
    QCOMPARE(model.fields.first().name, QStringLiteral("image_url"));
    QCOMPARE(model.fields.last().name, QStringLiteral("extra_conditioning"));

    // Readable titles instead of the generated "Num Inference Steps"; real titles kept.
    QCOMPARE(model.field(QStringLiteral("num_inference_steps"))->title, QStringLiteral("Steps"));
    QCOMPARE(model.field(QStringLiteral("image_url"))->title, QStringLiteral("Image"));
    QCOMPARE(model.field(QStringLiteral("guidance_scale"))->title, QStringLiteral("Guidance scale (CFG)"));

    const ParameterSpec *prompt = model.field(QStringLiteral("prompt"));
    QCOMPARE(prompt->minLength.value_or(-1), 1);
    QCOMPARE(prompt->maxLength.value_or(-1), 2000);
    const ParameterSpec *negative = model.field(QStringLiteral("negative_prompt"));
    QVERIFY(negative->nullable);
    QCOMPARE(negative->maxLength.value_or(-1), 500);
    QVERIFY(model.field(QStringLiteral("seed"))->nullable);
    QCOMPARE(model.field(QStringLiteral("reference_image_urls"))->maxItems.value_or(-1), 4);
    QCOMPARE(model.field(QStringLiteral("upscale_factor"))->enumValues.first().toVariant().typeId(),
             QMetaType::LongLong);

    // The two constructs the form cannot map are kept as JSON fields, each with a warning.
    QCOMPARE(model.warnings.size(), 2);
    QVERIFY(model.warnings.at(0).startsWith(QLatin1String("loras")) || model.warnings.at(1).startsWith(QLatin1String("loras")));
    QVERIFY(model.warnings.join(u' ').contains(QLatin1String("extra_conditioning")));
}

void TestSchemaParser::imageSizeUnion()
{
    const ParameterSpec *size = m_openApi->field(QStringLiteral("image_size"));
    QVERIFY(size);
    QCOMPARE(size->children.size(), 2);
    const ParameterSpec &width = size->children.at(0);
    QCOMPARE(width.name, QStringLiteral("width"));
    QCOMPARE(width.type, ParameterSpec::Type::Integer);
    QVERIFY(width.exclusiveMinimum);
    QCOMPARE(width.minimum.value_or(-1), 0.0);
    QCOMPARE(width.maximum.value_or(-1), 14142.0);
    QCOMPARE(jsonText(width.defaultValue), QStringLiteral("512"));
    QCOMPARE(size->enumLabels.at(3), QStringLiteral("Portrait 16:9"));
    QCOMPARE(size->enumLabels.at(0), QStringLiteral("Square HD"));
}

void TestSchemaParser::colorPalette()
{
    const ParameterSpec *palette = m_catalog.model(QStringLiteral(IDEO))->field(QStringLiteral("color_palette"));
    QVERIFY(palette);
    QVERIFY(palette->nullable);
    QCOMPARE(palette->children.size(), 2);
    const ParameterSpec &members = palette->children.at(0);
    const ParameterSpec &name = palette->children.at(1);
    QCOMPARE(members.name, QStringLiteral("members"));
    QCOMPARE(name.name, QStringLiteral("name"));
    QCOMPARE(enumText(name.enumValues), QStringLiteral("EMBER,FRESH,JUNGLE,MAGIC,MELON,MOSAIC,PASTEL,ULTRAMARINE"));
    QCOMPARE(name.enumLabels.first(), QStringLiteral("Ember"));
    // members: a list of objects {rgb: {r,g,b}, color_weight} kept as JSON with the item schema.
    QCOMPARE(members.type, ParameterSpec::Type::Json);
}

void TestSchemaParser::unknownConstructs_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("warns");

    QTest::newRow("not") << QByteArray(R"({"not": {"type": "string"}})") << QStringLiteral("json") << true;
    QTest::newRow("unknown type") << QByteArray(R"({"type": "tensor"})") << QStringLiteral("json") << true;
    QTest::newRow("dangling ref") << QByteArray(R"({"$ref": "#/components/schemas/Missing"})") << QStringLiteral("json") << true;
    QTest::newRow("remote ref") << QByteArray(R"({"$ref": "https://example.com/s.json"})") << QStringLiteral("json") << true;
    QTest::newRow("cyclic ref") << QByteArray(R"({"$ref": "#/components/schemas/Loop"})") << QStringLiteral("json") << true;
    QTest::newRow("type list") << QByteArray(R"({"type": ["integer", "null"], "minimum": 1, "maximum": 9})")
                               << QStringLiteral("integer") << false;
    QTest::newRow("nested object") << QByteArray(R"({"type": "object", "properties": {"a": {"type": "integer"}}})")
                                   << QStringLiteral("object") << false;
    QTest::newRow("union of three") << QByteArray(R"({"anyOf": [{"type": "string"}, {"type": "integer"}, {"type": "boolean"}]})")
                                    << QStringLiteral("json") << true;
    QTest::newRow("draft4 exclusive") << QByteArray(R"({"type": "number", "minimum": 0, "exclusiveMinimum": true})")
                                      << QStringLiteral("number") << false;
}

void TestSchemaParser::unknownConstructs()
{
    QFETCH(QByteArray, schema);
    QFETCH(QString, type);
    QFETCH(bool, warns);

    const QJsonObject root = QJsonDocument::fromJson(
        R"({"components": {"schemas": {"Loop": {"$ref": "#/components/schemas/Loop"}}}})").object();
    QStringList warnings;
    const ParameterSpec spec = SchemaParser().parseProperty(QStringLiteral("odd_field"),
                                                            QJsonDocument::fromJson(schema).object(),
                                                            root, false, &warnings);
    QCOMPARE(spec.name, QStringLiteral("odd_field"));
    QCOMPARE(ParameterSpec::typeName(spec.type), type);
    QCOMPARE(!warnings.isEmpty(), warns);
    if (warns)
        QVERIFY(warnings.first().contains(QLatin1String("odd_field")));
}

void TestSchemaParser::integerDefaultsBeyondRange_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("integral");   // kept as a qint64
    QTest::newRow("30") << 30.0 << true;
    QTest::newRow("-2^63") << -9223372036854775808.0 << true;
    QTest::newRow("2^63") << 9223372036854775808.0 << false;
    QTest::newRow("1e300") << 1e300 << false;
    QTest::newRow("-1e300") << -1e300 << false;
    QTest::newRow("2.5") << 2.5 << false;
}

void TestSchemaParser::integerDefaultsBeyondRange()
{
    // An imported schema may say anything; a whole number qint64 cannot hold stays a double
    // (found by fuzzing: converting it was undefined behaviour, and gave -2^63 on x86).
    QFETCH(double, value);
    QFETCH(bool, integral);
    const QJsonObject schema{{QStringLiteral("type"), QStringLiteral("integer")},
                             {QStringLiteral("default"), value},
                             {QStringLiteral("enum"), QJsonArray{1, value}}};
    QStringList warnings;
    const ParameterSpec spec =
        SchemaParser().parseProperty(QStringLiteral("steps"), schema, QJsonObject(), false, &warnings);
    QCOMPARE(spec.defaultValue.toDouble(), value);
    QCOMPARE(spec.defaultValue.toVariant().typeId() == QMetaType::LongLong, integral);
    QCOMPARE(spec.enumValues.last().toDouble(), value);
}

void TestSchemaParser::bundledNeeds()
{
    // What a run needs to make sense, beyond what the provider insists on.
    const auto needsOf = [this](const char *id) {
        const ModelSpec *model = m_catalog.model(QString::fromLatin1(id));
        return model ? model->needs : QList<QStringList>{{QStringLiteral("missing model")}};
    };
    QCOMPARE(needsOf("fal:bria/reimagine/3.2"),
             (QList<QStringList>{{QStringLiteral("canny_image_url"), QStringLiteral("depth_image_url")}}));
    QCOMPARE(needsOf("segmind:bria-reimagine"), (QList<QStringList>{{QStringLiteral("structure_image_url")}}));
    // Ideogram's and Freepik's image is required by the schema itself.
    QVERIFY(needsOf("fal:fal-ai/ideogram/v3/remix").isEmpty());
    QVERIFY(m_catalog.model(QStringLiteral("fal:fal-ai/ideogram/v3/remix"))->field(QStringLiteral("image_url"))->required);
    QVERIFY(m_catalog.model(QStringLiteral("freepik:reimagine-flux"))->field(QStringLiteral("image"))->required);
    // The needs travel with the model's JSON (reimagine-cli models --json).
    const QJsonArray groups = m_catalog.model(QStringLiteral("fal:bria/reimagine/3.2"))->toJson().value(QStringLiteral("needs")).toArray();
    QCOMPARE(groups.size(), 1);
    QCOMPARE(groups.at(0).toArray().at(1).toString(), QStringLiteral("depth_image_url"));
}

void TestSchemaParser::brokenDocuments_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("not json") << QByteArray("{oops") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
    QTest::newRow("catalog without id") << QByteArray(R"({"provider":"fal","endpoint":"a/b","title":"T","input":{}})")
                                        << QStringLiteral("'id'");
    QTest::newRow("catalog without input") << QByteArray(R"({"id":"fal:a/b","provider":"fal","endpoint":"a/b","title":"T"})")
                                           << QStringLiteral("'input'");
    QTest::newRow("bad role") << QByteArray(R"({"id":"fal:a/b","provider":"fal","endpoint":"a/b","title":"T",
        "roles":{"prompt":"text"},"input":{"type":"object","properties":{"p":{"type":"string"}}}})")
                              << QStringLiteral("unknown field 'text'");
    QTest::newRow("needs unknown field") << QByteArray(R"({"id":"fal:a/b","provider":"fal","endpoint":"a/b","title":"T",
        "needs":[["p","q"]],"input":{"type":"object","properties":{"p":{"type":"string"}}}})")
                                         << QStringLiteral("'needs' names the unknown field 'q'");
    QTest::newRow("openapi without post") << QByteArray(R"({"openapi":"3.0.4","paths":{"/a/b":{"get":{}}}})")
                                          << QStringLiteral("no submit");
    QTest::newRow("openapi without body") << QByteArray(R"({"openapi":"3.0.4","paths":{"/a/b":{"post":{}}}})")
                                          << QStringLiteral("request body");
}

void TestSchemaParser::brokenDocuments()
{
    QFETCH(QByteArray, document);
    QFETCH(QString, errorContains);
    QString error;
    QVERIFY(!SchemaParser().parseBytes(document, &error));
    QVERIFY2(error.contains(errorContains), qPrintable(error));
}

void TestSchemaParser::enumLabels_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("label");
    QTest::newRow("16:9") << QJsonValue(QStringLiteral("16:9")) << QStringLiteral("16:9 landscape");
    QTest::newRow("9:16") << QJsonValue(QStringLiteral("9:16")) << QStringLiteral("9:16 portrait");
    QTest::newRow("1:1") << QJsonValue(QStringLiteral("1:1")) << QStringLiteral("1:1 square");
    QTest::newRow("widescreen") << QJsonValue(QStringLiteral("widescreen_16_9")) << QStringLiteral("Widescreen 16:9");
    QTest::newRow("square_hd") << QJsonValue(QStringLiteral("square_hd")) << QStringLiteral("Square HD");
    QTest::newRow("BALANCED") << QJsonValue(QStringLiteral("BALANCED")) << QStringLiteral("Balanced");
    QTest::newRow("wild") << QJsonValue(QStringLiteral("wild")) << QStringLiteral("Wild");
    QTest::newRow("integer") << QJsonValue(4) << QStringLiteral("4");
}

void TestSchemaParser::enumLabels()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, label);
    QCOMPARE(SchemaParser::enumLabel(QStringLiteral("x"), value), label);
}

QTEST_GUILESS_MAIN(TestSchemaParser)
#include "tst_schemaparser.moc"
