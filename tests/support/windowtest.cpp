#include "windowtest.h"

#include "mainwindow.h"
#include "secrets/secretstore.h"
#include "session/studiosession.h"
#include "widgets/themecolors.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QTest>

void WindowTest::openWindow(const QString &dataFolder, const QSize &size)
{
    // Screenshots in the dark: REIMAGINE_TEST_PALETTE=dark, as a dark desktop theme would.
    if (qEnvironmentVariable("REIMAGINE_TEST_PALETTE") == QLatin1String("dark"))
        QApplication::setPalette(ThemeColors::darkPalette());
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
