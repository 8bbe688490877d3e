#include "atomicfile.h"

#include <QFile>
#include <QTemporaryFile>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace AtomicFile {

bool replace(const QString &path, const QByteArray &bytes, QString *error)
{
    QTemporaryFile file(path + QLatin1String(".XXXXXX"));
    file.setAutoRemove(true);
    if (!file.open() || file.write(bytes) != bytes.size() || !file.flush()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    if (::rename(QFile::encodeName(file.fileName()).constData(), QFile::encodeName(path).constData()) != 0) {
        if (error)
            *error = QString::fromLocal8Bit(std::strerror(errno));
        return false;
    }
    file.setAutoRemove(false);   // renamed: nothing left to remove
    return true;
}

} // namespace AtomicFile
