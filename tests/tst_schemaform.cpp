// SchemaForm over the four bundled models: widget kinds, ranges, enums, defaults, value
// round-trips, JSON types, omission of unset fields, inline validation and odd constructs.

#include "forms/fieldeditorfactory.h"
#include "forms/numbereditor.h"
#include "forms/schemaform.h"
#include "widgets/imagedropzone.h"

#include "schema/modelcatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <cmath>

using Widget = ParameterSpec::Widget;
using Type = ParameterSpec::Type;

namespace {
const QString Bria = QStringLiteral("fal:bria/reimagine/3.2");
const QString Ideogram = QStringLiteral("fal:fal-ai/ideogram/v3/remix");
const QString Segmind = QStringLiteral("segmind:bria-reimagine");
const QString Freepik = QStringLiteral("freepik:reimagine-flux");

template<typename T>
T *part(const SchemaForm &form, const QString &field, const QString &suffix)
{
    return form.findChild<T *>(QStringLiteral("field_") + field + u'_' + suffix);
}

bool isIntegerJson(const QJsonValue &value)
{
    const int type = value.toVariant().userType();
    return type == QMetaType::LongLong || type == QMetaType::Int;
}
} // namespace

class TestSchemaForm : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void widgetKinds_data();
    void widgetKinds();
    void rangesMatchSchema_data();
    void rangesMatchSchema();
    void enumItemsInOrder_data();
    void enumItemsInOrder();
    void defaultsShown_data();
    void defaultsShown();
    void roundTrip_data();
    void roundTrip();

    void knownFieldsUseTheRightEditor();
    void integersStayIntegers();
    void numberStepsFromRange();
    void sliderAndSpinStayInSync();
    void unsetOptionalFieldsOmitted();
    void clearedNegativePromptIsSent();
    void requiredPromptValidation();
    void exclusiveFieldsError();
    void seedRandomAndRandomize();
    void imageSizeCustom();
    void colorPalette();
    void stringList();
    void corruptImageShowsInlineError();
    void jsonEditBadJsonIsAnErrorNotACrash();
    void unknownConstructsRender();
    void resetToDefaults();
    void valuesChangedIsCoalesced();
    void switchingModelRebuilds();
    void externalErrorsShownUntilEdited();

private:
    const ModelSpec &model(const QString &id) const;
    void addModelRows() const;

    ModelCatalog m_catalog;
};

void TestSchemaForm::initTestCase()
{
    m_catalog.reload();
    QVERIFY2(m_catalog.errors().isEmpty(), qPrintable(m_catalog.errors().join(u'\n')));
    for (const QString &id : {Bria, Ideogram, Segmind, Freepik})
        QVERIFY2(m_catalog.model(id), qPrintable(id));
}

const ModelSpec &TestSchemaForm::model(const QString &id) const
{
    return *m_catalog.model(id);
}

void TestSchemaForm::addModelRows() const
{
    QTest::addColumn<QString>("modelId");
    QTest::newRow("bria") << Bria;
    QTest::newRow("ideogram") << Ideogram;
    QTest::newRow("segmind") << Segmind;
    QTest::newRow("freepik") << Freepik;
}

void TestSchemaForm::widgetKinds_data()
{
    addModelRows();
}

void TestSchemaForm::widgetKinds()
{
    QFETCH(QString, modelId);
    SchemaForm form;
    form.setModel(model(modelId));
    QCOMPARE(form.model().id, modelId);

    for (const ParameterSpec &spec : model(modelId).fields) {
        const QString n = spec.name;
        QWidget *editor = form.editorFor(n);
        QVERIFY2(editor, qPrintable(n));
        QCOMPARE(editor->objectName(), QStringLiteral("field_") + n);
        QVERIFY2(part<QLabel>(form, n, QStringLiteral("error")), qPrintable(n));

        switch (FieldEditorFactory::effectiveWidget(spec)) {
        case Widget::Slider:
            QVERIFY2(part<QSlider>(form, n, QStringLiteral("slider")), qPrintable(n));
            QVERIFY2(part<QAbstractSpinBox>(form, n, QStringLiteral("spin")), qPrintable(n));
            break;
        case Widget::SpinBox:
            QVERIFY2(part<QAbstractSpinBox>(form, n, QStringLiteral("spin")), qPrintable(n));
            QVERIFY2(!part<QSlider>(form, n, QStringLiteral("slider")), qPrintable(n));
            break;
        case Widget::Seed:
            QVERIFY2(part<QSpinBox>(form, n, QStringLiteral("spin")), qPrintable(n));
            QVERIFY2(part<QToolButton>(form, n, QStringLiteral("randomize")), qPrintable(n));
            QVERIFY2(part<QToolButton>(form, n, QStringLiteral("lock")), qPrintable(n));
            break;
        case Widget::Combo:
        case Widget::ColorPalette:
            QVERIFY2(part<QComboBox>(form, n, QStringLiteral("combo")), qPrintable(n));
            break;
        case Widget::ImageSize:
            QVERIFY2(part<QComboBox>(form, n, QStringLiteral("combo")), qPrintable(n));
            QVERIFY2(part<QSpinBox>(form, n, QStringLiteral("width")), qPrintable(n));
            QVERIFY2(part<QSpinBox>(form, n, QStringLiteral("height")), qPrintable(n));
            break;
        case Widget::Check:
            QVERIFY2(part<QCheckBox>(form, n, QStringLiteral("check")), qPrintable(n));
            break;
        case Widget::Prompt:
        case Widget::JsonEdit:
            QVERIFY2(part<QPlainTextEdit>(form, n, QStringLiteral("text")), qPrintable(n));
            break;
        case Widget::LineEdit:
        case Widget::StringList:
            QVERIFY2(part<QLineEdit>(form, n, QStringLiteral("text")), qPrintable(n));
            break;
        case Widget::ImageDrop:
            QVERIFY2(part<ImageDropZone>(form, n, QStringLiteral("drop")), qPrintable(n));
            break;
        case Widget::ImageList:
            QVERIFY2(part<QListWidget>(form, n, QStringLiteral("list")), qPrintable(n));
            break;
        }
    }
}

