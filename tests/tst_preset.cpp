#include "presets/preset.h"
#include "presets/sharedintent.h"
#include "schema/modelcatalog.h"

#include "testimages.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QJsonDocument>
#include <QTest>

class TestPreset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_catalog.reload(); }
    void sharedIntentAcrossModels();
    void applicationNote();
    void sharedIntentRatios();
    void sharedIntentRatioOfImageFile();
    void closestAspect_data();
    void closestAspect();
    void applyIntent_data();
    void applyIntent();
    void rejects_data();
    void rejects();
    void roundTrip();
    void presetsNeverChooseFiles();
    void structureTravelsWithoutCorners();

private:
    ModelCatalog m_catalog;
};

void TestPreset::closestAspect_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("ratio");
    QTest::addColumn<QString>("expected");
    QTest::newRow("bria 16:9") << "fal:bria/reimagine/3.2" << "aspect_ratio" << "16:9" << "16:9";
    QTest::newRow("freepik 16:9") << "freepik:reimagine-flux" << "aspect_ratio" << "16:9" << "widescreen_16_9";
    QTest::newRow("freepik 1:1") << "freepik:reimagine-flux" << "aspect_ratio" << "1:1" << "square_1_1";
    QTest::newRow("ideogram 16:9") << "fal:fal-ai/ideogram/v3/remix" << "image_size" << "16:9" << "landscape_16_9";
    QTest::newRow("ideogram 3:4") << "fal:fal-ai/ideogram/v3/remix" << "image_size" << "3:4" << "portrait_4_3";
    QTest::newRow("ideogram 1:1") << "fal:fal-ai/ideogram/v3/remix" << "image_size" << "1:1" << "square_hd";
    QTest::newRow("nothing close") << "fal:bria/reimagine/3.2" << "aspect_ratio" << "21:9" << "";
    QTest::newRow("garbage") << "fal:bria/reimagine/3.2" << "aspect_ratio" << "wide" << "";
}

void TestPreset::closestAspect()
{
    QFETCH(QString, model);
    QFETCH(QString, field);
    QFETCH(QString, ratio);
    QFETCH(QString, expected);
    const ParameterSpec *spec = m_catalog.model(model)->field(field);
    QCOMPARE(Preset::closestAspectValue(spec->enumValues, ratio), expected);
}

void TestPreset::applyIntent_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("expected"); // compact JSON of the changed values
    QTest::newRow("bria") << "fal:bria/reimagine/3.2"
                          << R"({"aspect_ratio":"16:9","canny_scale":0.7,"negative_prompt":"blurry","prompt":"a chair, watercolour","seed":77})";
    QTest::newRow("ideogram") << "fal:fal-ai/ideogram/v3/remix"
                              << R"({"image_size":"landscape_16_9","negative_prompt":"blurry","num_images":2,"prompt":"a chair, watercolour","rendering_speed":"TURBO","seed":77,"strength":0.7})";
    QTest::newRow("freepik") << "freepik:reimagine-flux"
                             << R"({"aspect_ratio":"widescreen_16_9","prompt":"a chair, watercolour"})";
}

void TestPreset::applyIntent()
{
    QFETCH(QString, model);
    QFETCH(QString, expected);
    QString error;
    const std::optional<Preset> preset = Preset::fromJson(QJsonDocument::fromJson(R"({
        "format": "reimagine-studio-preset", "version": 1, "name": "Watercolour",
        "intent": {"prompt_template": "{prompt}, watercolour", "negative_prompt": "blurry",
                   "seed_policy": "fixed", "seed": 77, "strength": 0.7, "aspect_ratio": "16:9", "num_images": 2},
        "models": {"fal:fal-ai/ideogram/v3/remix": {"rendering_speed": "TURBO"}}})").object(), &error);
    QVERIFY2(preset, qPrintable(error));
    const QJsonObject values = preset->applyTo(*m_catalog.model(model), QJsonObject(), QStringLiteral("a chair"));
    QJsonObject rounded = values;
    for (auto it = rounded.begin(); it != rounded.end(); ++it) {
        if (it.value().isDouble() && it.value().toDouble() != std::floor(it.value().toDouble()))
            it.value() = std::round(it.value().toDouble() * 1000) / 1000;
    }
    QCOMPARE(QString::fromUtf8(QJsonDocument(rounded).toJson(QJsonDocument::Compact)), expected);
}

