#pragma once

// The base of the GUI tests that drive the whole main window against the fake provider server:
// SessionTest's environment, server and catalog, and a window on its own session, opened and
// closed the same way.

#include "sessiontest.h"

#include <QSize>
#include <QString>

class MainWindow;
class MemorySecretStore;
class StudioSession;

class WindowTest : public SessionTest
{
protected:
    // A session (data in `dataFolder` under the test's folder) and its window, shown, exposed and
    // active (shortcuts need the active window).
    void openWindow(const QString &dataFolder = QStringLiteral("data/reimagine-studio"),
                    const QSize &size = QSize(1280, 800));
    // Closes the window (it saves its session) and deletes it, then the session.
    void closeWindow();
    // A white sketch of `size` with a black frame and a diagonal, saved as `name` in the test's
    // folder; its path, or empty when it cannot be saved.
    QString drawSketch(const QString &name, const QSize &size) const;

    MemorySecretStore *m_keys = nullptr;
    StudioSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
};