void TestSchemaForm::rangesMatchSchema_data()
{
    addModelRows();
}

void TestSchemaForm::rangesMatchSchema()
{
    QFETCH(QString, modelId);
    SchemaForm form;
    form.setModel(model(modelId));
    int checked = 0;
    for (const ParameterSpec &spec : model(modelId).fields) {
        if (!spec.isNumeric() || !spec.isBounded() || spec.exclusiveMinimum || spec.exclusiveMaximum
            || FieldEditorFactory::effectiveWidget(spec) == Widget::Seed
            || FieldEditorFactory::effectiveWidget(spec) == Widget::Combo)
            continue;
        const QString n = spec.name;
        // The spin box takes any typed number (the form says when it is out of range); the
        // range it steps in is the schema's.
        auto *spin = part<QAbstractSpinBox>(form, n, QStringLiteral("spin"));
        QVERIFY2(spin, qPrintable(n));
        QCOMPARE(spin->property("validMinimum").toDouble(), *spec.minimum);
        QCOMPARE(spin->property("validMaximum").toDouble(), *spec.maximum);
        if (auto *slider = part<QSlider>(form, n, QStringLiteral("slider"))) {
            const double scale = slider->property("valueScale").toDouble();
            QVERIFY(scale > 0);
            QCOMPARE(slider->minimum(), static_cast<int>(std::lround(*spec.minimum * scale)));
            QCOMPARE(slider->maximum(), static_cast<int>(std::lround(*spec.maximum * scale)));
        }
        ++checked;
    }
    QVERIFY(modelId == Freepik || checked > 0);
}

void TestSchemaForm::enumItemsInOrder_data()
{
    addModelRows();
}

void TestSchemaForm::enumItemsInOrder()
{
    QFETCH(QString, modelId);
    SchemaForm form;
    form.setModel(model(modelId));
    for (const ParameterSpec &spec : model(modelId).fields) {
        if (FieldEditorFactory::effectiveWidget(spec) != Widget::Combo)
            continue;
        auto *combo = part<QComboBox>(form, spec.name, QStringLiteral("combo"));
        QVERIFY(combo);
        const bool notSet = !spec.required && !spec.hasDefault();
        QCOMPARE(combo->count(), spec.enumValues.size() + (notSet ? 1 : 0));
        int offset = 0;
        if (notSet) {
            QVERIFY(!combo->itemData(0).isValid());
            QCOMPARE(combo->itemText(0), QStringLiteral("Not set"));
            offset = 1;
        }
        for (int i = 0; i < spec.enumValues.size(); ++i) {
            QCOMPARE(QJsonValue::fromVariant(combo->itemData(i + offset)), spec.enumValues.at(i));
            if (i < spec.enumLabels.size())
                QCOMPARE(combo->itemText(i + offset), spec.enumLabels.at(i));
        }
    }
}

void TestSchemaForm::defaultsShown_data()
{
    addModelRows();
}

void TestSchemaForm::defaultsShown()
{
    QFETCH(QString, modelId);
    SchemaForm form;
    form.setModel(model(modelId));
    const QJsonObject values = form.values();
    for (const ParameterSpec &spec : model(modelId).fields) {
        if (!spec.hasDefault() || spec.defaultValue.isNull())
            continue;
        if (spec.defaultValue.isString() && spec.defaultValue.toString().isEmpty()) {
            QVERIFY2(!values.contains(spec.name), qPrintable(spec.name));
            continue;
        }
        QVERIFY2(values.contains(spec.name), qPrintable(spec.name));
        QCOMPARE(values.value(spec.name), spec.defaultValue);
    }
    // The defaults are what the model itself reports.
    const QJsonObject defaults = model(modelId).defaultValues();
    for (auto it = defaults.constBegin(); it != defaults.constEnd(); ++it) {
        if (it->isString() && it->toString().isEmpty())
            continue;
        QCOMPARE(values.value(it.key()), *it);
    }
}

void TestSchemaForm::roundTrip_data()
{
    addModelRows();
}

