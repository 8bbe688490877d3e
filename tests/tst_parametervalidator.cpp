#include "schema/modelcatalog.h"
#include "schema/parametervalidator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

namespace {

QJsonObject obj(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestParameterValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void validate_data();
    void validate();
    void defaultsAreValid_data();
    void defaultsAreValid();
    void parseText_data();
    void parseText();

private:
    ModelCatalog m_catalog;
};

void TestParameterValidator::initTestCase()
{
    m_catalog.reload();
    QCOMPARE(m_catalog.models().size(), 4);
}

void TestParameterValidator::validate_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QJsonObject>("values");
    QTest::addColumn<QString>("field");   // empty: valid
    QTest::addColumn<QString>("message"); // substring of the message

    const QString bria = QStringLiteral("fal:bria/reimagine/3.2");
    const QString ideo = QStringLiteral("fal:fal-ai/ideogram/v3/remix");
    const QString seg = QStringLiteral("segmind:bria-reimagine");
    const QString fpk = QStringLiteral("freepik:reimagine-flux");

    QTest::newRow("bria ok") << bria << obj(R"({"canny_image_url":"/tmp/a.png","prompt":"a house","num_inference_steps":30})") << QString() << QString();
    QTest::newRow("bria missing prompt") << bria << obj(R"({"canny_image_url":"/tmp/a.png","num_inference_steps":30})")
                                         << QStringLiteral("prompt") << QStringLiteral("Prompt is required");
    QTest::newRow("bria empty prompt") << bria << obj(R"({"canny_image_url":"/tmp/a.png","prompt":""})")
                                       << QStringLiteral("prompt") << QStringLiteral("is required");
    QTest::newRow("steps below") << bria << obj(R"({"canny_image_url":"/tmp/a.png","prompt":"x","num_inference_steps":19})")
                                 << QStringLiteral("num_inference_steps") << QStringLiteral("Steps must be between 20 and 50.");
    QTest::newRow("steps above") << bria << obj(R"({"canny_image_url":"/tmp/a.png","prompt":"x","num_inference_steps":51})")
                                 << QStringLiteral("num_inference_steps") << QStringLiteral("between 20 and 50");
    QTest::newRow("steps edge low") << bria << obj(R"({"canny_image_url":"/tmp/a.png","prompt":"x","num_inference_steps":20})") << QString() << QString();
    QTest::newRow("steps edge high") << bria << obj(R"({"canny_image_url":"/tmp/a.png","prompt":"x","num_inference_steps":50})") << QString() << QString();
    QTest::newRow("steps fraction") << bria << obj(R"({"canny_image_url":"/tmp/a.png","prompt":"x","num_inference_steps":30.5})")
                                    << QStringLiteral("num_inference_steps") << QStringLiteral("whole number");
    QTest::newRow("steps as text") << bria << obj(R"({"canny_image_url":"/tmp/a.png","prompt":"x","num_inference_steps":"30"})")
                                   << QStringLiteral("num_inference_steps") << QStringLiteral("whole number");
    QTest::newRow("guidance type") << bria << obj(R"({"canny_image_url":"/tmp/a.png","prompt":"x","guidance_scale":true})")
                                   << QStringLiteral("guidance_scale") << QStringLiteral("must be a number");
    QTest::newRow("aspect enum") << bria << obj(R"({"canny_image_url":"/tmp/a.png","prompt":"x","aspect_ratio":"7:3"})")
                                 << QStringLiteral("aspect_ratio") << QStringLiteral("must be one of: 1:1, 2:3");
    QTest::newRow("bool type") << bria << obj(R"({"canny_image_url":"/tmp/a.png","prompt":"x","sync_mode":"yes"})")
                               << QStringLiteral("sync_mode") << QStringLiteral("true or false");
    QTest::newRow("unknown key") << bria << obj(R"({"canny_image_url":"/tmp/a.png","prompt":"x","stepz":3})")
                                 << QStringLiteral("stepz") << QStringLiteral("Unknown parameter 'stepz'");
    QTest::newRow("scale range") << bria << obj(R"({"canny_image_url":"/tmp/a.png","prompt":"x","canny_scale":1.5})")
                                 << QStringLiteral("canny_scale") << QStringLiteral("between 0 and 1");

    // What a run needs to make sense: Bria without a canny or depth image, Segmind without its
    // structure image would bill for an image that ignores the sketch; "   " is no prompt.
    QTest::newRow("bria no structure") << bria << obj(R"({"prompt":"a house"})")
                                       << QStringLiteral("canny_image_url")
                                       << QStringLiteral("Add a sketch first: Bria Reimagine 3.2 needs Sketch (canny) or Depth image.");
    QTest::newRow("bria depth enough") << bria << obj(R"({"prompt":"a house","depth_image_url":"/tmp/d.png"})") << QString() << QString();
    QTest::newRow("bria blank structure") << bria << obj(R"({"prompt":"a house","canny_image_url":"  "})")
                                          << QStringLiteral("canny_image_url") << QStringLiteral("Add a sketch first");
    QTest::newRow("bria blank prompt") << bria << obj(R"({"prompt":"   ","canny_image_url":"/tmp/a.png"})")
                                       << QStringLiteral("prompt") << QStringLiteral("Prompt is required");
    QTest::newRow("segmind no structure") << seg << obj(R"({"prompt":"x"})")
                                          << QStringLiteral("structure_image_url") << QStringLiteral("Add a sketch first");

