#include "imagemime.h"

#include "imaging/imageloader.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QMimeData>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

QString ImageMime::sourceFromUrl(const QUrl &url)
{
    if (!url.isValid())
        return QString();
    if (url.isLocalFile()) {
        if (!url.host().isEmpty())
            return QString();
        return QFileInfo(url.toLocalFile()).absoluteFilePath();
    }
    const QString scheme = url.scheme().toLower();
    if ((scheme == QLatin1String("http") || scheme == QLatin1String("https"))
        && !url.host().isEmpty())
        return url.toString(QUrl::FullyEncoded);
    return QString();
}

QString ImageMime::sourceFromText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || trimmed.contains(u'\n'))
        return QString();
    if (trimmed.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || trimmed.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
        return sourceFromUrl(QUrl(trimmed, QUrl::StrictMode));
    const QFileInfo info(trimmed);
    if (info.isAbsolute() && info.isFile())
        return info.absoluteFilePath();
    return QString();
}

QStringList ImageMime::sourcesFromMime(const QMimeData *mime)
{
    QStringList sources;
    if (!mime)
        return sources;
    if (mime->hasUrls()) {
        const QList<QUrl> urls = mime->urls();
        for (const QUrl &url : urls) {
            const QString source = sourceFromUrl(url);
            if (!source.isEmpty())
                sources.append(source);
        }
    }
    if (sources.isEmpty() && mime->hasText()) {
        const QString source = sourceFromText(mime->text());
        if (!source.isEmpty())
            sources.append(source);
    }
    return sources;
}

bool ImageMime::hasSource(const QMimeData *mime)
{
    return !sourcesFromMime(mime).isEmpty();
}

bool ImageMime::hasImageData(const QMimeData *mime)
{
    return mime && mime->hasImage();
}

QString ImageMime::storePastedImage(const QImage &image, QString *error)
{
    if (image.isNull()) {
        if (error)
            *error = tr("The clipboard holds no image.");
        return QString();
    }
    const QString dirPath = QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/pasted");
    if (!QDir().mkpath(dirPath)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dirPath));
        return QString();
    }
    const QString path = dirPath + QStringLiteral("/pasted-")
        + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))
        + QStringLiteral(".png");
    if (!image.save(path, "PNG")) {
        if (error)
            *error = tr("Cannot save the pasted image to %1.").arg(QDir::toNativeSeparators(path));
        return QString();
    }
    return path;
}

QString ImageMime::storeDownscaledCopy(const QImage &image, const QString &original, QString *error)
{
    const QString dirPath = QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
        + QStringLiteral("/downscaled");
    if (image.isNull() || !QDir().mkpath(dirPath)) {
        if (error)
            *error = tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(dirPath));
        return QString();
    }
    const QString path = dirPath + u'/' + QFileInfo(original).completeBaseName()
        + QStringLiteral("-%1x%2.png").arg(image.width()).arg(image.height());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !image.save(&file, "PNG") || !file.commit()) {
        if (error)
            *error = tr("Cannot save the smaller copy to %1.").arg(QDir::toNativeSeparators(path));
        return QString();
    }
    return path;
}

QString ImageMime::sketchFromMime(const QMimeData *mime, QString *error)
{
    const QStringList sources = sourcesFromMime(mime);
    if (!sources.isEmpty())
        return sources.constFirst();
    if (hasImageData(mime))
        return storePastedImage(qvariant_cast<QImage>(mime->imageData()), error);
    return QString();
}

QString ImageMime::sampleSketchFile(QString *error)
{
    const QString resource = QStringLiteral(":/samples/sample-sketch.png");
    if (!QFile::exists(resource)) {
        if (error)
            *error = tr("The sample sketch is missing from this build.");
        return QString();
    }
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/samples");
    const QString path = dir + QStringLiteral("/sample-sketch.png");
    QFile resourceFile(resource);
    if (!QFileInfo::exists(path) || QFileInfo(path).size() != resourceFile.size()) {
        QDir().mkpath(dir);
        QFile::remove(path);
        if (!resourceFile.copy(path)) {
            if (error)
                *error = tr("Cannot copy the sample sketch to %1.").arg(QDir::toNativeSeparators(dir));
            return QString();
        }
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    }
    return path;
}

bool ImageMime::isRemote(const QString &source)
{
    return source.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || source.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

QString ImageMime::openFileFilter()
{
    QStringList patterns;
    const QList<QByteArray> formats = QImageReader::supportedImageFormats();
    for (const QByteArray &format : formats) {
        const QString f = QString::fromLatin1(format).toLower();
        if (!ImageLoader::acceptedFormats().contains(format.toLower()) && f != QLatin1String("jpg")
            && f != QLatin1String("tif"))
            continue;   // only what ImageLoader reads: SVG yes, icons and svgz no
        patterns.append(QStringLiteral("*.") + f);
    }
    patterns.removeDuplicates();
    return tr("Images (%1)").arg(patterns.join(u' ')) + QStringLiteral(";;")
        + tr("All files (*)");
}
