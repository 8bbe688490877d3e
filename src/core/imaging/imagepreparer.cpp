#include "imagepreparer.h"

#include "imageloader.h"

#include <QUrl>

#include <QBuffer>
#include <QColorSpace>
#include <QImageWriter>
#include <QPainter>

#include <cmath>
#include <cstring>

namespace {

constexpr int MinShrinkSide = 16;

// A copy of the pixels only: QImage carries text keys (e.g. a previous generation's prompt or an
// editor's comment) that QImageWriter would otherwise write into the upload.
QImage pixelsOnly(const QImage &image)
{
    QImage::Format format = QImage::Format_RGB32;
    if (image.format() == QImage::Format_Grayscale8 || image.format() == QImage::Format_Grayscale16)
        format = image.format();
    else if (image.hasAlphaChannel())
        format = QImage::Format_ARGB32;
    const QImage converted = image.format() == format ? image : image.convertToFormat(format);

    QImage clean(converted.size(), format);
    if (clean.isNull())
        return clean;
    const auto lineBytes = static_cast<size_t>(qMin(clean.bytesPerLine(), converted.bytesPerLine()));
    for (int y = 0; y < clean.height(); ++y)
        std::memcpy(clean.scanLine(y), converted.constScanLine(y), lineBytes);
    clean.setColorSpace(converted.colorSpace());
    return clean;
}

QByteArray encode(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (quality >= 0)
        writer.setQuality(quality);
    if (!writer.write(image))
        return {};
    return bytes;
}

} // namespace

QSize ImagePreparer::targetSize(const QSize &source, int maxSide)
{
    if (source.isEmpty() || maxSide <= 0)
        return source;
    const int w = source.width();
    const int h = source.height();
    if (qMax(w, h) <= maxSide)
        return source;
    if (w >= h) {
        const auto scaledH = static_cast<int>(std::lround(static_cast<double>(h) * maxSide / w));
        return QSize(maxSide, qMax(1, scaledH));
    }
    const auto scaledW = static_cast<int>(std::lround(static_cast<double>(w) * maxSide / h));
    return QSize(qMax(1, scaledW), maxSide);
}

