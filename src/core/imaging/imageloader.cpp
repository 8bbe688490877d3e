#include "imageloader.h"

#include "base/logging.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLoggingCategory>
#include <QMutex>

#include <algorithm>
#include <climits>
#include <optional>

#include "imagestructure.h"


namespace
{
// How far over the pixel limit an image may be and still be downscaled while reading.
constexpr qint64 DownscaleFactor = 16;

QString megabytes(qint64 bytes)
{
    return QString::number(static_cast<double>(bytes) / (1024.0 * 1024.0), 'f', 1);
}

// QImageReader::imageFormat() only looks at the first bytes for "<svg"; a drawing with a long
// comment or DOCTYPE first is still an SVG.
bool looksLikeSvg(const QByteArray &data)
{
    const QByteArray head = data.left(64 * 1024).trimmed();
    return (head.startsWith('<') || head.startsWith("\xEF\xBB\xBF<")) && head.contains("<svg");
}

QByteArray sniffFormat(QIODevice *device, const QByteArray &head)
{
    QByteArray format = QImageReader::imageFormat(device).toLower();
    if (format == "jpg")
        format = QByteArrayLiteral("jpeg");
    else if (format == "tif")
        format = QByteArrayLiteral("tiff");
    if (format.isEmpty() && looksLikeSvg(head))
        format = QByteArrayLiteral("svg");
    return format;
}
// The format of bytes in memory.
QByteArray sniffData(const QByteArray &data)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return sniffFormat(&buffer, data);
}

// A QImageReader over bytes in memory, turning images as their EXIF orientation says.
struct MemoryReader
{
    MemoryReader(const QByteArray &bytes, const QByteArray &format)
    {
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        reader.setDevice(&buffer);
        reader.setFormat(format);
        reader.setAutoTransform(true);
    }
    Q_DISABLE_COPY_MOVE(MemoryReader)

    QBuffer buffer;
    QImageReader reader;
};

QString headerDamaged(const QString &what, const QByteArray &format)
{
    return ImageLoader::tr("%1 looks like a %2 image but its header is damaged.")
        .arg(what, QString::fromLatin1(format.toUpper()));
}

QString svgTooLarge(const QString &what, qint64 bytes, const ImageLimits &limits)
{
    return ImageLoader::tr("%1 is %2 MB; SVG drawings up to %3 MB are accepted.")
        .arg(what, megabytes(bytes), megabytes(limits.maxSvgBytes));
}

// Opens `path` for reading; false with the reason in result->error.
bool openFile(QFile *file, const QString &what, ImageLoader::Result *result)
{
    if (file->open(QIODevice::ReadOnly))
        return true;
    result->error = ImageLoader::tr("Cannot open %1: %2.").arg(what, file->errorString());
    return false;
}

// A file over the cap is refused from its size alone, before a byte is read.
bool sizeAccepted(const QFile &file, const QString &what, const ImageLimits &limits,
                  ImageLoader::Result *result)
{
    if (file.size() <= limits.maxFileBytes)
        return true;
    result->error = ImageLoader::tr("%1 is %2 MB; images up to %3 MB are accepted.")
                        .arg(what, megabytes(file.size()), megabytes(limits.maxFileBytes));
    return false;
}

// The bytes of the file at `path`, never more than the cap, also for a file that grows
// meanwhile or a device without a size; std::nullopt with the reason in result->error. With
// `sizeFirst` a file over the cap is refused from its size, before it is read.
std::optional<QByteArray> readFile(const QString &path, const QString &what, const ImageLimits &limits,
                                   bool sizeFirst, ImageLoader::Result *result)
{
    QFile file(path);
    if (!openFile(&file, what, result) || (sizeFirst && !sizeAccepted(file, what, limits, result)))
        return std::nullopt;
    QByteArray data = file.read(std::min(file.size(), limits.maxFileBytes) + 1);
    if (data.size() > limits.maxFileBytes) {
        result->error = ImageLoader::tr("%1 is larger than %2 MB; images up to %2 MB are accepted.")
                            .arg(what, megabytes(limits.maxFileBytes));
        return std::nullopt;
    }
    return data;
}
} // namespace

QList<QByteArray> ImageLoader::acceptedFormats()
{
    return {QByteArrayLiteral("png"), QByteArrayLiteral("jpeg"), QByteArrayLiteral("webp"),
            QByteArrayLiteral("tiff"), QByteArrayLiteral("bmp"), QByteArrayLiteral("gif"),
            QByteArrayLiteral("svg")};
}

QString ImageLoader::checkFormat(const QByteArray &format, const QString &what)
{
    if (format.isEmpty())
        return tr("%1 is not an image this app can read (PNG, JPEG, WebP, TIFF, BMP, GIF, SVG).")
            .arg(what);
    if (format == "svgz")
        return tr("%1 is a compressed SVG (.svgz); save it as a plain .svg file.").arg(what);
    if (!acceptedFormats().contains(format))
        return tr("%1 is a %2 file; this app reads PNG, JPEG, WebP, TIFF, BMP, GIF and SVG images.")
            .arg(what, QString::fromLatin1(format.toUpper()));
    return {};
}