void TestPreset::rejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("no format") << QByteArray(R"({"version":1})") << QStringLiteral("not a Reimagine Studio preset");
    QTest::newRow("future version") << QByteArray(R"({"format":"reimagine-studio-preset","version":7})") << QStringLiteral("version 7");
    QTest::newRow("bad seed policy") << QByteArray(R"({"format":"reimagine-studio-preset","version":1,"intent":{"seed_policy":"sometimes"}})")
                                     << QStringLiteral("Unknown seed policy 'sometimes'");
    QTest::newRow("bad model values") << QByteArray(R"({"format":"reimagine-studio-preset","version":1,"models":{"fal:x":3}})")
                                      << QStringLiteral("not an object");
}

void TestPreset::rejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!Preset::fromJson(QJsonDocument::fromJson(json).object(), &message));
    QVERIFY2(message.contains(error), qPrintable(message));
}

void TestPreset::roundTrip()
{
    Preset p;
    p.name = QStringLiteral("Ink");
    p.intent = {{QStringLiteral("prompt_template"), QStringLiteral("{prompt}, ink")}};
    p.modelValues.insert(QStringLiteral("fal:bria/reimagine/3.2"), {{QStringLiteral("num_inference_steps"), 40}});
    QString error;
    const std::optional<Preset> back = Preset::fromJson(p.toJson(), &error);
    QVERIFY(back);
    QCOMPARE(back->toJson(), p.toJson());
}

// A preset shared by someone else must not pick which local file gets uploaded.
void TestPreset::presetsNeverChooseFiles()
{
    QString error;
    const QJsonObject json{
        {QStringLiteral("format"), QStringLiteral("reimagine-studio-preset")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("name"), QStringLiteral("Shared")},
        {QStringLiteral("models"),
         QJsonObject{{QStringLiteral("fal:bria/reimagine/3.2"),
                      QJsonObject{{QStringLiteral("num_inference_steps"), 40},
                                  {QStringLiteral("canny_image_url"), QStringLiteral("/home/someone/.ssh/id_rsa")},
                                  {QStringLiteral("depth_image_url"), QStringLiteral("https://attacker.example/x.png")}}},
                     {QStringLiteral("fal:fal-ai/ideogram/v3/remix"),
                      QJsonObject{{QStringLiteral("image_urls"), QJsonArray{QStringLiteral("/etc/passwd")}},
                                  {QStringLiteral("style"), QStringLiteral("DESIGN")}}},
                     {QStringLiteral("fal:someone/unknown-model"),
                      QJsonObject{{QStringLiteral("image_url"), QStringLiteral("/home/someone/secret.png")}}}}}};
    std::optional<Preset> preset = Preset::fromJson(json, &error);
    QVERIFY2(preset, qPrintable(error));

    // Even before they are dropped, applying never sets an image field.
    const ModelSpec &bria = *m_catalog.model(QStringLiteral("fal:bria/reimagine/3.2"));
    QJsonObject current{{QStringLiteral("canny_image_url"), QStringLiteral("/work/my-sketch.png")}};
    const QJsonObject applied = preset->applyTo(bria, current, QStringLiteral("a chair"));
    QCOMPARE(applied.value(QLatin1String("canny_image_url")).toString(), QStringLiteral("/work/my-sketch.png"));
    QVERIFY(!applied.contains(QLatin1String("depth_image_url")));
    QCOMPARE(applied.value(QLatin1String("num_inference_steps")).toInt(), 40);

    const QStringList notes = preset->dropFileFields(m_catalog);
    QCOMPARE(notes.size(), 4);
    QVERIFY(notes.contains(QStringLiteral("Bria Reimagine 3.2: Sketch (canny) was ignored; a preset never "
                                          "chooses which file is sent.")));
    QVERIFY(notes.contains(QStringLiteral("The values for fal:someone/unknown-model were ignored: that model "
                                          "is not in the catalog.")));
    const QJsonObject kept = preset->toJson().value(QLatin1String("models")).toObject();
    QCOMPARE(kept.keys(), (QStringList{QStringLiteral("fal:bria/reimagine/3.2"), QStringLiteral("fal:fal-ai/ideogram/v3/remix")}));
    QCOMPARE(kept.value(QLatin1String("fal:bria/reimagine/3.2")).toObject(),
             (QJsonObject{{QStringLiteral("num_inference_steps"), 40}}));
    QCOMPARE(kept.value(QLatin1String("fal:fal-ai/ideogram/v3/remix")).toObject(),
             (QJsonObject{{QStringLiteral("style"), QStringLiteral("DESIGN")}}));
    QVERIFY(!QJsonDocument(preset->toJson()).toJson().contains("/home/someone"));
    QVERIFY(preset->dropFileFields(m_catalog).isEmpty());
}

