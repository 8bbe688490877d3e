#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

// Isolates a test from the user's files: XDG data/config/cache dirs in a temporary directory
// (for this process and for child processes), and no provider keys from the environment.
class TestEnvironment
{
public:
    TestEnvironment();

    QString path(const QString &relative = QString()) const;
    // The environment for a child process (reimagine-cli), with the same isolation.
    QProcessEnvironment processEnvironment() const;

private:
    QTemporaryDir m_dir;
};

// The window in another language (layout and accessibility checks, screenshots): with
// REIMAGINE_TEST_LANG=de or fr, installs the app's catalogue (compiled into the GUI library, so
// GUI tests only) and makes that the default locale. Call it before the model catalog is read.
// False when the catalogue cannot be loaded. Tests that read English words do not apply.
bool installTestLanguage();
