#include "windowtest.h"

#include "mainwindow.h"
#include "schema/modelcatalog.h"
#include "secrets/secretstore.h"
#include "session/studiosession.h"

#include <QCoreApplication>
#include <QImage>
#include <QPainter>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

void WindowTest::initWindowTest(const char *applicationName)
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

    m_catalog = new ModelCatalog(QString(), this);
    m_catalog->reload();
}

void WindowTest::openWindow(const QString &dataFolder, const QSize &size)
{
    m_keys = new MemorySecretStore;
    m_session = new StudioSession(m_catalog, nullptr, m_keys, m_env->path(dataFolder));
    m_window = new MainWindow(m_catalog, m_session);
    m_window->resize(size);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    // Shortcuts need the active window.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

void WindowTest::closeWindow()
{
    if (m_window)
        m_window->close(); // saves the session
    delete m_window;
    m_window = nullptr;
    delete m_session;
    m_session = nullptr;
    delete m_keys;
    m_keys = nullptr;
}

QString WindowTest::drawSketch(const QString &name, const QSize &size) const
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(QPen(Qt::black, 6));
    p.drawRect(image.rect().adjusted(80, 80, -80, -80));
    p.drawLine(80, 80, size.width() - 80, size.height() - 80);
    p.end();
    const QString path = m_env->path(name);
    return image.save(path) ? path : QString();
}
