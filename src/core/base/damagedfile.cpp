#include "damagedfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

QString DamagedFile::besideName(const QString &path, const QDateTime &when)
{
    const QString base = path + QLatin1String(".corrupt-") + when.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString name = base;
    for (int n = 2; QFileInfo::exists(name) || QFileInfo::exists(name + QLatin1String("-wal"))
                    || QFileInfo::exists(name + QLatin1String("-shm"));
         ++n)
        name = base + QLatin1Char('-') + QString::number(n);
    return name;
}

QString DamagedFile::moveInto(const QString &path, const QString &folder, QString *error)
{
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QCoreApplication::translate("DamagedFile", "Cannot create the folder %1.")
                         .arg(QDir::toNativeSeparators(folder));
        return QString();
    }
    const QFileInfo info(path);
    const QDir dir(folder);
    QString target = dir.filePath(info.fileName());
    for (int n = 2; QFileInfo::exists(target); ++n) {
        const QString suffix = info.suffix().isEmpty() ? QString() : QLatin1Char('.') + info.suffix();
        target = dir.filePath(info.completeBaseName() + QLatin1Char('-') + QString::number(n) + suffix);
    }
    QFile file(path);
    if (!file.rename(target)) {
        if (error)
            *error = file.errorString();
        return QString();
    }
    return target;
}