void TestSchemaForm::roundTrip()
{
    QFETCH(QString, modelId);
    SchemaForm form;
    form.setModel(model(modelId));

    // The defaults round-trip unchanged.
    const QJsonObject defaults = form.values();
    form.setValues(defaults);
    QCOMPARE(form.values(), defaults);

    // A value that differs from the default in every field the form can set.
    QJsonObject changed;
    for (const ParameterSpec &spec : model(modelId).fields) {
        QJsonValue v;
        switch (FieldEditorFactory::effectiveWidget(spec)) {
        case Widget::Slider:
        case Widget::SpinBox:
            if (spec.type == Type::Integer)
                v = static_cast<qint64>(spec.maximum.value_or(7));
            else
                v = spec.minimum ? *spec.minimum + NumberEditor::stepFor(spec) : 2.5;
            break;
        case Widget::Seed:
            v = static_cast<qint64>(123456);
            break;
        case Widget::Combo:
            v = spec.enumValues.last();
            break;
        case Widget::Check:
            v = !spec.defaultValue.toBool(false);
            break;
        case Widget::Prompt:
        case Widget::LineEdit:
            v = QStringLiteral("https://example.com/hook?text=round trip");
            break;
        case Widget::ImageDrop:
            v = QStringLiteral("https://example.com/sketch.png");
            break;
        case Widget::ImageList:
            v = QJsonArray{QStringLiteral("https://example.com/a.png"),
                           QStringLiteral("https://example.com/b.png")};
            break;
        case Widget::ImageSize:
            v = QJsonObject{{QStringLiteral("width"), 1280}, {QStringLiteral("height"), 720}};
            break;
        case Widget::ColorPalette:
            v = QJsonObject{{QStringLiteral("members"),
                             QJsonArray{QJsonObject{{QStringLiteral("rgb"),
                                                     QJsonObject{{QStringLiteral("r"), 200},
                                                                 {QStringLiteral("g"), 40},
                                                                 {QStringLiteral("b"), 10}}},
                                                    {QStringLiteral("color_weight"), 0.75}}}}};
            break;
        case Widget::StringList:
            v = QJsonArray{QStringLiteral("a1b2c3d4"), QStringLiteral("e5f6a7b8")};
            break;
        case Widget::JsonEdit:
            v = QJsonObject{{QStringLiteral("k"), 1}};
            break;
        }
        changed.insert(spec.name, v);
    }
    changed.insert(QStringLiteral("not_a_field"), 42); // ignored
    form.setValues(changed);
    changed.remove(QStringLiteral("not_a_field"));
    const QJsonObject after = form.values();
    QCOMPARE(after, changed);
    // And through text, as it is stored in the settings.
    const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(after).toJson()).object();
    SchemaForm second;
    second.setModel(model(modelId));
    second.setValues(reparsed);
    QCOMPARE(second.values(), after);
}

void TestSchemaForm::knownFieldsUseTheRightEditor()
{
    SchemaForm form;
    form.setModel(model(Bria));
    QVERIFY(part<QPlainTextEdit>(form, QStringLiteral("prompt"), QStringLiteral("text")));
    QVERIFY(part<QPlainTextEdit>(form, QStringLiteral("negative_prompt"), QStringLiteral("text")));
    QVERIFY(part<QSlider>(form, QStringLiteral("num_inference_steps"), QStringLiteral("slider")));
    QVERIFY(part<QSpinBox>(form, QStringLiteral("num_inference_steps"), QStringLiteral("spin")));
    QVERIFY(part<QDoubleSpinBox>(form, QStringLiteral("guidance_scale"), QStringLiteral("spin")));
    QVERIFY(part<QToolButton>(form, QStringLiteral("seed"), QStringLiteral("randomize")));
    QVERIFY(part<ImageDropZone>(form, QStringLiteral("canny_image_url"), QStringLiteral("drop")));
    QVERIFY(part<ImageDropZone>(form, QStringLiteral("depth_image_url"), QStringLiteral("drop")));
    QVERIFY(part<QCheckBox>(form, QStringLiteral("prompt_enhancer"), QStringLiteral("check")));
    auto *aspect = part<QComboBox>(form, QStringLiteral("aspect_ratio"), QStringLiteral("combo"));
    QVERIFY(aspect);
    QCOMPARE(aspect->count(), 9);
    // Aspect ratios carry a drawn shape.
    QVERIFY(!aspect->itemIcon(aspect->findData(QStringLiteral("16:9"))).isNull());

    form.setModel(model(Ideogram));
    QVERIFY(part<QComboBox>(form, QStringLiteral("image_size"), QStringLiteral("combo")));
    QVERIFY(part<QComboBox>(form, QStringLiteral("color_palette"), QStringLiteral("combo")));
    QVERIFY(part<QLineEdit>(form, QStringLiteral("style_codes"), QStringLiteral("text")));
    QVERIFY(part<QListWidget>(form, QStringLiteral("image_urls"), QStringLiteral("list")));
    QVERIFY(part<ImageDropZone>(form, QStringLiteral("image_url"), QStringLiteral("drop")));
    QVERIFY(part<QDoubleSpinBox>(form, QStringLiteral("strength"), QStringLiteral("spin")));
    auto *speed = part<QComboBox>(form, QStringLiteral("rendering_speed"), QStringLiteral("combo"));
    QVERIFY(speed);
    QCOMPARE(speed->currentData().toString(), QStringLiteral("BALANCED"));
    QVERIFY(speed->currentText() != QLatin1String("BALANCED")); // a readable label

    form.setModel(model(Segmind));
    QVERIFY(part<QSlider>(form, QStringLiteral("steps_num"), QStringLiteral("slider")));
    QVERIFY(part<ImageDropZone>(form, QStringLiteral("structure_image_url"), QStringLiteral("drop")));

    form.setModel(model(Freepik));
    QVERIFY(part<ImageDropZone>(form, QStringLiteral("image"), QStringLiteral("drop")));
    auto *freepikAspect = part<QComboBox>(form, QStringLiteral("aspect_ratio"), QStringLiteral("combo"));
    QVERIFY(freepikAspect);
    QVERIFY(!freepikAspect->itemIcon(freepikAspect->findData(QStringLiteral("widescreen_16_9"))).isNull());
}

