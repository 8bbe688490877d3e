#pragma once

#include "schema/modelspec.h"
#include "schema/parametervalidator.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QWidget>

class CollapsibleSection;
class FieldEditor;
class QFormLayout;
class QLabel;
class QToolButton;
class QVBoxLayout;

// The parameter form of one model, generated from its ModelSpec (after OBS Studio's properties
// view: one builder per field kind, one QFormLayout row per field). Basic fields first, then the
// collapsible "Structure" (expanded) and "Advanced" (collapsed) sections. Every field has an
// inline error label; values() is exactly the JSON object the provider expects.
class SchemaForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SchemaForm)

public:
    explicit SchemaForm(QWidget *parent = nullptr);
    ~SchemaForm() override;

    void setModel(const ModelSpec &model); // rebuilds the form, values at their defaults
    const ModelSpec &model() const { return m_model; }

    QJsonObject values() const;
    // Unknown keys are ignored, missing keys go back to their defaults.
    void setValues(const QJsonObject &values);
    void resetToDefaults();

    // One field; returns false for an unknown field. Undefined/null resets it.
    bool setFieldValue(const QString &field, const QJsonValue &value);
    QJsonValue fieldValue(const QString &field) const;

    QList<FieldError> errors() const; // ParameterValidator over values() + editor input errors
    bool isValid() const;

    // The field's editor container (objectName "field_<name>"), or nullptr.
    QWidget *editorFor(const QString &field) const;
    // The inline error label under a field ("field_<name>_error").
    QLabel *errorLabelFor(const QString &field) const;

    // Shows every error, including required fields the user has not touched yet, and opens the
    // sections that contain one. Call before refusing to run.
    void revealErrors();
    // Errors the provider reported for fields (a 422 on submit): shown in each field's inline
    // error label with the provider's message until the user edits that field or
    // clearExternalErrors() is called (the next run passed validation). Nested names
    // ("color_palette.members.0.rgb") go to their top-level field; unknown fields are ignored.
    // They do not block a run: the form's own validation passed already.
    void setExternalErrors(const QList<FieldError> &errors);
    void clearExternalErrors();
    QHash<QString, QString> externalErrors() const { return m_externalErrors; }
    // Right before a run's values are taken: unlocked seeds roll to a new random value (shown
    // in the form, so the result's seed is the one on screen).
    void rollSeedsForRun();
    // The lock of the seed field (the "seed" role, else the first seed editor); false without.
    bool isSeedLocked() const;
    void setSeedLocked(bool locked);
    // Gives the seed field a new random value, locked or not.
    void randomizeSeed();

    bool isAdvancedExpanded() const;
    void setAdvancedExpanded(bool expanded);

Q_SIGNALS:
    void valuesChanged();
    void validityChanged(bool valid);
    void seedLockChanged(bool locked);

private:
    struct Row
    {
        FieldEditor *editor = nullptr;
        QLabel *label = nullptr;
        QLabel *error = nullptr;
        QString group;
    };

    void rebuild();
    QFormLayout *createFormLayout();
    void addRow(QFormLayout *form, const ParameterSpec &spec);
    void alignLabelColumns();
    void scheduleRefresh();
    void refresh(bool forceSignals = false);
    void applyErrors(const QList<FieldError> &errors, const QJsonObject &values);
    QString labelText(const ParameterSpec &spec) const;

    ModelSpec m_model;
    QVBoxLayout *m_layout = nullptr;
    QWidget *m_content = nullptr;
    CollapsibleSection *m_structure = nullptr;
    CollapsibleSection *m_advanced = nullptr;
    QLabel *m_formError = nullptr;
    QToolButton *m_resetButton = nullptr;
    QList<QFormLayout *> m_forms;

    QList<Row> m_rows;
    QHash<QString, int> m_index;
    QSet<QString> m_touched;
    QHash<QString, QString> m_externalErrors; // field -> the provider's message
    bool m_revealAll = false;
    bool m_updating = false;
    bool m_refreshPending = false;
    bool m_lastValid = true;
    bool m_advancedExpanded = false;
    bool m_structureExpanded = true;
};
