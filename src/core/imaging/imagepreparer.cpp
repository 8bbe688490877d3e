#include "imagepreparer.h"

#include "imageloader.h"
#include "imagestructure.h"

#include <QUrl>

#include <QBuffer>
#include <QColorSpace>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QMutex>
#include <QPainter>

#include <cmath>
#include <cstring>
#include <optional>

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

namespace {

// Files the CLI decoded to refuse a bad one before anything is sent, waiting for the preparer.
struct HandedOver
{
    QString path;
    qint64 size = -1;
    QDateTime modified;
    ImageLoader::Result loaded;
};
QMutex handOverMutex;
QList<HandedOver> handedOver;   // a few at most: one a run
constexpr qsizetype MaxHandedOver = 4;

std::optional<ImageLoader::Result> takeHandedOver(const QString &path)
{
    const QMutexLocker lock(&handOverMutex);
    if (handedOver.isEmpty())
        return std::nullopt;
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    for (qsizetype i = 0; i < handedOver.size(); ++i) {
        if (handedOver.at(i).path != absolute)
            continue;
        HandedOver entry = handedOver.takeAt(i);
        if (entry.size != info.size() || entry.modified != info.lastModified())
            return std::nullopt;   // changed since it was decoded
        return std::move(entry.loaded);
    }
    return std::nullopt;
}

QByteArray pngWithoutMetadata(const QByteArray &png)
{
    QString error;
    const QByteArray clean = ImageStructure::cleanPng(png, QString(), &error);   // text chunks
    if (clean.isEmpty() || !error.isEmpty())
        return {};
    QByteArray out;
    out.reserve(clean.size());
    const qsizetype signature = 8;
    out.append(clean.constData(), signature);
    for (qsizetype pos = signature; pos + 12 <= clean.size();) {
        const auto *d = reinterpret_cast<const uchar *>(clean.constData() + pos);
        const qsizetype total = 12 + ((qsizetype(d[0]) << 24) | (d[1] << 16) | (d[2] << 8) | d[3]);
        const QByteArray type = clean.mid(pos + 4, 4);
        if (type == "acTL")
            return {};   // animated: the provider would get every frame
        if (type != "eXIf" && type != "tIME")
            out.append(clean.constData() + pos, total);
        pos += total;
    }
    return out;
}

QByteArray jpegWithoutMetadata(const QByteArray &jpeg)
{
    const auto *d = reinterpret_cast<const uchar *>(jpeg.constData());
    const qsizetype n = jpeg.size();
    if (n < 4 || d[0] != 0xFF || d[1] != 0xD8)
        return {};
    QByteArray out;
    out.reserve(n);
    out.append(jpeg.constData(), 2);
    qsizetype pos = 2;
    int components = 0;
    while (pos + 1 < n) {
        if (d[pos] != 0xFF)
            return {};
        while (pos + 1 < n && d[pos + 1] == 0xFF)   // fill bytes
            ++pos;
        if (pos + 1 >= n)
            return {};
        const uchar marker = d[pos + 1];
        if (marker == 0xD9) {   // the end of the picture; anything after it is not sent
            out.append(jpeg.constData() + pos, 2);
            return components == 1 || components == 3 ? out : QByteArray();
        }
        if ((marker >= 0xD0 && marker <= 0xD7) || marker == 0x01) {
            out.append(jpeg.constData() + pos, 2);
            pos += 2;
            continue;
        }
        if (pos + 4 > n)
            return {};
        const qsizetype length = (qsizetype(d[pos + 2]) << 8) | d[pos + 3];
        if (length < 2 || pos + 2 + length > n)
            return {};
        bool keep = true;
        if (marker >= 0xE1 && marker <= 0xEF) {
            // Only what the colours need: an ICC profile (APP2) and Adobe's colour coding (APP14).
            keep = marker == 0xEE
                   || (marker == 0xE2 && length >= 14 && std::memcmp(d + pos + 4, "ICC_PROFILE\0", 12) == 0);
        } else if (marker == 0xFE) {
            keep = false;   // comment
        } else if (marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC) {
            if (length < 8)
                return {};
            components = d[pos + 9];   // a frame header: 4 components is CMYK
        }
        if (keep)
            out.append(jpeg.constData() + pos, 2 + length);
        pos += 2 + length;
        if (marker == 0xDA) {
            // Entropy-coded data up to the next marker that is neither a stuffed 0xFF nor a restart.
            const qsizetype start = pos;
            while (pos + 1 < n && !(d[pos] == 0xFF && d[pos + 1] != 0x00 && !(d[pos + 1] >= 0xD0 && d[pos + 1] <= 0xD7)))
                ++pos;
            if (pos + 1 >= n)
                return {};
            out.append(jpeg.constData() + start, pos - start);
        }
    }
    return {};
}

} // namespace