void TestSchemaForm::integersStayIntegers()
{
    SchemaForm form;
    form.setModel(model(Bria));
    QVERIFY(isIntegerJson(form.values().value(QStringLiteral("num_inference_steps"))));
    QVERIFY(isIntegerJson(form.values().value(QStringLiteral("seed"))));

    auto *slider = part<QSlider>(form, QStringLiteral("num_inference_steps"), QStringLiteral("slider"));
    slider->setValue(slider->maximum());
    const QJsonObject values = form.values();
    QCOMPARE(values.value(QStringLiteral("num_inference_steps")).toInteger(), 50);
    QVERIFY(isIntegerJson(values.value(QStringLiteral("num_inference_steps"))));
    const QByteArray text = QJsonDocument(values).toJson(QJsonDocument::Compact);
    QVERIFY2(text.contains("\"num_inference_steps\":50,") || text.contains("\"num_inference_steps\":50}"),
             text.constData());
    QVERIFY(!text.contains("50.0"));
    // Numbers stay numbers, never strings.
    QVERIFY(values.value(QStringLiteral("guidance_scale")).isDouble());

    form.setModel(model(Ideogram));
    QVERIFY(isIntegerJson(form.values().value(QStringLiteral("num_images"))));
    form.setValues({{QStringLiteral("num_images"), 3.0}}); // a double from an old settings file
    QVERIFY(isIntegerJson(form.values().value(QStringLiteral("num_images"))));
    QCOMPARE(form.values().value(QStringLiteral("num_images")).toInteger(), 3);
}

void TestSchemaForm::numberStepsFromRange()
{
    SchemaForm form;
    form.setModel(model(Bria));
    auto *scale = part<QDoubleSpinBox>(form, QStringLiteral("canny_scale"), QStringLiteral("spin"));
    QVERIFY(scale);
    QCOMPARE(scale->singleStep(), 0.01);
    QCOMPARE(scale->decimals(), 2);
    auto *guidance = part<QDoubleSpinBox>(form, QStringLiteral("guidance_scale"), QStringLiteral("spin"));
    QCOMPARE(guidance->singleStep(), 0.1);
    QCOMPARE(guidance->decimals(), 1);
    auto *steps = part<QSpinBox>(form, QStringLiteral("num_inference_steps"), QStringLiteral("spin"));
    QCOMPARE(steps->singleStep(), 1);
}

void TestSchemaForm::sliderAndSpinStayInSync()
{
    SchemaForm form;
    form.setModel(model(Bria));
    auto *slider = part<QSlider>(form, QStringLiteral("guidance_scale"), QStringLiteral("slider"));
    auto *spin = part<QDoubleSpinBox>(form, QStringLiteral("guidance_scale"), QStringLiteral("spin"));
    QVERIFY(slider && spin);
    QCOMPARE(spin->value(), 5.0);
    const double scale = slider->property("valueScale").toDouble();
    QCOMPARE(slider->value(), static_cast<int>(std::lround(5.0 * scale)));

    slider->setValue(static_cast<int>(std::lround(7.3 * scale)));
    QCOMPARE(spin->value(), 7.3);
    QCOMPARE(form.values().value(QStringLiteral("guidance_scale")).toDouble(), 7.3);

    spin->setValue(2.4);
    QCOMPARE(slider->value(), static_cast<int>(std::lround(2.4 * scale)));
    QCOMPARE(form.values().value(QStringLiteral("guidance_scale")).toDouble(), 2.4);
}

void TestSchemaForm::unsetOptionalFieldsOmitted()
{
    SchemaForm form;
    form.setModel(model(Ideogram));
    const QJsonObject values = form.values();
    for (const char *name : {"style", "seed", "style_codes", "color_palette", "image_urls",
                             "image_url", "prompt", "negative_prompt"})
        QVERIFY2(!values.contains(QLatin1String(name)), name);

    form.setModel(model(Bria));
    QVERIFY(!form.values().contains(QStringLiteral("depth_image_url")));
    QVERIFY(!form.values().contains(QStringLiteral("canny_image_url")));
    QVERIFY(!form.values().contains(QStringLiteral("prompt")));

    form.setModel(model(Freepik));
    QVERIFY(!form.values().contains(QStringLiteral("webhook_url")));
    QVERIFY(!form.values().contains(QStringLiteral("image")));

    // Choosing "Not set" again removes a value.
    form.setModel(model(Ideogram));
    auto *style = part<QComboBox>(form, QStringLiteral("style"), QStringLiteral("combo"));
    style->setCurrentIndex(style->findData(QStringLiteral("REALISTIC")));
    QCOMPARE(form.values().value(QStringLiteral("style")).toString(), QStringLiteral("REALISTIC"));
    style->setCurrentIndex(0);
    QVERIFY(!form.values().contains(QStringLiteral("style")));
}

