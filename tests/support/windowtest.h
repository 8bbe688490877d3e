#pragma once

// The base of the GUI tests that drive the whole main window against the fake provider server:
// an isolated HOME, settings and data folder, the fake server's URLs in the environment, quick
// polling, the bundled catalog; a window on its own session, opened and closed the same way.

#include "fakeproviderserver.h"
#include "testenvironment.h"

#include <QObject>
#include <QSize>
#include <QString>

#include <memory>

class MainWindow;
class MemorySecretStore;
class ModelCatalog;
class StudioSession;

class WindowTest : public QObject
{
protected:
    // From initTestCase(): the environment, the server (started, its URLs exported) and the
    // catalog. Failures are recorded with QVERIFY (check QTest::currentTestFailed()).
    void initWindowTest(const char *applicationName);
    // A session (data in `dataFolder` under the test's folder) and its window, shown, exposed and
    // active (shortcuts need the active window).
    void openWindow(const QString &dataFolder = QStringLiteral("data/reimagine-studio"),
                    const QSize &size = QSize(1280, 800));
    // Closes the window (it saves its session) and deletes it, then the session.
    void closeWindow();
    // A white sketch of `size` with a black frame and a diagonal, saved as `name` in the test's
    // folder; its path, or empty when it cannot be saved.
    QString drawSketch(const QString &name, const QSize &size) const;

    std::unique_ptr<TestEnvironment> m_env;
    FakeProviderServer *m_server = nullptr;
    ModelCatalog *m_catalog = nullptr;
    MemorySecretStore *m_keys = nullptr;
    StudioSession *m_session = nullptr;
    MainWindow *m_window = nullptr;
};
