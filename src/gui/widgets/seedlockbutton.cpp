#include "seedlockbutton.h"

#include "appicons.h"

#include <QCoreApplication>

SeedLockButton::SeedLockButton(Scope scope, QWidget *parent)
    : QToolButton(parent)
    , m_scope(scope)
{
    setCheckable(true);
    setChecked(false);
    updateLook();
    connect(this, &QToolButton::toggled, this, &SeedLockButton::updateLook);
}

void SeedLockButton::updateLook()
{
    const bool locked = isChecked();
    setIcon(AppIcons::icon(locked ? QStringLiteral("lock") : QStringLiteral("lock-open")));
    // The words stay in the contexts of the form and of Compare, where they were translated.
    if (m_scope == Scope::Run) {
        setToolTip(locked ? QCoreApplication::translate("SeedEditor",
                                                        "Seed locked: every run uses this seed, so the same settings give "
                                                        "the same image. Click to get a new seed for every run.")
                          : QCoreApplication::translate("SeedEditor",
                                                        "Seed unlocked: every run gets a new random seed, shown here. "
                                                        "Click (or type a seed) to keep one."));
        setAccessibleName(locked ? QCoreApplication::translate("SeedEditor", "Seed locked")
                                 : QCoreApplication::translate("SeedEditor", "Seed unlocked"));
    } else {
        setToolTip(locked ? QCoreApplication::translate("CompareSetup",
                                                        "Seed locked: every comparison uses this seed. Click to get a new "
                                                        "seed for every comparison.")
                          : QCoreApplication::translate("CompareSetup",
                                                        "Seed unlocked: every comparison gets a new random seed, shown "
                                                        "here. Click (or type a seed) to keep one."));
        setAccessibleName(locked ? QCoreApplication::translate("CompareSetup", "Seed locked")
                                 : QCoreApplication::translate("CompareSetup", "Seed unlocked"));
    }
}