void TestSchemaForm::clearedNegativePromptIsSent()
{
    SchemaForm form;
    form.setModel(model(Bria));
    const QJsonValue def = model(Bria).field(QStringLiteral("negative_prompt"))->defaultValue;
    QVERIFY(!def.toString().isEmpty());
    QCOMPARE(form.values().value(QStringLiteral("negative_prompt")), def);
    part<QPlainTextEdit>(form, QStringLiteral("negative_prompt"), QStringLiteral("text"))->clear();
    QVERIFY(form.values().contains(QStringLiteral("negative_prompt")));
    QCOMPARE(form.values().value(QStringLiteral("negative_prompt")).toString(), QString());
}

void TestSchemaForm::requiredPromptValidation()
{
    SchemaForm form;
    QSignalSpy validity(&form, &SchemaForm::validityChanged);
    form.setModel(model(Bria));
    QVERIFY(!form.isValid());
    QCOMPARE(validity.size(), 1);
    QCOMPARE(validity.takeFirst().at(0).toBool(), false);
    QLabel *error = form.errorLabelFor(QStringLiteral("prompt"));
    QVERIFY(error);
    QVERIFY(error->isHidden()); // nothing shouted before the user has been there

    // Bria needs its structure image too (the catalog's "needs"): still invalid without a prompt.
    form.setFieldValue(QStringLiteral("canny_image_url"), QStringLiteral(REIMAGINE_SOURCE_DIR "/resources/samples/sample-sketch.png"));
    QVERIFY(!form.isValid());
    validity.clear();
    auto *prompt = part<QPlainTextEdit>(form, QStringLiteral("prompt"), QStringLiteral("text"));
    QTest::keyClicks(prompt, QStringLiteral("a cosy cabin"));
    QTRY_VERIFY(!validity.isEmpty());
    QCOMPARE(validity.takeLast().at(0).toBool(), true);
    QVERIFY(form.isValid());
    QVERIFY(error->isHidden());

    prompt->clear();
    QTRY_VERIFY(!validity.isEmpty());
    QCOMPARE(validity.takeLast().at(0).toBool(), false);
    QVERIFY(!form.isValid());
    QVERIFY(!error->isHidden());
    QVERIFY(!error->text().isEmpty());
    bool found = false;
    for (const FieldError &e : form.errors())
        found = found || (e.field == QLatin1String("prompt") && e.message == error->text());
    QVERIFY(found);

    prompt->setPlainText(QStringLiteral("again"));
    QTRY_VERIFY(!validity.isEmpty());
    QCOMPARE(validity.takeLast().at(0).toBool(), true);
    QVERIFY(error->isHidden());

    // revealErrors() shows a missing required value the user never touched.
    form.setModel(model(Segmind));
    QLabel *segmindError = form.errorLabelFor(QStringLiteral("prompt"));
    QVERIFY(segmindError->isHidden());
    form.revealErrors();
    QVERIFY(!segmindError->isHidden());
}

void TestSchemaForm::exclusiveFieldsError()
{
    SchemaForm form;
    form.setModel(model(Ideogram));
    form.setValues({{QStringLiteral("prompt"), QStringLiteral("x")},
                    {QStringLiteral("image_url"), QStringLiteral("https://example.com/s.png")}});
    QVERIFY2(form.isValid(), qPrintable(form.errors().isEmpty() ? QString() : form.errors().first().message));

    QSignalSpy validity(&form, &SchemaForm::validityChanged);
    auto *style = part<QComboBox>(form, QStringLiteral("style"), QStringLiteral("combo"));
    style->setCurrentIndex(style->findData(QStringLiteral("DESIGN")));
    QTest::keyClicks(part<QLineEdit>(form, QStringLiteral("style_codes"), QStringLiteral("text")),
                     QStringLiteral("a1b2c3d4"));
    QTRY_VERIFY(!validity.isEmpty());
    QCOMPARE(validity.last().at(0).toBool(), false);
    bool exclusive = false;
    for (const FieldError &e : form.errors())
        exclusive = exclusive || e.field == QLatin1String("style") || e.field == QLatin1String("style_codes");
    QVERIFY(exclusive);
    const bool shown = !form.errorLabelFor(QStringLiteral("style"))->isHidden()
        || !form.errorLabelFor(QStringLiteral("style_codes"))->isHidden()
        || !form.findChild<QLabel *>(QStringLiteral("formError"))->isHidden();
    QVERIFY(shown);
}