QImage ImagePreparer::flattenOnWhite(const QImage &image)
{
    if (!image.hasAlphaChannel())
        return image.convertToFormat(QImage::Format_RGB32);
    QImage out(image.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter painter(&out);
    painter.setCompositionMode(QPainter::CompositionMode_SourceOver);
    painter.drawImage(0, 0, image);
    painter.end();
    out.setColorSpace(image.colorSpace());
    return out;
}

ImagePreparer::Prepared ImagePreparer::prepareFile(const QString &path, const Options &opts)
{
    // A vector sketch is drawn at the size it is sent at, not drawn at a default and rescaled.
    ImageLoader::Limits limits;
    if (opts.maxSide > 0)
        limits.vectorSide = opts.maxSide;
    const ImageLoader::Result loaded = ImageLoader::loadFile(path, limits);
    if (!loaded.ok()) {
        Prepared failed;
        failed.error = loaded.error;
        return failed;
    }
    return prepare(loaded.image, opts);
}

ImagePreparer::Prepared ImagePreparer::prepare(const QImage &image)
{
    return prepare(image, Options());
}

ImagePreparer::Prepared ImagePreparer::prepare(const QImage &image, const Options &opts)
{
    Prepared result;
    if (image.isNull()) {
        result.error = tr("There is no image to prepare.");
        return result;
    }
    QByteArray format = opts.preferredFormat.toLower();
    if (format == "jpg")
        format = QByteArrayLiteral("jpeg");
    if (format != "png" && format != "jpeg") {
        result.error = tr("Unsupported upload format \"%1\"; use png or jpeg.")
                           .arg(QString::fromLatin1(opts.preferredFormat));
        return result;
    }

    const QSize target = targetSize(image.size(), opts.maxSide);
    const QImage scaled = target == image.size()
        ? image
        : image.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    const QImage clean = pixelsOnly(opts.flattenAlpha && scaled.hasAlphaChannel()
                                        ? flattenOnWhite(scaled)
                                        : scaled);
    if (clean.isNull()) {
        result.error = tr("Not enough memory to prepare a %1 x %2 image.")
                           .arg(target.width())
                           .arg(target.height());
        return result;
    }

    const auto fits = [&opts](const QByteArray &bytes) {
        return opts.maxBytes <= 0 || bytes.size() <= opts.maxBytes;
    };

    if (format == "png") {
        const QByteArray png = encode(clean, "png", -1);
        if (png.isEmpty()) {
            result.error = tr("The image could not be encoded as PNG.");
            return result;
        }
        if (fits(png)) {
            result.bytes = png;
            result.mimeType = QByteArrayLiteral("image/png");
            result.size = clean.size();
            return result;
        }
    }

    // JPEG: first lower the quality, then the size.
    QImage flat = flattenOnWhite(clean);
    QByteArray jpeg;
    for (int quality = FirstJpegQuality; quality >= LowestJpegQuality; quality -= JpegQualityStep) {
        jpeg = encode(flat, "jpeg", quality);
        if (jpeg.isEmpty()) {
            result.error = tr("The image could not be encoded as JPEG.");
            return result;
        }
        if (fits(jpeg))
            break;
    }
    while (!fits(jpeg)) {
        if (flat.width() <= MinShrinkSide && flat.height() <= MinShrinkSide) {
            result.error = tr("The image cannot be made smaller than %1 bytes.").arg(opts.maxBytes);
            return result;
        }
        // Bytes grow roughly with the pixel count: aim a bit below the cap, shrink 10-50 % a step.
        const double factor = qBound(0.5,
                                     0.95 * std::sqrt(static_cast<double>(opts.maxBytes) / jpeg.size()),
                                     0.9);
        const QSize smaller(qMax(1, static_cast<int>(flat.width() * factor)),
                            qMax(1, static_cast<int>(flat.height() * factor)));
        flat = flat.scaled(smaller, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        jpeg = encode(flat, "jpeg", LowestJpegQuality);
        if (jpeg.isEmpty()) {
            result.error = tr("The image could not be encoded as JPEG.");
            return result;
        }
    }
    result.bytes = jpeg;
    result.mimeType = QByteArrayLiteral("image/jpeg");
    result.size = flat.size();
    return result;
}

QByteArray ImagePreparer::toDataUri(const QByteArray &bytes, const QByteArray &mime)
{
    return QByteArrayLiteral("data:") + mime + QByteArrayLiteral(";base64,") + bytes.toBase64();
}

QByteArray ImagePreparer::toRawBase64(const QByteArray &bytes)
{
    return bytes.toBase64();
}

QByteArray ImagePreparer::sniffMimeType(const QByteArray &bytes)
{
    if (bytes.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n")))
        return QByteArrayLiteral("image/png");
    if (bytes.startsWith(QByteArrayLiteral("\xff\xd8\xff")))
        return QByteArrayLiteral("image/jpeg");
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QByteArrayLiteral("image/webp");
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return QByteArrayLiteral("image/gif");
    return {};
}

bool ImagePreparer::isWebUrl(const QString &value)
{
    if (!value.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        && !value.startsWith(QLatin1String("https://"), Qt::CaseInsensitive))
        return false;
    const QUrl url(value);
    return url.isValid() && !url.host().isEmpty();
}

bool ImagePreparer::isDataUri(const QString &value)
{
    return value.startsWith(QLatin1String("data:"), Qt::CaseInsensitive);
}

QString ImagePreparer::localPath(const QString &value)
{
    if (value.startsWith(QLatin1String("file:"), Qt::CaseInsensitive))
        return QUrl(value).toLocalFile();
    return value;
}
