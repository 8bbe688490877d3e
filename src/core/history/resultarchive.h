#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct GenerationInfo;
struct OutputImage;

// The history's files below its directory: result images
// `results/<yyyy>/<mm>/<run id>-<n>.png` (PNG with the generation metadata, local month of the
// run) and their thumbnails `thumbs/<run id>-<n>.jpg`. The database stores paths relative to the
// directory. A value type without state beyond the directory: safe from any thread.
class ResultArchive
{
public:
    explicit ResultArchive(const QString &directory);

    QString directory() const { return m_directory; }

    // Writes the images of run `runId` (atomically) with `info` embedded, plus their thumbnails;
    // sets each output's filePath (and its size when unknown). Writing the same run again
    // replaces its files. A result is paid for: one without a thumbnail is still kept.
    bool write(const QString &runId, const GenerationInfo &info, QList<OutputImage> *outputs,
               QString *error) const;

    QString thumbnailPathFor(const QString &resultPath) const;
    // The thumbnails of `resultPaths` that exist (an empty path where there is none).
    QStringList existingThumbnails(const QStringList &resultPaths) const;

    // Stored form of a path: relative when it lies below the directory.
    QString relativePath(const QString &absolute) const;
    QString absolutePath(const QString &stored) const;

    // Deletes result files and their thumbnails (never anything else, such as the user's sketch).
    void discard(const QStringList &resultPaths) const;
    // Deletes a recorded run's files, then the month and year folders they leave empty.
    void removeRun(const QStringList &resultPaths, const QStringList &thumbPaths) const;

private:
    QString m_directory;
};
