#include "modelpanel.h"

#include "forms/schemaform.h"
#include "widgets/imagedropzone.h"
#include "widgets/imagemime.h"
#include "widgets/modelpicker.h"
#include "widgets/themecolors.h"
#include "widgets/verticalscrollarea.h"

#include "presets/preset.h"
#include "schema/modelcatalog.h"
#include "session/costledger.h"
#include "session/studiosession.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QVBoxLayout>

namespace {
constexpr int Spacing = 8;
const QString KeyLastModel = QStringLiteral("Models/Last");
const QString KeyFormPrefix = QStringLiteral("Forms/");

bool isImageField(const ParameterSpec &spec)
{
    return spec.type == ParameterSpec::Type::Image || spec.type == ParameterSpec::Type::ImageList;
}

} // namespace

ModelPanel::ModelPanel(ModelCatalog *catalog, QWidget *parent)
    : QWidget(parent)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("modelPanel"));

    m_picker = new ModelPicker(this);
    m_picker->setObjectName(QStringLiteral("modelPicker"));
    m_picker->setToolTip(tr("The model that turns the sketch into an image"));
    m_picker->setAccessibleName(tr("Model"));

    m_modelInfo = new QLabel(this);
    m_modelInfo->setObjectName(QStringLiteral("modelInfo"));
    m_modelInfo->setWordWrap(true);
    m_modelInfo->setTextFormat(Qt::PlainText);
    QFont small = m_modelInfo->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_modelInfo->setFont(small);
    ThemeColors::mute(m_modelInfo);

    m_form = new SchemaForm;
    auto *formHolder = new QWidget;
    formHolder->setObjectName(QStringLiteral("formHolder"));
    auto *holderLayout = new QVBoxLayout(formHolder);
    holderLayout->setContentsMargins(Spacing, Spacing, Spacing + Spacing / 2, Spacing);
    holderLayout->addWidget(m_form);

    m_formScroll = new VerticalScrollArea(this);
    m_formScroll->setObjectName(QStringLiteral("formScroll"));
    m_formScroll->setWidget(formHolder);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);

    m_generateButton = new QPushButton(this);
    m_generateButton->setObjectName(QStringLiteral("generateButton"));
    m_generateButton->setDefault(true);
    m_generateButton->setMinimumHeight(m_generateButton->sizeHint().height() + Spacing);
    QFont bold = m_generateButton->font();
    bold.setBold(true);
    m_generateButton->setFont(bold);
    connect(m_generateButton, &QPushButton::clicked, this, &ModelPanel::generateRequested);

    m_compareButton = new QPushButton(tr("Compare…"), this);
    m_compareButton->setObjectName(QStringLiteral("compareButton"));
    m_compareButton->setToolTip(tr("Run the same sketch on several models side by side"));
    m_compareButton->setMinimumHeight(m_generateButton->minimumHeight());
    connect(m_compareButton, &QPushButton::clicked, this, &ModelPanel::compareRequested);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(Spacing);
    buttons->addWidget(m_generateButton, 1);
    buttons->addWidget(m_compareButton);

    auto *top = new QVBoxLayout;
    top->setContentsMargins(Spacing, Spacing, Spacing, 0);
    top->setSpacing(Spacing / 2);
    top->addWidget(m_picker);
    top->addWidget(m_modelInfo);

    m_readyHint = new QLabel(this);
    m_readyHint->setObjectName(QStringLiteral("generateHint"));
    m_readyHint->setWordWrap(true);
    m_readyHint->setTextFormat(Qt::PlainText);
    m_readyHint->setPalette(m_modelInfo->palette());
    m_readyHint->hide();

    auto *bottom = new QVBoxLayout;
    bottom->setContentsMargins(Spacing, 0, Spacing, Spacing);
    bottom->setSpacing(Spacing / 2);
    bottom->addWidget(m_readyHint);
    bottom->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(Spacing);
    layout->addLayout(top);
    layout->addWidget(m_formScroll, 1);
    layout->addWidget(line);
    layout->addLayout(bottom);

    connect(m_form, &SchemaForm::valuesChanged, this, &ModelPanel::onFormValuesChanged);
    connect(m_form, &SchemaForm::validityChanged, this, &ModelPanel::updateGenerateButton);
    connect(m_picker, &ModelPicker::currentModelChanged, this, &ModelPanel::onModelChanged);
    if (m_catalog)
        connect(m_catalog, &ModelCatalog::modelsChanged, this, &ModelPanel::reloadModels);
    reloadModels();
    updateGenerateButton();
}

ModelPanel::~ModelPanel() = default;

void ModelPanel::setCompareShortcut(const QKeySequence &shortcut)
{
    m_compareShortcut = shortcut.toString(QKeySequence::NativeText);
    updateGenerateButton();
}

