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