void TestPreset::structureTravelsWithoutCorners()
{
    Preset p;
    p.name = QStringLiteral("Phone photos");
    QVERIFY(!p.toJson().contains(QStringLiteral("structure")));
    StructureSettings structure;
    structure.cleanupEnabled = true;
    structure.cleanup = CleanupSettings::photo();
    structure.cleanup.lineWeight = 1;
    structure.cleanup.corners = {QPointF(0.1, 0.1), QPointF(0.9, 0.1), QPointF(0.9, 0.9), QPointF(0.1, 0.9)};
    structure.cannyLow = 40;
    structure.cannyHigh = 120;
    structure.sendMap = true;
    p.structure = structure;
    const QJsonObject json = p.toJson();
    QVERIFY(!json.value(QStringLiteral("structure")).toObject().value(QStringLiteral("cleanup")).toObject()
                 .contains(QStringLiteral("corners")));
    QString error;
    const std::optional<Preset> back = Preset::fromJson(json, &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->structure);
    structure.cleanup.corners.clear();
    QVERIFY(*back->structure == structure);
    // A preset with broken structure settings is refused with the reason.
    QJsonObject broken = json;
    broken.insert(QStringLiteral("structure"), QJsonObject{{QStringLiteral("map"), QStringLiteral("depth")}});
    QVERIFY(!Preset::fromJson(broken, &error));
    QCOMPARE(error, QStringLiteral("The preset's structure settings are invalid: map must be canny or lineart."));
}

void TestPreset::sharedIntentAcrossModels()
{
    // The designer's intent read from Bria's form survives a switch to Ideogram and back: prompt,
    // seed, negative prompt and strength (over each model's own range) are one.
    const ModelSpec &bria = *m_catalog.model(QStringLiteral("fal:bria/reimagine/3.2"));
    const ModelSpec &ideo = *m_catalog.model(QStringLiteral("fal:fal-ai/ideogram/v3/remix"));
    const ModelSpec &flux = *m_catalog.model(QStringLiteral("freepik:reimagine-flux"));
    QJsonObject briaValues{{QStringLiteral("prompt"), QStringLiteral("an oak chair")},
                           {QStringLiteral("negative_prompt"), QStringLiteral("blurry")},
                           {QStringLiteral("seed"), 1234},
                           {QStringLiteral("aspect_ratio"), QStringLiteral("1:1")}};
    SharedIntent intent = SharedIntent::fromValues(bria, briaValues);
    QCOMPARE(intent.prompt, QStringLiteral("an oak chair"));
    QCOMPARE(intent.negativePrompt.value_or(QString()), QStringLiteral("blurry"));
    QCOMPARE(intent.seed.value_or(-1), 1234);
    intent.strength = 0.6;
    intent.aspect.clear(); // match the sketch

    const QJsonObject ideoValues = intent.applyTo(ideo, QJsonObject(), QStringLiteral("4:3"));
    QCOMPARE(ideoValues.value(QStringLiteral("prompt")).toString(), QStringLiteral("an oak chair"));
    QCOMPARE(ideoValues.value(QStringLiteral("negative_prompt")).toString(), QStringLiteral("blurry"));
    QCOMPARE(ideoValues.value(QStringLiteral("seed")).toInteger(), 1234);
    QCOMPARE(ideoValues.value(QStringLiteral("strength")).toDouble(), 0.6); // shown 0.60, sent 0.6
    QCOMPARE(ideoValues.value(QStringLiteral("image_size")).toString(), QStringLiteral("landscape_4_3"));
    // Freepik has no seed role nor strength: its values carry only what it has.
    const QJsonObject fluxValues = intent.applyTo(flux, QJsonObject(), QStringLiteral("4:3"));
    QCOMPARE(fluxValues.value(QStringLiteral("prompt")).toString(), QStringLiteral("an oak chair"));
    QVERIFY(!fluxValues.contains(QStringLiteral("seed")));
    QCOMPARE(fluxValues.value(QStringLiteral("aspect_ratio")).toString(), QStringLiteral("classic_4_3"));

    // Back from Ideogram: what it did not have is kept from before.
    SharedIntent back = SharedIntent::fromValues(ideo, ideoValues, intent);
    QVERIFY(back == intent);
    // A negative prompt equal to the model's default is no intent of the designer's.
    QJsonObject defaults = briaValues;
    defaults.insert(QStringLiteral("negative_prompt"), bria.field(QStringLiteral("negative_prompt"))->defaultValue);
    QVERIFY(!SharedIntent::fromValues(bria, defaults).negativePrompt.has_value());
    // Saved and restored as JSON.
    back.seedLocked = true;
    back.aspect = QStringLiteral("16:9");
    QVERIFY(SharedIntent::fromJson(back.toJson()) == back);
    // Compare receives the same intent.
    const QJsonObject compare = back.toCompareIntent(QStringLiteral("4:3"));
    QCOMPARE(compare.value(QStringLiteral("aspect")).toString(), QStringLiteral("16:9"));
    QCOMPARE(compare.value(QStringLiteral("seed")).toInteger(), 1234);
}

