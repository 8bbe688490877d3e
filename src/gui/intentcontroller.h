#pragma once

#include "presets/sharedintent.h"

#include <QObject>
#include <QString>

class CompareSetup;
class ModelPanel;

// Keeps one shared intent (prompt, negative prompt, seed and its lock, strength, aspect) across
// the model form and Compare: switching model carries it into the new form through the model's
// roles, entering Compare shows it there, leaving Compare brings Compare's back into the form.
// The aspect follows the sketch's shape (the nearest value each model offers) until the designer
// picks one. Remembered across sessions ("Intent/Shared").
class IntentController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IntentController)

public:
    // Neither is owned.
    IntentController(ModelPanel *panel, CompareSetup *setup, QObject *parent = nullptr);
    ~IntentController() override;

    SharedIntent intent() const { return m_intent; }
    // The sketch every run receives (a local file; its header gives the shape).
    void setSketch(const QString &path);
    QString sketchRatio() const { return m_sketchRatio; }
    void setCompareMode(bool on);

    // The intent of the last session, put into the current form.
    void restore();
    void save() const;

private:
    void onModelChanged();
    void onFormChanged();
    void onSetupChanged();
    void applyToForm();
    QString formAspectValue() const;

    ModelPanel *m_panel = nullptr;
    CompareSetup *m_setup = nullptr;
    SharedIntent m_intent;
    QString m_sketchRatio;
    // The model whose form holds the intent (forms of other models are not read).
    QString m_modelId;
    // The aspect value last put into the form: another one there is the designer's choice.
    QString m_appliedAspect;
    bool m_compareMode = false;
    bool m_applying = false;
};