void ModelPanel::reloadModels()
{
    if (!m_catalog)
        return;
    m_picker->setModels(m_catalog->models());
    // setModels only signals a change of model; the first fill must build the form too.
    if (m_currentModelId != m_picker->currentModelId())
        onModelChanged(m_picker->currentModelId());
}

void ModelPanel::restoreLastModel()
{
    const QString last = QSettings().value(KeyLastModel).toString();
    if (!last.isEmpty())
        selectModel(last);
}

bool ModelPanel::selectModel(const QString &id)
{
    if (!m_picker->setCurrentModelId(id))
        return false;
    if (m_currentModelId != id)
        onModelChanged(id);
    return true;
}

void ModelPanel::onModelChanged(const QString &id)
{
    if (id == m_currentModelId)
        return;
    saveFormValues();
    m_currentModelId = id;
    const ModelSpec *model = m_catalog ? m_catalog->model(id) : nullptr;
    // The new form starts without the sketch; it must not clear the canvas meanwhile.
    m_syncingSketch = true;
    m_form->setModel(model ? *model : ModelSpec());
    restoreFormValues();
    const QString field = structureFieldName();
    if (!m_sketchSource.isEmpty() && !field.isEmpty())
        m_form->setFieldValue(field, m_sketchSource);
    m_syncingSketch = false;
    m_formScroll->verticalScrollBar()->setValue(0);
    updateModelInfo();
    updateGenerateButton();
    if (!id.isEmpty())
        QSettings().setValue(KeyLastModel, id);
    Q_EMIT modelChanged(id);
}

void ModelPanel::saveFormValues()
{
    if (m_currentModelId.isEmpty() || m_form->model().id != m_currentModelId)
        return;
    // Images are per session (and may be temporary files); only the settings are remembered.
    QJsonObject values = m_form->values();
    for (const ParameterSpec &spec : m_form->model().fields) {
        if (isImageField(spec))
            values.remove(spec.name);
    }
    QSettings().setValue(KeyFormPrefix + m_currentModelId,
                         QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact)));
}

void ModelPanel::restoreFormValues()
{
    const QString json = QSettings().value(KeyFormPrefix + m_currentModelId).toString();
    if (json.isEmpty())
        return;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (doc.isObject())
        m_form->setValues(doc.object());
}

QString ModelPanel::structureFieldName() const
{
    const ParameterSpec *spec = m_form->model().fieldForRole(QStringLiteral("structure_image"));
    return spec ? spec->name : QString();
}

void ModelPanel::setSketchSource(const QString &source)
{
    m_sketchSource = source;
    updateGenerateButton();
    const QString field = structureFieldName();
    if (field.isEmpty() || m_syncingSketch || m_form->fieldValue(field).toString() == source)
        return;
    m_syncingSketch = true;
    m_form->setFieldValue(field, source.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(source));
    m_syncingSketch = false;
}

void ModelPanel::onFormValuesChanged()
{
    updateGenerateButton();
    // An image dropped straight onto the structure field becomes the canvas sketch too.
    const QString field = structureFieldName();
    if (field.isEmpty() || m_syncingSketch)
        return;
    const QString value = m_form->fieldValue(field).toString();
    if (value == m_sketchSource)
        return;
    m_sketchSource = value;
    m_syncingSketch = true;
    Q_EMIT sketchEdited(value);
    m_syncingSketch = false;
}

Preset ModelPanel::toPreset(const QString &name) const
{
    Preset preset;
    preset.name = name;
    QJsonObject values = m_form->values();
    for (const ParameterSpec &spec : m_form->model().fields) {
        if (isImageField(spec))
            values.remove(spec.name);
    }
    preset.modelValues.insert(m_form->model().id, values);
    return preset;
}

void ModelPanel::applyPreset(const Preset &preset)
{
    m_form->setValues(preset.applyTo(m_form->model(), m_form->values(), currentPrompt()));
}

QString ModelPanel::currentPrompt() const
{
    const ParameterSpec *field = m_form->model().fieldForRole(QStringLiteral("prompt"));
    return field ? m_form->fieldValue(field->name).toString() : QString();
}

bool ModelPanel::reuseValues(const QString &modelId, QJsonObject values)
{
    if (!selectModel(modelId))
        return false;
    const QString field = structureFieldName();
    if (!field.isEmpty()) {
        // An old sketch that is gone keeps the current one.
        const QString old = values.value(field).toString();
        if (old.isEmpty() || (!ImageMime::isRemote(old) && !QFileInfo::exists(old))) {
            if (m_sketchSource.isEmpty())
                values.remove(field);
            else
                values.insert(field, m_sketchSource);
        }
    }
    m_form->setValues(values);
    return true;
}

