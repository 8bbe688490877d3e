#include "intentcontroller.h"

#include "forms/schemaform.h"
#include "modelpanel.h"
#include "panels/comparesetup.h"

#include <QImageIOHandler>
#include <QJsonDocument>
#include <QSettings>

namespace {
const QString KeyIntent = QStringLiteral("Intent/Shared");
} // namespace

IntentController::IntentController(ModelPanel *panel, CompareSetup *setup, QObject *parent)
    : QObject(parent)
    , m_panel(panel)
    , m_setup(setup)
{
    m_intent = SharedIntent::fromValues(m_panel->form()->model(), m_panel->form()->values());
    m_modelId = m_panel->form()->model().id;
    m_appliedAspect = formAspectValue();
    connect(m_panel, &ModelPanel::modelChanged, this, &IntentController::onModelChanged);
    connect(m_panel->form(), &SchemaForm::valuesChanged, this, &IntentController::onFormChanged);
    connect(m_panel->form(), &SchemaForm::seedLockChanged, this, &IntentController::onFormChanged);
    connect(m_setup, &CompareSetup::changed, this, &IntentController::onSetupChanged);
}

IntentController::~IntentController() = default;

void IntentController::setSketch(const QString &path)
{
    const QString ratio = SharedIntent::ratioOfImageFile(path);
    if (ratio == m_sketchRatio)
        return;
    m_sketchRatio = ratio;
    m_setup->setSketchRatio(ratio);
    if (m_intent.aspect.isEmpty() && !m_compareMode)
        applyToForm();
}

void IntentController::setCompareMode(bool on)
{
    if (on == m_compareMode)
        return;
    if (on) {
        onFormChanged(); // the form's latest edits
        m_compareMode = true;
        // A copy: the setup's changed() comes back through onSetupChanged meanwhile.
        const SharedIntent intent = m_intent;
        m_applying = true;
        m_setup->setSharedIntent(intent);
        m_applying = false;
        m_intent = m_setup->sharedIntent();
    } else {
        m_intent = m_setup->sharedIntent();
        m_compareMode = false;
        applyToForm();
    }
}

void IntentController::restore()
{
    const QJsonDocument doc = QJsonDocument::fromJson(QSettings().value(KeyIntent).toByteArray());
    if (!doc.isObject())
        return;
    m_intent = SharedIntent::fromJson(doc.object());
    applyToForm();
}

void IntentController::save() const
{
    SharedIntent intent = m_compareMode ? m_setup->sharedIntent() : m_intent;
    QSettings().setValue(KeyIntent, QJsonDocument(intent.toJson()).toJson(QJsonDocument::Compact));
}

void IntentController::onModelChanged()
{
    m_modelId = m_panel->form()->model().id;
    applyToForm();
}

void IntentController::onFormChanged()
{
    SchemaForm *form = m_panel->form();
    if (m_applying || m_compareMode || form->model().id != m_modelId || m_modelId.isEmpty())
        return;
    SharedIntent next = SharedIntent::fromValues(form->model(), form->values(), m_intent);
    // A model without a seed (Freepik) says nothing about the lock.
    if (form->model().fieldForRole(QStringLiteral("seed")))
        next.seedLocked = form->isSeedLocked();
    const QString aspect = formAspectValue();
    if (aspect != m_appliedAspect) {
        // The designer picked an aspect: it wins over the sketch's shape from now on.
        next.aspect = SharedIntent::ratioOfValue(aspect);
        m_appliedAspect = aspect;
    }
    m_intent = next;
}

void IntentController::onSetupChanged()
{
    if (m_compareMode && !m_applying)
        m_intent = m_setup->sharedIntent();
}

void IntentController::applyToForm()
{
    SchemaForm *form = m_panel->form();
    if (form->model().id.isEmpty())
        return;
    m_applying = true;
    form->setValues(m_intent.applyTo(form->model(), form->values(), m_sketchRatio));
    form->setSeedLocked(m_intent.seedLocked);
    m_appliedAspect = formAspectValue();
    m_applying = false;
}

QString IntentController::formAspectValue() const
{
    const SchemaForm *form = m_panel->form();
    const ParameterSpec *spec = form->model().fieldForRole(QStringLiteral("aspect_ratio"));
    if (!spec)
        return {};
    const QJsonValue value = form->fieldValue(spec->name);
    return value.isString() ? value.toString() : QString();
}