void TestPreset::sharedIntentRatios()
{
    QCOMPARE(SharedIntent::ratioText(QSize(4000, 3000)), QStringLiteral("4:3"));
    QCOMPARE(SharedIntent::ratioText(QSize(1024, 1024)), QStringLiteral("1:1"));
    QCOMPARE(SharedIntent::ratioText(QSize()), QString());
    QCOMPARE(SharedIntent::ratioOfValue(QStringLiteral("landscape_16_9")), QStringLiteral("16:9"));
    QCOMPARE(SharedIntent::ratioOfValue(QStringLiteral("square_hd")), QStringLiteral("1:1"));
    QCOMPARE(SharedIntent::ratioOfValue(QStringLiteral("3:4")), QStringLiteral("3:4"));
    // The nearest value a model offers, however far: a 4:3 sketch on Bria's list.
    const ModelSpec &bria = *m_catalog.model(QStringLiteral("fal:bria/reimagine/3.2"));
    QCOMPARE(Preset::nearestAspectValue(bria.field(QStringLiteral("aspect_ratio"))->enumValues, QStringLiteral("4:3")),
             QStringLiteral("4:3"));
    QCOMPARE(Preset::nearestAspectValue(bria.field(QStringLiteral("aspect_ratio"))->enumValues, QStringLiteral("40:10")),
             QStringLiteral("16:9"));
}

// The sketch's shape as the designer sees it: a phone photo stored sideways with an EXIF
// orientation is portrait; a file that is no image has no ratio.
void TestPreset::sharedIntentRatioOfImageFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QImage landscape(800, 600, QImage::Format_RGB32);
    landscape.fill(Qt::white);
    const QString png = dir.filePath(QStringLiteral("tall.png"));
    QVERIFY(landscape.transformed(QTransform().rotate(90)).save(png));
    QCOMPARE(SharedIntent::ratioOfImageFile(png), QStringLiteral("3:4"));

    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(landscape.save(&buffer, "JPEG"));
    const QString sideways = dir.filePath(QStringLiteral("phone.jpg"));
    QFile file(sideways);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(TestImages::withExifOrientation(jpeg, 6)); // turn 90 degrees clockwise to view
    file.close();
    QCOMPARE(SharedIntent::ratioOfImageFile(sideways), QStringLiteral("3:4"));
    QCOMPARE(SharedIntent::ratioOfImageFile(dir.filePath(QStringLiteral("missing.png"))), QString());
    QFile text(dir.filePath(QStringLiteral("notes.png")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("not an image");
    text.close();
    QCOMPARE(SharedIntent::ratioOfImageFile(text.fileName()), QString());
}

void TestPreset::applicationNote()
{
    QString error;
    const std::optional<Preset> preset = Preset::fromJson(QJsonDocument::fromJson(R"({
        "format": "reimagine-studio-preset", "version": 1, "name": "Watercolour",
        "intent": {"prompt_template": "{prompt}, watercolour", "negative_prompt": "blurry",
                   "seed_policy": "fixed", "seed": 77, "strength": 0.7, "aspect_ratio": "16:9"},
        "models": {"fal:fal-ai/ideogram/v3/remix": {"rendering_speed": "TURBO"}}})").object(), &error);
    QVERIFY2(preset, qPrintable(error));
    // Freepik has no negative prompt, seed or strength; the exact values are Ideogram's.
    QCOMPARE(preset->applicationNote(*m_catalog.model(QStringLiteral("freepik:reimagine-flux")), &m_catalog),
             QStringLiteral("Preset “Watercolour” applied to Reimagine Flux (Freepik): prompt, aspect ratio. Not applied: "
                            "negative prompt (Reimagine Flux (Freepik) has no such setting); seed (Reimagine Flux (Freepik) has no such "
                            "setting); strength (Reimagine Flux (Freepik) has no such setting); the exact values saved for "
                            "Ideogram V3 Remix."));
    // On Ideogram everything applies: nothing to say.
    QCOMPARE(preset->applicationNote(*m_catalog.model(QStringLiteral("fal:fal-ai/ideogram/v3/remix")), &m_catalog), QString());
}

QTEST_GUILESS_MAIN(TestPreset)
#include "tst_preset.moc"
