#include "historythumbnail.h"

#include "base/atomicfile.h"
#include "imaging/imageloader.h"
#include "model/jobtypes.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

namespace HistoryThumbnail {

bool write(const OutputImage &image, const QString &path, QSize *originalSize, QString *error)
{
    const ImageLimits limits;
    QBuffer buffer;
    buffer.setData(image.bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize original = reader.size();
    if (!original.isValid()) {
        *error = QCoreApplication::translate("HistoryStore", "The result image cannot be read: %1").arg(reader.errorString());
        return false;
    }
    if (qint64(original.width()) * original.height() > limits.maxPixels
        || original.width() > limits.maxSide || original.height() > limits.maxSide) {
        *error = QCoreApplication::translate("HistoryStore", "The result image is too large for a thumbnail (%1×%2).")
                     .arg(original.width())
                     .arg(original.height());
        return false;
    }
    *originalSize = original;
    // Decoding straight to the small size is much cheaper for JPEG and WebP.
    if (original.width() > Size || original.height() > Size)
        reader.setScaledSize(original.scaled(Size, Size, Qt::KeepAspectRatio));
    QImage thumbnail = reader.read();
    if (thumbnail.isNull()) {
        *error = QCoreApplication::translate("HistoryStore", "The result image cannot be decoded: %1").arg(reader.errorString());
        return false;
    }
    if (thumbnail.width() > Size || thumbnail.height() > Size)
        thumbnail = thumbnail.scaled(Size, Size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    if (thumbnail.hasAlphaChannel()) {
        // JPEG has no alpha: show transparency on white, as most viewers do.
        QImage opaque(thumbnail.size(), QImage::Format_RGB32);
        opaque.fill(Qt::white);
        QPainter painter(&opaque);
        painter.drawImage(0, 0, thumbnail);
        painter.end();
        thumbnail = opaque;
    }
    // Written without fsync: a thumbnail lost to a power cut costs nothing but its picture in
    // the history list (the model shows none for a file it cannot read); the result itself is
    // flushed. This keeps a disk flush off the way from the download to Done.
    QByteArray bytes;
    QBuffer encoded(&bytes);
    encoded.open(QIODevice::WriteOnly);
    QImageWriter writer(&encoded, "jpeg");
    writer.setQuality(85);
    if (!writer.write(thumbnail.convertToFormat(QImage::Format_RGB32))) {
        *error = QCoreApplication::translate("HistoryStore", "Cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), writer.errorString());
        return false;
    }
    QString why;
    if (!AtomicFile::replace(path, bytes, &why)) {
        *error = QCoreApplication::translate("HistoryStore", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why);
        return false;
    }
    return true;
}

} // namespace HistoryThumbnail