void TestSchemaForm::seedRandomAndRandomize()
{
    SchemaForm form;
    form.setModel(model(Ideogram));
    auto *spin = part<QSpinBox>(form, QStringLiteral("seed"), QStringLiteral("spin"));
    QCOMPARE(spin->text(), QStringLiteral("Random"));
    QVERIFY(!form.values().contains(QStringLiteral("seed")));

    part<QToolButton>(form, QStringLiteral("seed"), QStringLiteral("randomize"))->click();
    QVERIFY(form.values().contains(QStringLiteral("seed")));
    QVERIFY(isIntegerJson(form.values().value(QStringLiteral("seed"))));
    QVERIFY(form.values().value(QStringLiteral("seed")).toInteger() >= 0);

    // Unlocked by default: every run rolls a new seed before its values are taken; a locked
    // seed stays; typing a seed locks it.
    const qint64 seed = form.values().value(QStringLiteral("seed")).toInteger();
    auto *lock = part<QToolButton>(form, QStringLiteral("seed"), QStringLiteral("lock"));
    QVERIFY(!lock->isChecked());
    QVERIFY(!form.isSeedLocked());
    QSet<qint64> rolled{seed};
    for (int i = 0; i < 5; ++i) {
        form.rollSeedsForRun();
        rolled.insert(form.values().value(QStringLiteral("seed")).toInteger());
    }
    QVERIFY2(rolled.size() >= 5, "each run gets a new seed");
    QSignalSpy lockSpy(&form, &SchemaForm::seedLockChanged);
    lock->click();
    QVERIFY(form.isSeedLocked());
    QCOMPARE(lockSpy.count(), 1);
    const qint64 kept = form.values().value(QStringLiteral("seed")).toInteger();
    form.rollSeedsForRun();
    QCOMPARE(form.values().value(QStringLiteral("seed")).toInteger(), kept);
    form.setSeedLocked(false);
    QVERIFY(!lock->isChecked());
    auto *seedSpin = part<QSpinBox>(form, QStringLiteral("seed"), QStringLiteral("spin"));
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    seedSpin->setFocus();
    QTRY_VERIFY(seedSpin->hasFocus());
    seedSpin->selectAll();
    QTest::keyClicks(seedSpin, QStringLiteral("4242"));
    QCOMPARE(form.values().value(QStringLiteral("seed")).toInteger(), 4242);
    QVERIFY2(form.isSeedLocked(), "a typed seed is kept");
    form.rollSeedsForRun();
    QCOMPARE(form.values().value(QStringLiteral("seed")).toInteger(), 4242);

    // A seed with a default has no "Random" state.
    form.setModel(model(Bria));
    QCOMPARE(form.values().value(QStringLiteral("seed")).toInteger(), 5555);
    QVERIFY(part<QSpinBox>(form, QStringLiteral("seed"), QStringLiteral("spin"))->specialValueText().isEmpty());
}

void TestSchemaForm::imageSizeCustom()
{
    SchemaForm form;
    form.setModel(model(Ideogram));
    auto *combo = part<QComboBox>(form, QStringLiteral("image_size"), QStringLiteral("combo"));
    auto *width = part<QSpinBox>(form, QStringLiteral("image_size"), QStringLiteral("width"));
    auto *height = part<QSpinBox>(form, QStringLiteral("image_size"), QStringLiteral("height"));
    QCOMPARE(form.values().value(QStringLiteral("image_size")).toString(), QStringLiteral("square_hd"));
    QVERIFY(!width->isVisibleTo(&form));

    combo->setCurrentIndex(combo->count() - 1); // "Custom…"
    QVERIFY(width->isVisibleTo(&form));
    width->setValue(1536);
    height->setValue(640);
    const QJsonValue size = form.values().value(QStringLiteral("image_size"));
    QVERIFY(size.isObject());
    QCOMPARE(size.toObject().value(QStringLiteral("width")).toInteger(), 1536);
    QCOMPARE(size.toObject().value(QStringLiteral("height")).toInteger(), 640);
    QVERIFY(isIntegerJson(size.toObject().value(QStringLiteral("width"))));

    combo->setCurrentIndex(combo->findData(QStringLiteral("landscape_16_9")));
    QCOMPARE(form.values().value(QStringLiteral("image_size")).toString(), QStringLiteral("landscape_16_9"));
    QVERIFY(!width->isVisibleTo(&form));
}

void TestSchemaForm::colorPalette()
{
    SchemaForm form;
    form.setModel(model(Ideogram));
    auto *combo = part<QComboBox>(form, QStringLiteral("color_palette"), QStringLiteral("combo"));
    QCOMPARE(combo->currentIndex(), 0); // None
    QVERIFY(!form.values().contains(QStringLiteral("color_palette")));
    QVERIFY(combo->count() > 3);

    combo->setCurrentIndex(1);
    const QJsonObject preset = form.values().value(QStringLiteral("color_palette")).toObject();
    QCOMPARE(preset.keys(), QStringList{QStringLiteral("name")});
    QCOMPARE(preset.value(QStringLiteral("name")).toString(), combo->itemData(1).toString());

    combo->setCurrentIndex(combo->count() - 1); // Custom colours: one swatch to start with
    const QJsonArray members = form.values().value(QStringLiteral("color_palette")).toObject()
                                   .value(QStringLiteral("members")).toArray();
    QCOMPARE(members.size(), 1);
    const QJsonObject rgb = members.at(0).toObject().value(QStringLiteral("rgb")).toObject();
    QVERIFY(isIntegerJson(rgb.value(QStringLiteral("r"))));
    QCOMPARE(members.at(0).toObject().value(QStringLiteral("color_weight")).toDouble(), 0.5);
}

