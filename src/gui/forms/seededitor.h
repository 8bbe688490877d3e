#pragma once

#include "fieldeditor.h"

class QSpinBox;
class QToolButton;

// Integer seed: a spin box, a "randomize" button and a "lock" toggle. Unlocked (the default):
// rollForRun() gives every run a new random seed, shown in the box before the run is sent, so
// the result's seed is the one on screen. Locked: every run uses the seed in the box. Typing a
// seed locks it. A seed without a default starts as "Random" (the provider picks; omitted from
// the values) until the first run rolls one.
class SeedEditor final : public FieldEditor
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeedEditor)

public:
    explicit SeedEditor(const ParameterSpec &spec, QWidget *parent = nullptr);

    QJsonValue value() const override;
    void setValue(const QJsonValue &value) override;
    QWidget *inputWidget() const override;

    bool isLocked() const;
    void setLocked(bool locked);
    bool isRandom() const;

public Q_SLOTS:
    void randomize();
    // Called right before a run's values are taken: an unlocked seed moves on to a new random
    // value. Returns true when it rolled.
    bool rollForRun();

Q_SIGNALS:
    void lockChanged(bool locked);

private:

    QSpinBox *m_spin = nullptr;
    QToolButton *m_randomize = nullptr;
    QToolButton *m_lock = nullptr;
    bool m_allowsRandom = false;
};
