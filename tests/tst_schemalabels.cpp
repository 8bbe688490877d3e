#include "schema/schemalabels.h"

#include <QTest>

class TestSchemaLabels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void humanize_data();
    void humanize();
    void title_data();
    void title();
    void enumLabel_data();
    void enumLabel();
};

namespace {

void addTextRow(const char *name, const char *in, const char *out)
{
    QTest::newRow(name) << QString::fromUtf8(in) << QString::fromUtf8(out);
}

} // namespace

void TestSchemaLabels::humanize_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("label");
    addTextRow("known field", "num_inference_steps", "Steps");
    addTextRow("known image", "image_url", "Image");
    addTextRow("snake case and url", "canny_image_url", "Canny image");
    addTextRow("camel case", "guidanceScale", "Guidance scale");
    addTextRow("dashes", "style-reference", "Style reference");
    addTextRow("empty", "", "");
}

void TestSchemaLabels::humanize()
{
    QFETCH(QString, name);
    QFETCH(QString, label);
    QCOMPARE(SchemaLabels::humanize(name), label);
}

void TestSchemaLabels::title_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("schemaTitle");
    QTest::addColumn<QString>("title");
    const auto row = [](const char *rowName, const char *name, const char *schemaTitle, const char *title) {
        QTest::newRow(rowName) << QString::fromUtf8(name) << QString::fromUtf8(schemaTitle)
                               << QString::fromUtf8(title);
    };
    row("fal's generated title", "num_inference_steps", "Num Inference Steps", "Steps");
    row("no title", "guidance_scale", "", "Guidance");
    row("a title of its own", "strength", "Creativity", "Creativity");
}

void TestSchemaLabels::title()
{
    QFETCH(QString, name);
    QFETCH(QString, schemaTitle);
    QFETCH(QString, title);
    QCOMPARE(SchemaLabels::title(name, schemaTitle), title);
}

void TestSchemaLabels::enumLabel_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("label");
    const auto row = [](const char *text, const char *label) {
        QTest::newRow(text) << QJsonValue(QString::fromUtf8(text)) << QString::fromUtf8(label);
    };
    row("16:9", "16:9 landscape");
    row("2:3", "2:3 portrait");
    row("1:1", "1:1 square");
    row("portrait_4_3", "Portrait 4:3");
    row("square_hd", "Square HD");
    row("TURBO", "Turbo");
    row("", "");
    QTest::newRow("integer") << QJsonValue(1024) << QStringLiteral("1024");
    QTest::newRow("fraction") << QJsonValue(0.25) << QStringLiteral("0.25");
}

void TestSchemaLabels::enumLabel()
{
    QFETCH(QJsonValue, value);
    QFETCH(QString, label);
    QCOMPARE(SchemaLabels::enumLabel(value), label);
}

QTEST_GUILESS_MAIN(TestSchemaLabels)
#include "tst_schemalabels.moc"
