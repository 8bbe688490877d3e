#include "testenvironment.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

TestEnvironment::TestEnvironment()
{
    for (const char *key : {"FAL_KEY", "SEGMIND_API_KEY", "FREEPIK_API_KEY"})
        qunsetenv(key);
    qputenv("XDG_DATA_HOME", path(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", path(QStringLiteral("config")).toUtf8());
    qputenv("XDG_CACHE_HOME", path(QStringLiteral("cache")).toUtf8());
    QDir().mkpath(path(QStringLiteral("data")));
    QDir().mkpath(path(QStringLiteral("config")));
    QDir().mkpath(path(QStringLiteral("cache")));
}

QString TestEnvironment::path(const QString &relative) const
{
    return relative.isEmpty() ? m_dir.path() : m_dir.filePath(relative);
}

QProcessEnvironment TestEnvironment::processEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *key : {"FAL_KEY", "SEGMIND_API_KEY", "FREEPIK_API_KEY"})
        env.remove(QLatin1String(key));
    env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
    return env;
}

bool installTestLanguage()
{
    const QString language = qEnvironmentVariable("REIMAGINE_TEST_LANG");
    if (language.isEmpty())
        return true;
    static QTranslator catalogue;
    if (!catalogue.load(QStringLiteral(":/i18n/reimagine-studio_%1.qm").arg(language)))
        return false;
    QCoreApplication::installTranslator(&catalogue);
    QLocale::setDefault(QLocale(language));
    return true;
}
