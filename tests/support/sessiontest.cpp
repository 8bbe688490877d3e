#include "sessiontest.h"

#include "schema/modelcatalog.h"

#include <QCoreApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

void SessionTest::initSessionTest(const char *applicationName)
{
    m_env = std::make_unique<TestEnvironment>();
    qputenv("HOME", m_env->path().toUtf8()); // test mode keeps its files under $HOME/.qttest
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("Reimagine Studio Tests"));
    QCoreApplication::setApplicationName(QLatin1String(applicationName));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_env->path(QStringLiteral("config")));
    QSettings().clear();
    qputenv("REIMAGINE_POLL_INTERVAL_MS", "40");

    m_server = new FakeProviderServer(this);
    QVERIFY2(m_server->start(), qPrintable(m_server->errorString()));
    for (const auto &pair : m_server->environment())
        qputenv(pair.first.constData(), pair.second);

    QVERIFY2(installTestLanguage(), "REIMAGINE_TEST_LANG names no catalogue");

    m_catalog = new ModelCatalog(QString(), this);
    m_catalog->reload();
}