    const char *ideoBase = R"("prompt":"x","image_url":"https://example.com/a.png")";
    auto ideoValues = [&](const char *extra) {
        QByteArray json = QByteArray("{") + ideoBase;
        if (extra[0])
            json += QByteArray(",") + extra;
        return obj(json + "}");
    };
    QTest::newRow("ideogram ok") << ideo << ideoValues("") << QString() << QString();
    QTest::newRow("ideogram missing image") << ideo << obj(R"({"prompt":"x"})")
                                            << QStringLiteral("image_url") << QStringLiteral("is required");
    QTest::newRow("strength min") << ideo << ideoValues(R"("strength":0.0)")
                                  << QStringLiteral("strength") << QStringLiteral("between 0.01 and 1");
    QTest::newRow("num_images max") << ideo << ideoValues(R"("num_images":9)")
                                    << QStringLiteral("num_images") << QStringLiteral("between 1 and 8");
    QTest::newRow("style and codes") << ideo << ideoValues(R"("style":"AUTO","style_codes":["AABBCCDD"])")
                                     << QStringLiteral("style_codes") << QStringLiteral("cannot be used together with Style");
    QTest::newRow("codes and refs") << ideo << ideoValues(R"("style_codes":["AABBCCDD"],"image_urls":["https://e.com/s.png"])")
                                    << QStringLiteral("style_codes") << QStringLiteral("cannot be used together with Style reference images");
    QTest::newRow("style null ok") << ideo << ideoValues(R"("style":null,"style_codes":["AABBCCDD"])") << QString() << QString();
    QTest::newRow("style code format") << ideo << ideoValues(R"("style_codes":["XYZ"])")
                                       << QStringLiteral("style_codes") << QStringLiteral("wrong format");
    QTest::newRow("size preset") << ideo << ideoValues(R"("image_size":"landscape_16_9")") << QString() << QString();
    QTest::newRow("size bad preset") << ideo << ideoValues(R"("image_size":"huge")")
                                     << QStringLiteral("image_size") << QStringLiteral("or a width and height");
    QTest::newRow("size custom") << ideo << ideoValues(R"("image_size":{"width":1024,"height":768})") << QString() << QString();
    QTest::newRow("size zero width") << ideo << ideoValues(R"("image_size":{"width":0,"height":768})")
                                     << QStringLiteral("image_size") << QStringLiteral("Width must be greater than 0");
    QTest::newRow("size too big") << ideo << ideoValues(R"("image_size":{"width":20000,"height":768})")
                                  << QStringLiteral("image_size") << QStringLiteral("at most 14142");
    QTest::newRow("size missing height") << ideo << ideoValues(R"("image_size":{"width":100})")
                                         << QStringLiteral("image_size") << QStringLiteral("needs 'height'");
    QTest::newRow("palette name") << ideo << ideoValues(R"("color_palette":{"name":"EMBER"})") << QString() << QString();
    QTest::newRow("palette bad name") << ideo << ideoValues(R"("color_palette":{"name":"NEON"})")
                                      << QStringLiteral("color_palette") << QStringLiteral("must be one of");
    QTest::newRow("palette both") << ideo << ideoValues(R"("color_palette":{"name":"EMBER","members":[{"rgb":{"r":1,"g":2,"b":3}}]})")
                                  << QStringLiteral("color_palette") << QStringLiteral("either a preset name or a list");
    QTest::newRow("palette members") << ideo << ideoValues(R"("color_palette":{"members":[{"rgb":{"r":255,"g":0,"b":0},"color_weight":0.5}]})")
                                     << QString() << QString();
    QTest::newRow("image list type") << ideo << ideoValues(R"("image_urls":"https://e.com/a.png")")
                                     << QStringLiteral("image_urls") << QStringLiteral("list of images");
    QTest::newRow("seed null") << ideo << ideoValues(R"("seed":null)") << QString() << QString();

    QTest::newRow("segmind ok") << seg << obj(R"({"structure_image_url":"/tmp/a.png","prompt":"x","steps_num":4})") << QString() << QString();
    QTest::newRow("segmind steps") << seg << obj(R"({"structure_image_url":"/tmp/a.png","prompt":"x","steps_num":3})")
                                   << QStringLiteral("steps_num") << QStringLiteral("between 4 and 50");
    QTest::newRow("segmind influence") << seg << obj(R"({"structure_image_url":"/tmp/a.png","prompt":"x","structure_ref_influence":-0.1})")
                                       << QStringLiteral("structure_ref_influence") << QStringLiteral("between 0 and 1");

    QTest::newRow("freepik ok") << fpk << obj(R"({"image":"/tmp/a.png","imagination":"vivid"})") << QString() << QString();
    QTest::newRow("freepik no image") << fpk << obj(R"({"prompt":"x"})") << QStringLiteral("image") << QStringLiteral("is required");
    QTest::newRow("freepik imagination") << fpk << obj(R"({"image":"/tmp/a.png","imagination":"crazy"})")
                                         << QStringLiteral("imagination") << QStringLiteral("wild, subtle, vivid");
    QTest::newRow("freepik aspect") << fpk << obj(R"({"image":"/tmp/a.png","aspect_ratio":"16:9"})")
                                    << QStringLiteral("aspect_ratio") << QStringLiteral("widescreen_16_9");
}

void TestParameterValidator::validate()
{
    QFETCH(QString, model);
    QFETCH(QJsonObject, values);
    QFETCH(QString, field);
    QFETCH(QString, message);

    const ModelSpec *spec = m_catalog.model(model);
    QVERIFY(spec);
    const QList<FieldError> errors = ParameterValidator(*spec).validate(values);
    if (field.isEmpty()) {
        QStringList texts;
        for (const FieldError &e : errors)
            texts.append(e.field + QLatin1String(": ") + e.message);
        QVERIFY2(errors.isEmpty(), qPrintable(texts.join(u'\n')));
        return;
    }
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    QVERIFY2(errors.first().message.contains(message), qPrintable(errors.first().message));
}

void TestParameterValidator::defaultsAreValid_data()
{
    QTest::addColumn<QString>("model");
    for (const QString &id : m_catalog.ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TestParameterValidator::defaultsAreValid()
{
    // Every default in the catalog passes its own field's checks.
    QFETCH(QString, model);
    const ModelSpec *spec = m_catalog.model(model);
    const ParameterValidator validator(*spec);
    for (const ParameterSpec &field : spec->fields)
        QVERIFY2(validator.validateValue(field, field.defaultValue).isEmpty(), qPrintable(field.name));
}

void TestParameterValidator::parseText_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("json");  // expected value as compact JSON in an array; empty: error
    const QString bria = QStringLiteral("fal:bria/reimagine/3.2");
    const QString ideo = QStringLiteral("fal:fal-ai/ideogram/v3/remix");
    QTest::newRow("int") << bria << QStringLiteral("num_inference_steps") << QStringLiteral("42") << QStringLiteral("[42]");
    QTest::newRow("int bad") << bria << QStringLiteral("num_inference_steps") << QStringLiteral("4x") << QString();
    QTest::newRow("int float") << bria << QStringLiteral("num_inference_steps") << QStringLiteral("4.5") << QString();
    QTest::newRow("number") << bria << QStringLiteral("guidance_scale") << QStringLiteral("7.5") << QStringLiteral("[7.5]");
    QTest::newRow("number bad") << bria << QStringLiteral("guidance_scale") << QStringLiteral("high") << QString();
    QTest::newRow("bool yes") << bria << QStringLiteral("sync_mode") << QStringLiteral("yes") << QStringLiteral("[true]");
    QTest::newRow("bool 0") << bria << QStringLiteral("sync_mode") << QStringLiteral("0") << QStringLiteral("[false]");
    QTest::newRow("bool bad") << bria << QStringLiteral("sync_mode") << QStringLiteral("maybe") << QString();
    QTest::newRow("string") << bria << QStringLiteral("aspect_ratio") << QStringLiteral("16:9") << QStringLiteral("[\"16:9\"]");
    QTest::newRow("size preset") << ideo << QStringLiteral("image_size") << QStringLiteral("square") << QStringLiteral("[\"square\"]");
    QTest::newRow("size WxH") << ideo << QStringLiteral("image_size") << QStringLiteral("1024x768")
                              << QStringLiteral("[{\"height\":768,\"width\":1024}]");
    QTest::newRow("size json") << ideo << QStringLiteral("image_size") << QStringLiteral("{\"width\":8,\"height\":9}")
                               << QStringLiteral("[{\"height\":9,\"width\":8}]");
    QTest::newRow("palette name") << ideo << QStringLiteral("color_palette") << QStringLiteral("EMBER")
                                  << QStringLiteral("[{\"name\":\"EMBER\"}]");
    QTest::newRow("list csv") << ideo << QStringLiteral("style_codes") << QStringLiteral("AABBCCDD, 11223344")
                              << QStringLiteral("[[\"AABBCCDD\",\"11223344\"]]");
    QTest::newRow("list json") << ideo << QStringLiteral("style_codes") << QStringLiteral("[\"AABBCCDD\"]")
                               << QStringLiteral("[[\"AABBCCDD\"]]");
    QTest::newRow("object bad json") << ideo << QStringLiteral("color_palette") << QStringLiteral("{oops") << QString();
}

void TestParameterValidator::parseText()
{
    QFETCH(QString, model);
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, json);
    const ParameterSpec *spec = m_catalog.model(model)->field(field);
    QVERIFY(spec);
    QString error;
    const QJsonValue value = ParameterValidator::parseText(*spec, text, &error);
    if (json.isEmpty()) {
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(text), qPrintable(error));
        return;
    }
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(QString::fromUtf8(QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact)), json);
}

QTEST_GUILESS_MAIN(TestParameterValidator)
#include "tst_parametervalidator.moc"