bool ImageLoader::scalesWhileReading(const QByteArray &format)
{
    // The decoders that honour QImageReader::setScaledSize while reading (libjpeg's DCT scaling,
    // Qt's row-by-row PNG scaler, libwebp's scaler); the others decode the whole image first.
    return format == "jpeg" || format == "png" || format == "webp";
}

QString ImageLoader::checkSize(QSize *size, const QByteArray &format, const QString &what,
                               const Limits &limits, bool *canDownscale)
{
    if (format == "svg") {
        // Rendered at the upload size, whatever size the drawing declares.
        const QSize declared = size->isValid() && !size->isEmpty() ? *size : QSize(1, 1);
        const int side = std::max(1, limits.vectorSide);
        *size = declared.scaled(side, side, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    }
    if (!size->isValid() || size->isEmpty())
        return headerDamaged(what, format);
    const qint64 pixels = static_cast<qint64>(size->width()) * size->height();
    if (size->width() > limits.maxSide || size->height() > limits.maxSide
        || pixels > limits.maxPixels) {
        // A copy at a usable size can be made while reading, within a bound of work: a header
        // that claims gigapixels is a bomb, not a sketch.
        if (canDownscale)
            *canDownscale = scalesWhileReading(format) && pixels <= limits.maxPixels * DownscaleFactor;
        return tr("%1 is too large: %2 × %3 pixels (%4 megapixels). The limit is %5 megapixels "
                  "and %6 pixels per side.")
            .arg(what).arg(size->width()).arg(size->height())
            .arg(static_cast<double>(pixels) / 1e6, 0, 'f', 1)
            .arg(static_cast<double>(limits.maxPixels) / 1e6, 0, 'f', 0)
            .arg(limits.maxSide);
    }
    return {};
}

void ImageLoader::ensureAllocationLimit(qint64 bytes)
{
    // Qt's guard is process-wide: only ever raised, and only as far as the pixel limit allows.
    static QBasicMutex mutex;
    const QMutexLocker locker(&mutex);
    const qint64 neededMb = bytes / (1024 * 1024) + 1;
    const int current = QImageReader::allocationLimit();
    if (current != 0 && current < neededMb)
        QImageReader::setAllocationLimit(static_cast<int>(std::min<qint64>(neededMb, INT_MAX)));
}

ImageLoader::Result ImageLoader::probe(QIODevice *device, const QString &what, const Limits &limits)
{
    Result result;
    const QByteArray head = device->peek(64 * 1024);
    result.format = sniffFormat(device, head);
    result.error = checkFormat(result.format, what);
    if (!result.ok())
        return result;

    QSize size;
    if (result.format == "png") {
        // Straight from IHDR: Qt's header read would inflate every text chunk before IDAT.
        size = ImageStructure::declaredSize(head, result.format);
    } else if (result.format == "svg") {
        if (device->size() > limits.maxSvgBytes) {
            result.error = svgTooLarge(what, device->size(), limits);
            return result;
        }
        const QByteArray svg = device->readAll();
        result.error = ImageStructure::checkSvg(svg, what);
        if (!result.ok())
            return result;
        size = MemoryReader(svg, result.format).reader.size();
    } else {
        QImageReader reader(device, result.format);
        reader.setAutoTransform(true);
        size = reader.size();
        const QSize declared = ImageStructure::declaredSize(head, result.format);
        if (result.format == "gif" || (declared.isValid() && !size.isValid()))
            size = size.expandedTo(declared);   // a BMP bomb Qt will not even size is too large
        if (reader.transformation() & QImageIOHandler::TransformationRotate90)
            size.transpose();
    }
    result.error = checkSize(&size, result.format, what, limits, &result.canDownscale);
    if (result.ok())
        result.size = size;
    return result;
}

ImageLoader::Result ImageLoader::decode(const QByteArray &data, const QString &what,
                                        const Limits &limits)
{
    Result result;
    result.format = sniffData(data);
    result.error = checkFormat(result.format, what);
    if (!result.ok())
        return result;

    // Structure first: nothing below decodes a byte of a file that is hostile. A PNG's size comes
    // from IHDR and its text chunks never reach libpng; an SVG must be self-contained.
    QByteArray bytes = data;
    QSize declared = ImageStructure::declaredSize(data, result.format);
    if (!declared.isEmpty()) {   // a bomb is "too large", before anything else is looked at
        result.error = checkSize(&declared, result.format, what, limits, &result.canDownscale);
        if (!result.ok())
            return result;
    }
    if (result.format == "png") {
        if (!declared.isValid()) {
            result.error = tr("%1 looks like a PNG image but its header is damaged.").arg(what);
            return result;
        }
        bytes = ImageStructure::cleanPng(data, what, &result.error);
    } else if (result.format == "svg") {
        if (data.size() > limits.maxSvgBytes)
            result.error = svgTooLarge(what, data.size(), limits);
        else
            result.error = ImageStructure::checkSvg(data, what);
    }
    if (!result.ok())
        return result;

    MemoryReader memory(bytes, result.format);
    QImageReader &reader = memory.reader;
    QSize size = reader.canRead() ? reader.size() : QSize();
    if (!size.isValid() && result.format != "svg") {
        // A header Qt cannot read: say so, unless the file is simply cut off (a TIFF's directory
        // is often at its end).
        result.error = ImageStructure::checkComplete(data, result.format, what);
        if (result.ok())
            result.error = headerDamaged(what, result.format);
        return result;
    }
    if (result.format == "gif")   // the decoder allocates the whole logical screen
        size = size.expandedTo(declared);
    result.error = checkSize(&size, result.format, what, limits, &result.canDownscale);
    if (result.ok() && result.format != "png" && result.format != "svg")   // sizes first: a
        result.error = ImageStructure::checkComplete(data, result.format, what);   // bomb is "too large"
    if (!result.ok())
        return result;
    if (result.format == "svg")
        reader.setScaledSize(size);
    else if (reader.transformation() & QImageIOHandler::TransformationRotate90)
        size.transpose();

    readInto(reader, size, what, &result);
    return result;
}

bool ImageLoader::readInto(QImageReader &reader, const QSize &size, const QString &what, Result *result)
{
    // 8 bytes a pixel covers every format a decoder may choose (16-bit PNGs decode to RGBA64).
    ensureAllocationLimit(static_cast<qint64>(size.width()) * size.height() * 8);
    QImage image;
    if (!reader.read(&image) || image.isNull()) {
        result->error = tr("%1 could not be decoded: %2.").arg(what, reader.errorString());
        qCInfo(lcImaging).noquote() << what << result->format << size << reader.errorString();
        return false;
    }
    result->image = image;
    result->size = image.size();
    result->transformed = reader.transformation() != QImageIOHandler::TransformationNone;
    return true;
}

ImageLoader::Result ImageLoader::probeFile(const QString &path, const Limits &limits)
{
    const QString what = QFileInfo(path).fileName();
    QFile file(path);
    Result result;
    if (!openFile(&file, what, &result) || !sizeAccepted(file, what, limits, &result))
        return result;
    return probe(&file, what, limits);
}

ImageLoader::Result ImageLoader::loadFile(const QString &path, const Limits &limits)
{
    const QString what = QFileInfo(path).fileName();
    Result result;
    const std::optional<QByteArray> data = readFile(path, what, limits, true, &result);
    return data ? decode(*data, what, limits) : result;
}

ImageLoader::Result ImageLoader::loadData(const QByteArray &data, const Limits &limits)
{
    if (data.size() > limits.maxFileBytes) {
        Result r;
        r.error = tr("The image is %1 MB; images up to %2 MB are accepted.")
                      .arg(megabytes(data.size()), megabytes(limits.maxFileBytes));
        return r;
    }
    return decode(data, tr("The image"), limits);
}

ImageLoader::Result ImageLoader::loadFileScaled(const QString &path, int maxSide, const Limits &limits)
{
    const QString what = QFileInfo(path).fileName();
    Result result;
    const std::optional<QByteArray> read = readFile(path, what, limits, false, &result);
    if (!read)
        return result;
    const QByteArray &data = *read;
    result.format = sniffData(data);
    result.error = checkFormat(result.format, what);
    if (!result.ok())
        return result;
    if (!scalesWhileReading(result.format)) {
        result.error = tr("%1 cannot be made smaller without decoding it whole; save it smaller "
                          "as PNG or JPEG first.").arg(what);
        return result;
    }

    // The same structure checks as a full load: no text chunk is inflated, nothing cut off.
    QByteArray bytes = data;
    if (result.format == "png")
        bytes = ImageStructure::cleanPng(data, what, &result.error);
    else
        result.error = ImageStructure::checkComplete(data, result.format, what);
    if (!result.ok())
        return result;

    MemoryReader memory(bytes, result.format);
    QImageReader &reader = memory.reader;
    const QSize stored = reader.canRead() ? reader.size() : QSize();
    if (!stored.isValid() || stored.isEmpty()) {
        result.error = headerDamaged(what, result.format);
        return result;
    }
    const qint64 pixels = static_cast<qint64>(stored.width()) * stored.height();
    if (pixels > limits.maxPixels * DownscaleFactor
        || !reader.supportsOption(QImageIOHandler::ScaledSize)) {
        result.error = tr("%1 is too large to be made smaller here (%2 × %3 pixels).")
                           .arg(what, QString::number(stored.width()), QString::number(stored.height()));
        return result;
    }
    // A square bound: the same whichever way EXIF turns the image afterwards.
    const int side = std::clamp(maxSide, 1, limits.maxSide);
    QSize target = stored;
    if (target.width() > side || target.height() > side)
        target = stored.scaled(side, side, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    reader.setScaledSize(target);
    readInto(reader, target, what, &result);
    return result;
}
