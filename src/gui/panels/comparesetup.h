#pragma once

#include "presets/preset.h"
#include "presets/sharedintent.h"
#include "schema/modelspec.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSlider;
class QSpinBox;
class QToolButton;
class QVBoxLayout;

// The left dock in compare mode: the shared intent (prompt, negative prompt, seed with lock,
// strength 0–1, aspect ratio, count) and a checklist of models, each with its provider and price
// and a "…" button for exact per-model overrides (a small dialog with that model's form).
class CompareSetup final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CompareSetup)

public:
    explicit CompareSetup(QWidget *parent = nullptr);
    ~CompareSetup() override;

    void setModels(const QList<ModelSpec> &models);
    QStringList selectedModelIds() const;
    void setSelectedModelIds(const QStringList &ids);
    // The ticked models of the last session (QSettings "Compare/Models"), if any were saved.
    void restoreSelection();
    void saveSelection() const;

    // prompt, negative_prompt, seed, strength, aspect ("W:H"), num_images: StudioSession::compare's.
    // "Match sketch" sends the sketch's own ratio (setSketchRatio).
    QJsonObject intent() const;
    // The shared part of the intent (what the model form shows too), and setting it.
    SharedIntent sharedIntent() const;
    void setSharedIntent(const SharedIntent &intent);
    // "W:H" of the sketch every model receives; empty without one.
    void setSketchRatio(const QString &ratio);
    void setPrompt(const QString &prompt);
    QString prompt() const;
    void setSeed(qint64 seed);
    qint64 seed() const;
    bool isSeedLocked() const;
    void setSeedLocked(bool locked);
    void setStrength(double strength);
    void setAspect(const QString &ratio);

    // The shared intent as a portable preset (format v1): the prompt is kept literally as the
    // template, an unlocked seed becomes the "random" policy; `models` holds the per-model
    // overrides.
    Preset toPreset(const QString &name) const;
    // Fills the shared fields from a preset ({prompt} in its template is replaced by the current
    // prompt) and merges its exact values into the overrides of those models. The model
    // selection stays as it is.
    void applyPreset(const Preset &preset);

    QHash<QString, QJsonObject> overrides() const { return m_overrides; }
    void setOverrides(const QString &modelId, const QJsonObject &values);
    // The sketch every model receives (for the cost and the override dialog's preview).
    void setSketchPath(const QString &path);

    // The sum of the known prices; `unknown` counts the models without one.
    double estimatedCost(int *unknown = nullptr) const;
    // Why nothing can run yet, or empty.
    QString blocker() const;

    // Right before a comparison's values are taken: an unlocked seed rolls to a new value.
    void rollSeedForRun();
    // Opens the override dialog of a model (non-blocking).
    void editOverrides(const QString &modelId);

    QPushButton *runButton() const { return m_runButton; }

Q_SIGNALS:
    void runRequested();
    void changed();
    // "Back to one model": the designer leaves compare mode.
    void leaveRequested();

private:
    void updateRunButton();
    const ModelSpec *modelSpec(const QString &id) const;

    struct ModelRow
    {
        QString id;
        QCheckBox *check = nullptr;
        QLabel *detail = nullptr;
        QToolButton *overridesButton = nullptr;
    };

    QList<ModelSpec> m_models;
    QList<ModelRow> m_rows;
    QHash<QString, QJsonObject> m_overrides;
    QString m_sketchPath;
    QString m_sketchRatio;
    // What the shared intent held when it was set, for the fields the panel cannot show (a
    // negative prompt that is a model's default stays unset).
    bool m_updatingIntent = false;

    QPlainTextEdit *m_prompt = nullptr;
    QLineEdit *m_negative = nullptr;
    QSpinBox *m_seed = nullptr;
    QToolButton *m_seedRandom = nullptr;
    QToolButton *m_seedLock = nullptr;
    QSlider *m_strengthSlider = nullptr;
    QDoubleSpinBox *m_strength = nullptr;
    QComboBox *m_aspect = nullptr;
    QSpinBox *m_count = nullptr;
    QVBoxLayout *m_modelList = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_leaveButton = nullptr;
};
