#include "testenvironment.h"

#include <QDir>
#include <QStandardPaths>

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
