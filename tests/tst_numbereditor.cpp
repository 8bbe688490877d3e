// Number fields say what is wrong instead of putting a typed value back: Steps 99 stays 99 and
// the field says "Steps must be between 20 and 50."; the arrows stay inside the range, the
// tooltip gives it, and a double field shows every decimal of the value it sends.

#include "forms/numbereditor.h"
#include "forms/schemaform.h"

#include "schema/modelcatalog.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QTest>

namespace {
const QString Bria = QStringLiteral("fal:bria/reimagine/3.2");

template<typename T>
T *part(const QWidget &form, const QString &field, const QString &suffix)
{
    return form.findChild<T *>(QStringLiteral("field_") + field + u'_' + suffix);
}

// Replaces the spin box's text as a user does: select all, type, leave the field.
void typeInto(QAbstractSpinBox *spin, const QString &text)
{
    spin->setFocus();
    QLineEdit *edit = spin->findChild<QLineEdit *>();
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Enter);
    spin->clearFocus(); // focus-out is where Qt used to put the old value back
}
} // namespace

class TestNumberEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void typedOutOfRangeIsKept();
    void arrowsStayInRange();
    void tooltipGivesRange();
    void rangeTexts_data();
    void rangeTexts();
    void decimalsShowWhatIsSent();

private:
    ModelCatalog m_catalog{QString()};
    SchemaForm *m_form = nullptr;
};

void TestNumberEditor::initTestCase()
{
    m_catalog.reload();
    QVERIFY(m_catalog.model(Bria));
}

void TestNumberEditor::init()
{
    m_form = new SchemaForm;
    m_form->setModel(*m_catalog.model(Bria));
    // Valid apart from what each test breaks (Bria needs a prompt and a sketch; a link is
    // never downloaded by the form).
    m_form->setFieldValue(QStringLiteral("prompt"), QStringLiteral("a chair"));
    m_form->setFieldValue(QStringLiteral("canny_image_url"), QStringLiteral("https://example.com/sketch.png"));
    QVERIFY(m_form->isValid());
    m_form->resize(480, 900);
    m_form->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_form));
}

void TestNumberEditor::cleanup()
{
    delete m_form;
    m_form = nullptr;
}

void TestNumberEditor::typedOutOfRangeIsKept()
{
    auto *spin = part<QSpinBox>(*m_form, QStringLiteral("num_inference_steps"), QStringLiteral("spin"));
    auto *slider = part<QSlider>(*m_form, QStringLiteral("num_inference_steps"), QStringLiteral("slider"));
    QLabel *error = m_form->errorLabelFor(QStringLiteral("num_inference_steps"));
    QVERIFY(spin && slider && error);
    QCOMPARE(spin->value(), 30);
    QSignalSpy validity(m_form, &SchemaForm::validityChanged);

    typeInto(spin, QStringLiteral("99"));
    // Kept as typed, and said under the field in ParameterValidator's words.
    QCOMPARE(spin->value(), 99);
    QCOMPARE(spin->text(), QStringLiteral("99"));
    QCOMPARE(m_form->fieldValue(QStringLiteral("num_inference_steps")).toInteger(), 99);
    QTRY_VERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Steps must be between 20 and 50."));
    QVERIFY(!m_form->isValid());
    QVERIFY(!validity.isEmpty());
    QCOMPARE(validity.constLast().constFirst().toBool(), false);
    QCOMPARE(slider->value(), slider->maximum()); // the slider shows the nearest end

    // Below the range too.
    typeInto(spin, QStringLiteral("5"));
    QCOMPARE(spin->value(), 5);
    QTRY_COMPARE(error->text(), QStringLiteral("Steps must be between 20 and 50."));
    QCOMPARE(slider->value(), slider->minimum());

    // Fixed: the message goes and the form is valid again.
    typeInto(spin, QStringLiteral("40"));
    QCOMPARE(spin->value(), 40);
    QTRY_VERIFY(error->isHidden());
    QVERIFY(m_form->isValid());
    QCOMPARE(validity.constLast().constFirst().toBool(), true);
    QCOMPARE(slider->value(), 40);
}

void TestNumberEditor::arrowsStayInRange()
{
    auto *spin = part<QSpinBox>(*m_form, QStringLiteral("num_inference_steps"), QStringLiteral("spin"));
    QVERIFY(spin);
    m_form->setFieldValue(QStringLiteral("num_inference_steps"), 50);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_Up);
    QCOMPARE(spin->value(), 50);
    QVERIFY(!(spin->property("validMaximum").toDouble() < 50));
    QTest::keyClick(spin, Qt::Key_Down);
    QCOMPARE(spin->value(), 49);

    // From a typed 99, one step down comes back into the range, not to 98.
    typeInto(spin, QStringLiteral("99"));
    QCOMPARE(spin->value(), 99);
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_Down);
    QCOMPARE(spin->value(), 50);
    m_form->setFieldValue(QStringLiteral("num_inference_steps"), 20);
    QTest::keyClick(spin, Qt::Key_Down);
    QCOMPARE(spin->value(), 20);

    // The double field's arrows too.
    auto *guidance = part<QDoubleSpinBox>(*m_form, QStringLiteral("guidance_scale"), QStringLiteral("spin"));
    QVERIFY(guidance);
    m_form->setFieldValue(QStringLiteral("guidance_scale"), 9.95);
    guidance->setFocus();
    QTest::keyClick(guidance, Qt::Key_Up);
    QCOMPARE(guidance->value(), 10.0);
    QTest::keyClick(guidance, Qt::Key_Up);
    QCOMPARE(guidance->value(), 10.0);
}

