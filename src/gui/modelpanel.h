#pragma once

#include <QJsonObject>
#include <QKeySequence>
#include <QString>
#include <QWidget>

class ModelCatalog;
class Preset;
class ModelPicker;
class QLabel;
class QPushButton;
class QScrollArea;
class SchemaForm;

// The "Model" dock's page: model picker, a one-sentence description, the generated parameter
// form (its values remembered per model), and the Generate / Compare buttons. It keeps the
// current sketch in the model's structure image field, also across model switches, and says so
// when the user puts another image into that field.
class ModelPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ModelPanel)

public:
    // `catalog` is not owned and may be null.
    explicit ModelPanel(ModelCatalog *catalog, QWidget *parent = nullptr);
    ~ModelPanel() override;

    ModelPicker *picker() const { return m_picker; }
    SchemaForm *form() const { return m_form; }
    QString currentModelId() const { return m_currentModelId; }

    bool selectModel(const QString &id);
    // The catalog's models changed (first fill, import).
    void reloadModels();
    // Selects the model of the last session, if it is still there.
    void restoreLastModel();
    // Remembers the form's values (not its images) for the current model.
    void saveFormValues();

    // The structure image field of the current model; empty when it takes none.
    QString structureFieldName() const;
    // The sketch on the canvas: goes into the structure field of this and every later model.
    void setSketchSource(const QString &source);

    // The prompt in the current form (empty when the model has no prompt role).
    QString currentPrompt() const;
    // Why Generate cannot run yet ("Add a sketch first: …"), or empty.
    QString readyHint() const;
    // Selects `modelId` and puts `values` (an earlier run's inputs) into its form; a sketch
    // there that no longer exists is replaced by the current one. False when the model is gone.
    bool reuseValues(const QString &modelId, QJsonObject values);
    // Adds a fal OpenAPI document to the catalog and selects the new model; on failure returns
    // false and the reason in `error`.
    bool importModelSchema(const QString &path, QString *error);
    // The same with a file dialog; problems are shown in a (non-blocking) message box.
    void importModelSchemaInteractive();

    // The current model's form values (no images) as a preset for that model only.
    Preset toPreset(const QString &name) const;
    // Maps a preset onto the current model's form: its intent through the model's roles (the
    // current prompt fills {prompt}), then its exact values for this model. The sketch stays.
    void applyPreset(const Preset &preset);

    // Scrolls to a field's editor and focuses it.
    void revealField(const QString &field);
    void setCompareShortcut(const QKeySequence &shortcut);

Q_SIGNALS:
    void modelChanged(const QString &id);
    void generateRequested();
    void compareRequested();
    // The user put another image (or none) into the structure field.
    void sketchEdited(const QString &source);
    void statusMessage(const QString &message);

private:
    void onModelChanged(const QString &id);
    void restoreFormValues();
    void onFormValuesChanged();
    void updateGenerateButton();
    void updateModelInfo();

    ModelCatalog *m_catalog = nullptr;
    ModelPicker *m_picker = nullptr;
    QLabel *m_modelInfo = nullptr;
    SchemaForm *m_form = nullptr;
    QScrollArea *m_formScroll = nullptr;
    QPushButton *m_generateButton = nullptr;
    QPushButton *m_compareButton = nullptr;
    QLabel *m_readyHint = nullptr; // why Generate is disabled, under the buttons
    QString m_currentModelId;
    QString m_sketchSource;
    QString m_compareShortcut;
    bool m_syncingSketch = false;
};
