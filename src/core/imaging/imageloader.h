#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

class QIODevice;
class QImageReader;

// Bounds for decoding untrusted images (kept outside ImageLoader so it can be a default argument).
struct ImageLimits
{
    qint64 maxFileBytes = 50LL * 1024 * 1024; // 50 MiB on disk
    qint64 maxPixels = 50LL * 1000 * 1000;    // 50 megapixels
    int maxSide = 16384;
    qint64 maxSvgBytes = 10LL * 1024 * 1024;  // an SVG is text: more is not a sketch
    // SVG drawings are rendered so that their longer side has this many pixels (the upload size
    // of ImagePreparer, so a drawing is never scaled twice).
    int vectorSide = 2048;
};

// Reads images with hard limits so a corrupt or gigantic file is refused with a clear message
// instead of exhausting memory or being sent half grey:
//  - the formats a designer has: PNG, JPEG, WebP, TIFF, BMP, GIF (first frame) and SVG (rendered
//    with QtSvg at vectorSide), recognised by their content whatever the file is called;
//  - a file-size cap, and a pixel-count cap checked from the header before anything is decoded
//    (a PNG's size straight from its IHDR, so no text chunk is inflated first);
//  - a structure check before decoding (ImageStructure): truncated files are refused, PNG text
//    chunks and oversized ICC profiles never reach the decoder, SVGs must be self-contained;
//  - QImageReader's allocation limit, EXIF orientation applied (phone photos come upright).
// Safe to call from worker threads.
class ImageLoader
{
    Q_DECLARE_TR_FUNCTIONS(ImageLoader)

public:
    using Limits = ImageLimits;

    struct Result
    {
        QImage image;
        QByteArray format;   // "png", "jpeg", "svg" ... as sniffed from the content
        QSize size;          // as it will be decoded (EXIF rotation and SVG rendering applied)
        QString error;       // empty on success
        // Refused only for its size (pixels or sides over the limits) and loadFileScaled() can
        // make a smaller copy of it without decoding it whole.
        bool canDownscale = false;
        // The decoder turned or mirrored the pixels (EXIF orientation): the file's own pixels
        // are not the image as it is meant to be seen.
        bool transformed = false;
        bool ok() const { return error.isEmpty(); }
    };

    // Only reads the header: format and size, with the same limits. Cheap.
    static Result probeFile(const QString &path, const Limits &limits = Limits());
    static Result loadFile(const QString &path, const Limits &limits = Limits());
    static Result loadData(const QByteArray &data, const Limits &limits = Limits());
    // An image too large for the limits, decoded straight at a smaller size (its longer side at
    // most `maxSide`) through QImageReader::setScaledSize, so the whole image is never in
    // memory. Only for formats whose decoder scales while reading (JPEG, PNG, WebP, SVG); the
    // file-size cap and the structure checks of loadFile() apply.
    static Result loadFileScaled(const QString &path, int maxSide, const Limits &limits = Limits());

    // The formats accepted, as QImageReader names them.
    static QList<QByteArray> acceptedFormats();

private:
    static Result decode(const QByteArray &data, const QString &what, const Limits &limits);
    static Result probe(QIODevice *device, const QString &what, const Limits &limits);
    static QString checkFormat(const QByteArray &format, const QString &what);
    static QString checkSize(QSize *size, const QByteArray &format, const QString &what,
                             const Limits &limits, bool *canDownscale = nullptr);
    static bool scalesWhileReading(const QByteArray &format);
    static void ensureAllocationLimit(qint64 bytes);
    // Decodes what `reader` holds, `size` pixels (after any scaling), into `result` within the
    // allocation limit; false with result->error set when the decoder fails.
    static bool readInto(QImageReader &reader, const QSize &size, const QString &what, Result *result);
};
