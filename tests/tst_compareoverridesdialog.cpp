// CompareOverridesDialog: one model's own values in a comparison. OK keeps exactly the fields
// the designer changed from the shared values (never an image field); "Use Shared Values" drops
// them all; Cancel changes nothing.

#include "panels/compareoverridesdialog.h"

#include "forms/schemaform.h"
#include "schema/modelcatalog.h"

#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

namespace {
const QString Bria = QStringLiteral("fal:bria/reimagine/3.2");
}

class TestCompareOverridesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void changedValuesLeaveImagesOut();
    void okKeepsWhatChanged();
    void sharedValuesDropEverything();
    void cancelChangesNothing();

private:
    QJsonObject shared() const;
    QPushButton *button(CompareOverridesDialog *dialog, QDialogButtonBox::StandardButton which) const;

    ModelCatalog m_catalog{QString()};
    ModelSpec m_bria;
};

void TestCompareOverridesDialog::initTestCase()
{
    m_catalog.reload();
    const ModelSpec *bria = m_catalog.model(Bria);
    QVERIFY(bria);
    m_bria = *bria;
}

// What a comparison would send to Bria: every field, the intent's values over the defaults.
QJsonObject TestCompareOverridesDialog::shared() const
{
    SchemaForm form;
    form.setModel(m_bria);
    form.setValues({{QStringLiteral("prompt"), QStringLiteral("a rattan chair")},
                    {QStringLiteral("seed"), 42},
                    {QStringLiteral("canny_image_url"), QStringLiteral("/sketches/chair.png")}});
    return form.values();
}

QPushButton *TestCompareOverridesDialog::button(CompareOverridesDialog *dialog,
                                                QDialogButtonBox::StandardButton which) const
{
    return dialog->findChild<QDialogButtonBox *>()->button(which);
}

void TestCompareOverridesDialog::changedValuesLeaveImagesOut()
{
    QJsonObject values = shared();
    QCOMPARE(values.value(QStringLiteral("num_inference_steps")).toInt(), 30);
    values.insert(QStringLiteral("num_inference_steps"), 45);
    values.insert(QStringLiteral("canny_image_url"), QStringLiteral("/elsewhere/other.png"));
    const QJsonObject changed = CompareOverridesDialog::changedValues(m_bria, shared(), values);
    QCOMPARE(changed, QJsonObject({{QStringLiteral("num_inference_steps"), 45}}));
    QCOMPARE(CompareOverridesDialog::changedValues(m_bria, shared(), shared()), QJsonObject());
}

void TestCompareOverridesDialog::okKeepsWhatChanged()
{
    CompareOverridesDialog dialog(m_bria, shared(), shared());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Bria Reimagine 3.2 in this comparison"));
    QSignalSpy chosen(&dialog, &CompareOverridesDialog::overridesChosen);
    auto *form = dialog.findChild<SchemaForm *>(QStringLiteral("compareOverridesForm"));
    QVERIFY(form);
    QCOMPARE(form->values().value(QStringLiteral("prompt")).toString(), QStringLiteral("a rattan chair"));
    QVERIFY(form->setFieldValue(QStringLiteral("num_inference_steps"), 44));
    button(&dialog, QDialogButtonBox::Ok)->click();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toJsonObject(), QJsonObject({{QStringLiteral("num_inference_steps"), 44}}));
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestCompareOverridesDialog::sharedValuesDropEverything()
{
    QJsonObject current = shared();
    current.insert(QStringLiteral("num_inference_steps"), 44);
    CompareOverridesDialog dialog(m_bria, shared(), current);
    QSignalSpy chosen(&dialog, &CompareOverridesDialog::overridesChosen);
    QPushButton *reset = button(&dialog, QDialogButtonBox::Reset);
    QCOMPARE(reset->text(), QStringLiteral("Use Shared Values"));
    reset->click();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toJsonObject(), QJsonObject());
}

void TestCompareOverridesDialog::cancelChangesNothing()
{
    CompareOverridesDialog dialog(m_bria, shared(), shared());
    QSignalSpy chosen(&dialog, &CompareOverridesDialog::overridesChosen);
    dialog.findChild<SchemaForm *>()->setFieldValue(QStringLiteral("num_inference_steps"), 21);
    button(&dialog, QDialogButtonBox::Cancel)->click();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(chosen.count(), 0);
}

QTEST_MAIN(TestCompareOverridesDialog)
#include "tst_compareoverridesdialog.moc"
