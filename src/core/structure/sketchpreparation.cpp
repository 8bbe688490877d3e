#include "sketchpreparation.h"

#include "structuremaps.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

bool SketchPreparation::changesSketch(const StructureSettings &settings, const QList<SketchStroke> &strokes)
{
    return !strokes.isEmpty() || !settings.effectiveCleanup().isIdentity();
}

SketchPreparation::Result SketchPreparation::run(const QImage &original, const StructureSettings &settings,
                                                 const QList<SketchStroke> &strokes, int maxSide)
{
    Result result;
    if (original.isNull())
        return result;
    const CleanupSettings cleanup = settings.effectiveCleanup();
    if (!cleanup.isIdentity()) {
        SketchCleanup::Options options;
        options.maxSide = maxSide;
        result.base = SketchCleanup::apply(original, cleanup, {}, options);
    } else {
        // Nothing to clean: the sketch keeps its colours, only the size is capped.
        const bool large = maxSide > 0 && std::max(original.width(), original.height()) > maxSide;
        result.base = large ? original.scaled(maxSide, maxSide, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                            : original;
    }
    result.sketch = result.base;
    if (!strokes.isEmpty()) {
        if (result.sketch.format() != QImage::Format_Grayscale8)
            result.sketch = result.sketch.convertToFormat(QImage::Format_RGB32);
        SketchStrokes::paint(&result.sketch, strokes, cleanup.invert);
    }
    result.map = StructureMaps::compute(result.sketch, settings);
    return result;
}

QString SketchPreparation::fileName(const QString &path, const QString &suffix)
{
    QString stem = QFileInfo(path).completeBaseName();
    for (QChar &c : stem) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'-';
    }
    stem = stem.left(40);
    return stem.isEmpty() ? suffix : stem + QLatin1Char('-') + suffix;
}

QString SketchPreparation::store(const QImage &image, const QString &directory, const QJsonObject &metadata,
                                 QString *error, const QString &name)
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return QString();
    };
    if (image.isNull())
        return fail(tr("There is no image to store."));
    QImage tagged = image;
    tagged.setText(QString::fromLatin1(MetadataKey),
                   QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact)));
    QByteArray bytes;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "png");
        if (!writer.write(tagged))
            return fail(tr("The image could not be encoded as PNG: %1").arg(writer.errorString()));
    }
    if (!QDir().mkpath(directory))
        return fail(tr("Cannot create %1.").arg(QDir::toNativeSeparators(directory)));
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex().left(12));
    const QString path = QDir(directory).filePath((name.isEmpty() ? hash : name + QLatin1Char('-') + hash)
                                                  + QLatin1String(".png"));
    if (QFile::exists(path) && QFileInfo(path).size() == bytes.size())
        return path; // the same content is there already
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return fail(tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return path;
}

QJsonObject SketchPreparation::metadataOf(const QString &path)
{
    QImageReader reader(path);
    return QJsonDocument::fromJson(reader.text(QString::fromLatin1(MetadataKey)).toUtf8()).object();
}

QString SketchPreparation::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
        + QLatin1String("/reimagine-studio/sketches");
}
