#pragma once

#include <QToolButton>

// The seed's lock, the same in the model form and in Compare: open by default (every run, or
// every comparison, rolls a new seed), closed to keep the seed; icon, tooltip and accessible name
// say which, in the words of what it applies to.
class SeedLockButton final : public QToolButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SeedLockButton)

public:
    enum class Scope
    {
        Run,        // the model form: every run
        Comparison, // Compare: every comparison
    };

    explicit SeedLockButton(Scope scope, QWidget *parent = nullptr);

private:
    void updateLook();

    Scope m_scope;
};
