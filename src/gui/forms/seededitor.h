#pragma once

#include "fieldeditor.h"

class QSpinBox;
class QToolButton;

// Integer seed: a spin box, a "randomize" button and a "lock" toggle. Locked: the seed stays for
// every run; unlocked: prepareNextRun() rolls a new one. A seed without a default starts as
// "Random" (the provider picks; omitted from the values).
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
    // Called after a run was submitted: an unlocked seed moves on to a new random value.
    void prepareNextRun();

private:
    void updateLockIcon();

    QSpinBox *m_spin = nullptr;
    QToolButton *m_randomize = nullptr;
    QToolButton *m_lock = nullptr;
    bool m_allowsRandom = false;
};