void TestNumberEditor::tooltipGivesRange()
{
    auto *spin = part<QSpinBox>(*m_form, QStringLiteral("num_inference_steps"), QStringLiteral("spin"));
    auto *slider = part<QSlider>(*m_form, QStringLiteral("num_inference_steps"), QStringLiteral("slider"));
    QVERIFY(spin && slider);
    QCOMPARE(spin->toolTip(), QStringLiteral("Number of inference steps.\nFrom 20 to 50"));
    QCOMPARE(slider->toolTip(), spin->toolTip());
    auto *scale = part<QDoubleSpinBox>(*m_form, QStringLiteral("canny_scale"), QStringLiteral("spin"));
    QVERIFY(scale);
    QCOMPARE(scale->toolTip(), QStringLiteral("Canny edge control strength (0.0 to 1.0).\nFrom 0 to 1"));
}

void TestNumberEditor::rangeTexts_data()
{
    QTest::addColumn<QVariant>("minimum");
    QTest::addColumn<QVariant>("maximum");
    QTest::addColumn<bool>("exclusiveMinimum");
    QTest::addColumn<bool>("exclusiveMaximum");
    QTest::addColumn<QString>("expected");
    QTest::newRow("both") << QVariant(20) << QVariant(50) << false << false << "From 20 to 50";
    QTest::newRow("fraction") << QVariant(0.1) << QVariant(2.5) << false << false << "From 0.1 to 2.5";
    QTest::newRow("exclusive both") << QVariant(0) << QVariant(1) << true << true << "More than 0 and less than 1";
    QTest::newRow("exclusive min") << QVariant(0) << QVariant(1) << true << false << "More than 0, up to 1";
    QTest::newRow("exclusive max") << QVariant(0) << QVariant(1) << false << true << "From 0 to less than 1";
    QTest::newRow("min only") << QVariant(0) << QVariant() << false << false << "At least 0";
    QTest::newRow("max only") << QVariant() << QVariant(8) << false << true << "Less than 8";
    QTest::newRow("none") << QVariant() << QVariant() << false << false << "";
}

void TestNumberEditor::rangeTexts()
{
    QFETCH(QVariant, minimum);
    QFETCH(QVariant, maximum);
    QFETCH(bool, exclusiveMinimum);
    QFETCH(bool, exclusiveMaximum);
    QFETCH(QString, expected);
    ParameterSpec spec;
    spec.name = QStringLiteral("n");
    spec.title = QStringLiteral("N");
    spec.type = ParameterSpec::Type::Number;
    if (minimum.isValid())
        spec.minimum = minimum.toDouble();
    if (maximum.isValid())
        spec.maximum = maximum.toDouble();
    spec.exclusiveMinimum = exclusiveMinimum;
    spec.exclusiveMaximum = exclusiveMaximum;
    QCOMPARE(NumberEditor::rangeText(spec), expected);
}

void TestNumberEditor::decimalsShowWhatIsSent()
{
    auto *scale = part<QDoubleSpinBox>(*m_form, QStringLiteral("canny_scale"), QStringLiteral("spin"));
    QVERIFY(scale);
    QCOMPARE(scale->decimals(), 2);
    QCOMPARE(scale->text(), QStringLiteral("0.50"));

    // A value with more decimals (a preset, a reused run) is shown and sent unchanged.
    m_form->setFieldValue(QStringLiteral("canny_scale"), 0.604);
    QCOMPARE(scale->text(), QStringLiteral("0.604"));
    QCOMPARE(scale->value(), 0.604);
    QCOMPARE(m_form->values().value(QStringLiteral("canny_scale")).toDouble(), 0.604);

    // Back to the default: back to the field's own precision.
    m_form->resetToDefaults();
    QCOMPARE(scale->decimals(), 2);
    QCOMPARE(scale->text(), QStringLiteral("0.50"));
    QCOMPARE(m_form->values().value(QStringLiteral("canny_scale")).toDouble(), 0.5);

    // The slider moves in steps the spin box shows exactly.
    auto *slider = part<QSlider>(*m_form, QStringLiteral("canny_scale"), QStringLiteral("slider"));
    QVERIFY(slider);
    slider->setValue(73);
    QCOMPARE(scale->text(), QStringLiteral("0.73"));
    QCOMPARE(m_form->values().value(QStringLiteral("canny_scale")).toDouble(), 0.73);
}

QTEST_MAIN(TestNumberEditor)
#include "tst_numbereditor.moc"
