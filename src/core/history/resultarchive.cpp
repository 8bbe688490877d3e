#include "resultarchive.h"

#include "historythumbnail.h"

#include "base/logging.h"
#include "imaging/pngmetadata.h"
#include "imaging/resultwriter.h"
#include "model/jobtypes.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

void removeFiles(const QStringList &paths)
{
    for (const QString &path : paths) {
        if (!path.isEmpty())
            QFile::remove(path);
    }
}

} // namespace

ResultArchive::ResultArchive(const QString &directory)
    : m_directory(QDir::cleanPath(directory))
{
}

bool ResultArchive::write(const QString &runId, const GenerationInfo &info, QList<OutputImage> *outputs,
                          QString *errorOut) const
{
    QString ignored;
    QString &message = errorOut ? *errorOut : ignored;
    const QDateTime created = info.created.isValid() ? info.created : QDateTime::currentDateTimeUtc();
    const QDateTime local = created.toLocalTime();
    const QString resultsDir = QDir(m_directory).filePath(
        QStringLiteral("results/%1/%2").arg(local.toString(QStringLiteral("yyyy")),
                                            local.toString(QStringLiteral("MM"))));
    const QString thumbsDir = QDir(m_directory).filePath(QStringLiteral("thumbs"));
    if (!QDir().mkpath(resultsDir) || !QDir().mkpath(thumbsDir)) {
        message = QCoreApplication::translate("HistoryStore", "Cannot create the history folders in %1.")
                      .arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    for (int i = 0; i < outputs->size(); ++i) {
        OutputImage &output = (*outputs)[i];
        const QString stem = QStringLiteral("%1-%2").arg(runId).arg(i + 1);
        const QString path = QDir(resultsDir).filePath(stem + QLatin1String(".png"));
        if (!ResultWriter::write(output, info, path, &message))
            return false;
        output.filePath = path;

        QSize decodedSize;
        QString thumbError;
        if (!HistoryThumbnail::write(output, thumbnailPathFor(path), &decodedSize, &thumbError))
            qCWarning(lcHistory, "no thumbnail for %s: %s", qUtf8Printable(path), qUtf8Printable(thumbError));
        if (!output.size.isValid() || output.size.isEmpty())
            output.size = decodedSize;
    }
    return true;
}

QString ResultArchive::thumbnailPathFor(const QString &resultPath) const
{
    return QDir(m_directory).filePath(QStringLiteral("thumbs/") + QFileInfo(resultPath).completeBaseName()
                                      + QLatin1String(".jpg"));
}

QStringList ResultArchive::existingThumbnails(const QStringList &resultPaths) const
{
    QStringList thumbs;
    for (const QString &path : resultPaths) {
        const QString thumb = thumbnailPathFor(path);
        thumbs.append(QFileInfo::exists(thumb) ? thumb : QString());
    }
    return thumbs;
}

QString ResultArchive::relativePath(const QString &absolute) const
{
    if (absolute.isEmpty())
        return {};
    const QString relative = QDir(m_directory).relativeFilePath(absolute);
    return relative.startsWith(QLatin1String("..")) ? absolute : relative;
}

QString ResultArchive::absolutePath(const QString &stored) const
{
    if (stored.isEmpty() || QDir::isAbsolutePath(stored))
        return stored;
    return QDir(m_directory).filePath(stored);
}

void ResultArchive::discard(const QStringList &resultPaths) const
{
    for (const QString &path : resultPaths) {
        if (path.isEmpty())
            continue;
        QFile::remove(path);
        QFile::remove(thumbnailPathFor(path));
    }
}

void ResultArchive::removeRun(const QStringList &resultPaths, const QStringList &thumbPaths) const
{
    removeFiles(resultPaths);
    removeFiles(thumbPaths);
    const QDir root(m_directory);
    for (const QString &path : resultPaths) {
        QDir dir = QFileInfo(path).dir();
        // results/<yyyy>/<mm>, then results/<yyyy>, when they became empty.
        for (int level = 0; level < 2 && dir.absolutePath().startsWith(root.absolutePath()); ++level) {
            const QString name = dir.dirName();
            if (!dir.cdUp() || !dir.rmdir(name))
                break;
        }
    }
}