void ImagePreparer::handOver(const QString &path, const ImageLoader::Result &loaded)
{
    if (!loaded.ok() || loaded.image.isNull())
        return;
    const QFileInfo info(path);
    HandedOver entry{info.absoluteFilePath(), info.size(), info.lastModified(), loaded};
    const QMutexLocker lock(&handOverMutex);
    handedOver.removeIf([&entry](const HandedOver &e) { return e.path == entry.path; });
    if (handedOver.size() >= MaxHandedOver)
        handedOver.removeFirst();
    handedOver.append(std::move(entry));
}

QByteArray ImagePreparer::withoutMetadata(const QByteArray &file, const QByteArray &format)
{
    if (format == "png")
        return pngWithoutMetadata(file);
    if (format == "jpeg")
        return jpegWithoutMetadata(file);
    return {};
}

ImagePreparer::Prepared ImagePreparer::prepareFile(const QString &path, const Options &opts)
{
    // A vector sketch is drawn at the size it is sent at, not drawn at a default and rescaled.
    ImageLoader::Limits limits;
    if (opts.maxSide > 0)
        limits.vectorSide = opts.maxSide;
    ImageLoader::Result loaded;
    if (std::optional<ImageLoader::Result> given = takeHandedOver(path)) {
        loaded = std::move(*given);
    } else {
        // A photo larger than the upload: libjpeg decodes it straight at (about) the size sent.
        if (opts.maxSide > 0) {
            const ImageLoader::Result probe = ImageLoader::probeFile(path, limits);
            if (probe.ok() && probe.format == "jpeg" && targetSize(probe.size, opts.maxSide) != probe.size)
                loaded = ImageLoader::loadFileScaled(path, opts.maxSide, limits);
        }
        if (!loaded.ok() || loaded.image.isNull())
            loaded = ImageLoader::loadFile(path, limits);
    }
    if (!loaded.ok()) {
        Prepared failed;
        failed.error = loaded.error;
        return failed;
    }

    const bool fileFormat = loaded.format == "png" || loaded.format == "jpeg";
    if (opts.sendAcceptableAsIs && fileFormat && !loaded.transformed
        && targetSize(loaded.image.size(), opts.maxSide) == loaded.image.size()
        && (!opts.flattenAlpha || !loaded.image.hasAlphaChannel())) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.size() <= limits.maxFileBytes) {
            const QByteArray bytes = withoutMetadata(file.readAll(), loaded.format);
            if (!bytes.isEmpty() && (opts.maxBytes <= 0 || bytes.size() <= opts.maxBytes)
                && ImageLoader::probeFile(path, limits).size == loaded.image.size()) {
                Prepared same;
                same.bytes = bytes;
                same.mimeType = "image/" + loaded.format;
                same.size = loaded.image.size();
                same.unchanged = true;
                return same;
            }
        }
    }
    Options encoding = opts;
    if (opts.keepJpeg && loaded.format == "jpeg")
        encoding.preferredFormat = QByteArrayLiteral("jpeg");
    return prepare(loaded.image, encoding);
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
