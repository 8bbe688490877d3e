#include "imageloader.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

} // namespace

ImageLoader::Result ImageLoader::read(QIODevice *device, const QString &what, const Limits &limits,
                                      bool decode)
{
    Result result;
    QImageReader reader(device);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true);

    if (!reader.canRead()) {
        result.error = tr("%1 is not an image this app can read (PNG, JPEG, WebP, BMP, GIF, TIFF).").arg(what);
        return result;
    }
    result.format = reader.format();
    QSize size = reader.size();
    if (!size.isValid()) {
        result.error = tr("%1 looks like a %2 image but its header is damaged.")
                           .arg(what, QString::fromLatin1(result.format.toUpper()));
        return result;
    }
    const qint64 pixels = static_cast<qint64>(size.width()) * size.height();
    if (size.width() > limits.maxSide || size.height() > limits.maxSide || pixels > limits.maxPixels) {
        result.error = tr("%1 is too large: %2 × %3 pixels (%4 megapixels). The limit is %5 megapixels "
                          "and %6 pixels per side.")
                           .arg(what).arg(size.width()).arg(size.height())
                           .arg(static_cast<double>(pixels) / 1e6, 0, 'f', 1)
                           .arg(static_cast<double>(limits.maxPixels) / 1e6, 0, 'f', 0)
                           .arg(limits.maxSide);
        return result;
    }
    if (reader.transformation() & QImageIOHandler::TransformationRotate90)
        size.transpose();
    result.size = size;
    if (!decode)
        return result;

    // The pixel limit above already bounds memory; make Qt's own allocation guard agree with it.
    const int neededMb = static_cast<int>(pixels * 4 / (1024 * 1024)) + 1;
    if (QImageReader::allocationLimit() < neededMb)
        QImageReader::setAllocationLimit(neededMb);

    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        result.error = tr("%1 could not be decoded: %2.").arg(what, reader.errorString());
        result.size = QSize();
        return result;
    }
    result.image = image;
    result.size = image.size();
    return result;
}

ImageLoader::Result ImageLoader::readFile(const QString &path, const Limits &limits, bool decode)
{
    const QString what = QFileInfo(path).fileName();
    QFile file(path);
    Result r;
    if (!file.open(QIODevice::ReadOnly)) {
        r.error = tr("Cannot open %1: %2.").arg(what, file.errorString());
        return r;
    }
    if (file.size() > limits.maxFileBytes) {
        r.error = tr("%1 is %2 MB; images up to %3 MB are accepted.")
                      .arg(what, megabytes(file.size()), megabytes(limits.maxFileBytes));
        return r;
    }
    return read(&file, what, limits, decode);
}

ImageLoader::Result ImageLoader::probeFile(const QString &path, const Limits &limits)
{
    return readFile(path, limits, false);
}

ImageLoader::Result ImageLoader::loadFile(const QString &path, const Limits &limits)
{
    return readFile(path, limits, true);
}

ImageLoader::Result ImageLoader::loadData(const QByteArray &data, const Limits &limits)
{
    if (data.size() > limits.maxFileBytes) {
        Result r;
        r.error = tr("The image is %1 MB; images up to %2 MB are accepted.")
                      .arg(megabytes(data.size()), megabytes(limits.maxFileBytes));
        return r;
    }
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return read(&buffer, tr("The image"), limits, true);
}