bool ModelPanel::importModelSchema(const QString &path, QString *error)
{
    if (!m_catalog) {
        if (error)
            *error = tr("No model catalog.");
        return false;
    }
    QString message;
    const QString id = m_catalog->importFile(path, &message);
    if (id.isEmpty()) {
        if (error)
            *error = message.isEmpty() ? tr("The file is not a model schema.") : message;
        return false;
    }
    reloadModels();
    selectModel(id);
    Q_EMIT statusMessage(tr("Model “%1” imported.").arg(m_form->model().title));
    return true;
}

void ModelPanel::importModelSchemaInteractive()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Model Schema"), ImageDropZone::lastFolder(),
                                                      tr("OpenAPI JSON (*.json)") + QStringLiteral(";;")
                                                          + tr("All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (importModelSchema(path, &error))
        return;
    // Non-blocking: window-modal without a nested event loop.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Model Schema"),
                                tr("Cannot import %1.").arg(QFileInfo(path).fileName()) + QStringLiteral("\n\n") + error,
                                QMessageBox::Ok, window());
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ModelPanel::revealField(const QString &field)
{
    if (QWidget *editor = m_form->editorFor(field)) {
        m_formScroll->ensureWidgetVisible(editor);
        editor->setFocus(Qt::OtherFocusReason);
    }
}

void ModelPanel::updateGenerateButton()
{
    const ModelSpec &model = m_form->model();
    const std::optional<double> cost = CostLedger::estimate(model, m_form->values());
    int images = 1;
    if (const ParameterSpec *count = model.fieldForRole(QStringLiteral("num_images")))
        images = qMax(1, m_form->fieldValue(count->name).toInt(1));
    // "Ctrl+Enter" reads better than "Ctrl+Return"; both keys work.
    const QString shortcut = QKeySequence(Qt::CTRL | Qt::Key_Enter).toString(QKeySequence::NativeText);
    const QString costText = cost ? ModelPicker::formatUsd(*cost) : tr("price unknown");
    m_generateButton->setText(tr("Generate · %1").arg(costText) + QStringLiteral("    ") + shortcut);

    const bool hasModel = !model.id.isEmpty();
    const QList<FieldError> errors = hasModel ? m_form->errors() : QList<FieldError>();
    const bool ready = hasModel && errors.isEmpty();
    // The button says when fields are wrong; Ctrl+Enter still works and shows what to fix.
    m_generateButton->setEnabled(ready);
    if (!hasModel) {
        m_generateButton->setToolTip(tr("Choose a model first"));
    } else if (!ready) {
        QStringList fields;
        for (const FieldError &error : errors) {
            const ParameterSpec *spec = model.field(error.field);
            const QString title = spec ? spec->title : error.message;
            if (!fields.contains(title))
                fields.append(title);
        }
        m_generateButton->setToolTip(tr("Fix these fields first: %1").arg(fields.join(QStringLiteral(", "))));
    } else {
        m_generateButton->setToolTip(
            (images > 1 ? tr("Generate %1 images with %2 (%3)").arg(images).arg(model.title, shortcut)
                        : tr("Generate one image with %1 (%2)").arg(model.title, shortcut))
            + (cost ? QString() : QStringLiteral("\n") + tr("The price of this model is unknown.")));
    }
    m_generateButton->setProperty("ready", ready);

    QString hint;
    if (hasModel && !errors.isEmpty()) {
        hint = errors.constFirst().message;
        if (errors.size() > 1)
            hint += QLatin1Char(' ') + tr("(and %n more)", nullptr, static_cast<int>(errors.size() - 1));
    }
    m_readyHint->setText(hint);
    m_readyHint->setVisible(!hint.isEmpty());

    // Every model of a comparison starts from the sketch.
    const bool hasSketch = !m_sketchSource.isEmpty();
    m_compareButton->setEnabled(hasSketch);
    m_compareButton->setToolTip(hasSketch ? tr("Run the same sketch on several models side by side (%1)")
                                                .arg(m_compareShortcut)
                                          : tr("Open or drop a sketch first: every model of a comparison "
                                               "starts from it."));
}

QString ModelPanel::readyHint() const
{
    return m_readyHint->text();
}

void ModelPanel::updateModelInfo()
{
    const ModelSpec &model = m_form->model();
    if (model.id.isEmpty()) {
        m_modelInfo->setText(tr("No model available."));
        return;
    }
    // The first sentence is enough here; the whole description is in the tooltip.
    QString text = model.description.simplified();
    const qsizetype sentenceEnd = text.indexOf(QLatin1String(". "));
    if (sentenceEnd > 0)
        text = text.left(sentenceEnd + 1);
    const int maxChars = 150;
    if (text.size() > maxChars)
        text = text.left(maxChars).section(u' ', 0, -2) + QStringLiteral("…");
    m_modelInfo->setText(text);
    m_modelInfo->setToolTip(model.description + (model.warnings.isEmpty()
                                                     ? QString()
                                                     : QStringLiteral("\n\n") + model.warnings.join(u'\n')));
    m_modelInfo->setVisible(!text.isEmpty());
}