void TestSchemaForm::stringList()
{
    SchemaForm form;
    form.setModel(model(Ideogram));
    auto *edit = part<QLineEdit>(form, QStringLiteral("style_codes"), QStringLiteral("text"));
    edit->setText(QStringLiteral(" a1b2c3d4 , ,e5f6a7b8 "));
    QCOMPARE(form.values().value(QStringLiteral("style_codes")).toArray(),
             (QJsonArray{QStringLiteral("a1b2c3d4"), QStringLiteral("e5f6a7b8")}));
    edit->clear();
    QVERIFY(!form.values().contains(QStringLiteral("style_codes")));
}

void TestSchemaForm::corruptImageShowsInlineError()
{
    QTemporaryDir dir;
    const QString broken = dir.filePath(QStringLiteral("broken.png"));
    {
        QFile file(broken);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("\x89PNG\r\n\x1a\n this is not really a png");
    }
    SchemaForm form;
    form.setModel(model(Freepik));
    form.setValues({{QStringLiteral("image"), broken}});
    QTRY_VERIFY(!form.errorLabelFor(QStringLiteral("image"))->isHidden());
    QVERIFY(!form.isValid());
    auto *drop = part<ImageDropZone>(form, QStringLiteral("image"), QStringLiteral("drop"));
    QVERIFY(!drop->errorText().isEmpty());

    // A real image is fine and reports its size.
    const QString sample = QStringLiteral(REIMAGINE_SOURCE_DIR "/resources/samples/sample-sketch.png");
    form.setValues({{QStringLiteral("image"), sample}});
    QTRY_VERIFY(!drop->isLoading());
    QVERIFY2(drop->errorText().isEmpty(), qPrintable(drop->errorText()));
    QCOMPARE(drop->imageSize(), QImage(sample).size());
    QCOMPARE(form.values().value(QStringLiteral("image")).toString(), sample);
    QTRY_VERIFY(form.errorLabelFor(QStringLiteral("image"))->isHidden());
}

void TestSchemaForm::jsonEditBadJsonIsAnErrorNotACrash()
{
    ModelSpec spec;
    spec.id = QStringLiteral("test:json");
    spec.provider = QStringLiteral("fal");
    spec.title = QStringLiteral("JSON test");
    ParameterSpec extra;
    extra.name = QStringLiteral("extra");
    extra.title = QStringLiteral("Extra");
    extra.type = Type::Json;
    extra.widget = Widget::JsonEdit;
    extra.group = QStringLiteral("basic");
    spec.fields.append(extra);

    SchemaForm form;
    form.setModel(spec);
    QVERIFY(form.isValid());
    QSignalSpy validity(&form, &SchemaForm::validityChanged);
    auto *edit = part<QPlainTextEdit>(form, QStringLiteral("extra"), QStringLiteral("text"));
    QVERIFY(edit);
    QTest::keyClicks(edit, QStringLiteral("{\"a\": [1, 2"));
    QTRY_VERIFY(!validity.isEmpty());
    QCOMPARE(validity.last().at(0).toBool(), false);
    QVERIFY(!form.values().contains(QStringLiteral("extra")));
    QCOMPARE(form.errors().size(), 1);
    QCOMPARE(form.errors().first().field, QStringLiteral("extra"));
    QVERIFY(!form.errorLabelFor(QStringLiteral("extra"))->isHidden());

    edit->setPlainText(QStringLiteral("{\"a\": [1, 2]}"));
    QTRY_VERIFY(form.errorLabelFor(QStringLiteral("extra"))->isHidden());
    QVERIFY(form.isValid());
    QCOMPARE(form.values().value(QStringLiteral("extra")).toObject().value(QStringLiteral("a")).toArray().size(), 2);

    edit->setPlainText(QStringLiteral("42"));
    QVERIFY(isIntegerJson(form.values().value(QStringLiteral("extra"))) || form.values().value(QStringLiteral("extra")).toDouble() == 42);
}

void TestSchemaForm::unknownConstructsRender()
{
    ModelSpec spec;
    spec.id = QStringLiteral("test:odd");
    spec.provider = QStringLiteral("somewhere");
    spec.title = QStringLiteral("Odd");

    ParameterSpec json;
    json.name = QStringLiteral("loras");
    json.type = Type::Json;
    json.widget = Widget::JsonEdit;
    json.defaultValue = QJsonArray{QJsonObject{{QStringLiteral("path"), QStringLiteral("x")}}};
    spec.fields.append(json);

    ParameterSpec object;
    object.name = QStringLiteral("nested");
    object.type = Type::Object;
    object.widget = Widget::JsonEdit;
    object.group = QStringLiteral("whatever");
    spec.fields.append(object);

    ParameterSpec mismatched; // a slider hint on a string: falls back to a line edit
    mismatched.name = QStringLiteral("label");
    mismatched.type = Type::String;
    mismatched.widget = Widget::Slider;
    mismatched.group = QStringLiteral("basic");
    spec.fields.append(mismatched);

    ParameterSpec unboundedInt;
    unboundedInt.name = QStringLiteral("count");
    unboundedInt.type = Type::Integer;
    unboundedInt.widget = Widget::SpinBox;
    spec.fields.append(unboundedInt);

    ParameterSpec combo; // combo hint without values
    combo.name = QStringLiteral("mode");
    combo.type = Type::String;
    combo.widget = Widget::Combo;
    spec.fields.append(combo);

    SchemaForm form;
    form.setModel(spec);
    for (const ParameterSpec &f : spec.fields)
        QVERIFY2(form.editorFor(f.name), qPrintable(f.name));
    QVERIFY(part<QLineEdit>(form, QStringLiteral("label"), QStringLiteral("text")));
    QVERIFY(part<QSpinBox>(form, QStringLiteral("count"), QStringLiteral("set")) == nullptr);
    QVERIFY(form.findChild<QCheckBox *>(QStringLiteral("field_count_set")));
    QCOMPARE(form.values().value(QStringLiteral("loras")), json.defaultValue);
    QVERIFY(!form.values().contains(QStringLiteral("count")));
    form.findChild<QCheckBox *>(QStringLiteral("field_count_set"))->setChecked(true);
    QVERIFY(isIntegerJson(form.values().value(QStringLiteral("count"))));

    // An empty model renders an empty form.
    form.setModel(ModelSpec());
    QVERIFY(form.values().isEmpty());
    QVERIFY(form.isValid());
}

