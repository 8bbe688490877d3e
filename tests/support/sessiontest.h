#pragma once

// The base of tests that run a whole session against the fake provider server: an isolated
// HOME, settings and data folder, the fake server's URLs in the environment, quick polling and
// the bundled catalog. WindowTest adds the main window on top.

#include "fakeproviderserver.h"
#include "testenvironment.h"

#include <QObject>

#include <memory>

class ModelCatalog;

class SessionTest : public QObject
{
protected:
    // From initTestCase(): the environment, the server (started, its URLs exported) and the
    // catalog. Failures are recorded with QVERIFY (check QTest::currentTestFailed()).
    void initSessionTest(const char *applicationName);

    std::unique_ptr<TestEnvironment> m_env;
    FakeProviderServer *m_server = nullptr;
    ModelCatalog *m_catalog = nullptr;
};