void TestSchemaForm::resetToDefaults()
{
    SchemaForm form;
    form.setModel(model(Bria));
    const QJsonObject defaults = form.values();
    form.setValues({{QStringLiteral("prompt"), QStringLiteral("p")},
                    {QStringLiteral("num_inference_steps"), 44},
                    {QStringLiteral("aspect_ratio"), QStringLiteral("16:9")},
                    {QStringLiteral("sync_mode"), true}});
    QVERIFY(form.values() != defaults);
    QSignalSpy changed(&form, &SchemaForm::valuesChanged);
    form.findChild<QToolButton *>(QStringLiteral("resetButton"))->click();
    QCOMPARE(form.values(), defaults);
    QVERIFY(!changed.isEmpty());
    // setValues with missing keys also goes back to the defaults.
    form.setValues({{QStringLiteral("num_inference_steps"), 44}});
    QJsonObject expected = defaults;
    expected.insert(QStringLiteral("num_inference_steps"), 44);
    QCOMPARE(form.values(), expected);
}

void TestSchemaForm::valuesChangedIsCoalesced()
{
    SchemaForm form;
    form.setModel(model(Bria));
    QSignalSpy changed(&form, &SchemaForm::valuesChanged);
    auto *slider = part<QSlider>(form, QStringLiteral("num_inference_steps"), QStringLiteral("slider"));
    for (int v = 21; v <= 40; ++v)
        slider->setValue(v);
    QTRY_COMPARE(changed.size(), 1);
    QCoreApplication::processEvents();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(form.values().value(QStringLiteral("num_inference_steps")).toInteger(), 40);
}

void TestSchemaForm::switchingModelRebuilds()
{
    SchemaForm form;
    form.setModel(model(Bria));
    QPointer<QWidget> old = form.editorFor(QStringLiteral("guidance_scale"));
    QVERIFY(old);
    form.setModel(model(Freepik));
    QVERIFY(!old);
    QVERIFY(!form.editorFor(QStringLiteral("guidance_scale")));
    QVERIFY(form.editorFor(QStringLiteral("imagination")));
    QVERIFY(!form.findChild<QWidget *>(QStringLiteral("field_guidance_scale")));
}

void TestSchemaForm::externalErrorsShownUntilEdited()
{
    SchemaForm form;
    form.setModel(model(Ideogram));
    form.setValues({{QStringLiteral("prompt"), QStringLiteral("x")},
                    {QStringLiteral("image_url"), QStringLiteral("https://example.com/s.png")}});
    QVERIFY(form.isValid());
    QLabel *promptError = form.errorLabelFor(QStringLiteral("prompt"));
    QLabel *paletteError = form.errorLabelFor(QStringLiteral("color_palette"));
    QVERIFY(promptError->isHidden());
    QVERIFY(paletteError->isHidden());

    form.setExternalErrors({FieldError{QStringLiteral("prompt"), QStringLiteral("prompt is flagged")},
                            FieldError{QStringLiteral("color_palette.members.0.rgb"), QStringLiteral("bad colour")},
                            FieldError{QStringLiteral("no_such_field"), QStringLiteral("ignored")}});
    QCOMPARE(form.externalErrors().size(), 2); // the unknown field is ignored
    QVERIFY(!promptError->isHidden());
    QCOMPARE(promptError->text(), QStringLiteral("prompt is flagged"));
    QVERIFY(!paletteError->isHidden()); // the nested name went to its top-level field
    QCOMPARE(paletteError->text(), QStringLiteral("bad colour"));
    QVERIFY(form.isValid()); // the provider's word does not block the next run

    // Editing the field clears its message; the other one stays.
    auto *prompt = part<QPlainTextEdit>(form, QStringLiteral("prompt"), QStringLiteral("text"));
    QTest::keyClicks(prompt, QStringLiteral("y"));
    QTRY_VERIFY(promptError->isHidden());
    QVERIFY(promptError->text().isEmpty());
    QVERIFY(!paletteError->isHidden());
    QCOMPARE(paletteError->text(), QStringLiteral("bad colour"));

    // The next run that passes validation clears the rest.
    form.clearExternalErrors();
    QVERIFY(paletteError->isHidden());
    QVERIFY(form.externalErrors().isEmpty());
}

QTEST_MAIN(TestSchemaForm)
#include "tst_schemaform.moc"
