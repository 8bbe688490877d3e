#pragma once

#include "imageloader.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

// Turns a loaded sketch into the bytes that are uploaded to a provider:
//  - downscaled (never upscaled) so the longer side is at most Options::maxSide, keeping the
//    aspect ratio, with smooth filtering;
//  - encoded as PNG (the default) or JPEG; text metadata of the source image is never copied;
//  - when the PNG is larger than Options::maxBytes it is re-encoded as JPEG, quality 92 first,
//    then lower in steps of 7 down to 50; if even that is too large the image is shrunk step by
//    step (10-50 % each, at quality 50) until it fits, or fails once it is down to 16 x 16;
//  - transparent pixels are laid over white for JPEG, which has no alpha, and for PNG too unless
//    Options::flattenAlpha is off: the models take RGB, and a sketch drawn on a transparent layer
//    would otherwise reach them as black lines on black (transparent pixels are mostly 0,0,0,0).
// prepareFile() adds two rules for files:
//  - a PNG or JPEG that needs none of the above (within maxSide and maxBytes, no EXIF turn, no
//    alpha channel to flatten, not a CMYK or animated file) is sent as its own bytes, only
//    its metadata removed (PNG text, eXIf and tIME chunks; JPEG EXIF, XMP, comments and whatever
//    a phone appends after the picture): no decode-and-encode, and byte for byte what the user
//    chose;
//  - a JPEG (a photo) that has to be re-encoded stays JPEG: as PNG a photo only grows.
// Pure function of its inputs: safe to call from a worker thread (QtConcurrent).
class ImagePreparer
{
    Q_DECLARE_TR_FUNCTIONS(ImagePreparer)

public:
    struct Options
    {
        int maxSide = 2048;                       // <= 0: no limit
        qint64 maxBytes = 10LL * 1024 * 1024;     // <= 0: no limit
        QByteArray preferredFormat = QByteArrayLiteral("png");   // "png", "jpeg" or "jpg"
        bool flattenAlpha = true;                 // lay transparent pixels over white
        // prepareFile(): a file that needs no change is sent as its own bytes (metadata removed).
        bool sendAcceptableAsIs = true;
        // prepareFile(): a JPEG file that has to be re-encoded is encoded as JPEG.
        bool keepJpeg = true;
    };

    struct Prepared
    {
        QByteArray bytes;
        QByteArray mimeType;   // "image/png" or "image/jpeg"
        QSize size;            // of the encoded image
        QString error;         // empty on success
        bool unchanged = false;   // the file's own bytes (metadata removed), not re-encoded
        bool ok() const { return error.isEmpty(); }
    };

    static constexpr int FirstJpegQuality = 92;
    static constexpr int JpegQualityStep = 7;
    static constexpr int LowestJpegQuality = 50;

    static Prepared prepare(const QImage &image, const Options &opts);
    static Prepared prepare(const QImage &image);   // with the default Options
    // Loads a local sketch (ImageLoader: limits, orientation, clear refusals) and prepares it:
    // what every provider runs on a worker before it uploads a file.
    static Prepared prepareFile(const QString &path, const Options &opts);
    // Hands a file the caller has just decoded in full (ImageLoader::loadFile, to refuse a bad
    // file before anything is sent) to the next prepareFile() of the same path in this process,
    // which then does not decode it again. Taken once; ignored when the file has changed since
    // (size or modification time). For one-shot callers (the CLI's run): until taken it holds
    // the decoded image.
    static void handOver(const QString &path, const ImageLoader::Result &loaded);

    // The bytes of a PNG or JPEG file as they can be sent unchanged: metadata removed (PNG
    // tEXt, zTXt, iTXt, eXIf, tIME chunks; JPEG APP1 and APP3-APP13, APP15, COM segments,
    // APP2 other than an ICC profile, and anything after the end of the picture). Empty when
    // the file cannot be sent as it is (damaged, animated PNG, CMYK JPEG, another format).
    static QByteArray withoutMetadata(const QByteArray &file, const QByteArray &format);

    // The size prepare() scales to: fits maxSide x maxSide, keeps the aspect ratio, never
    // upscales, never returns a zero side.
    static QSize targetSize(const QSize &source, int maxSide);

    // "data:<mime>;base64,<base64>"
    static QByteArray toDataUri(const QByteArray &bytes, const QByteArray &mime);

    // What an image field's value refers to: an http(s) URL with a host, a data URI, or a local
    // file (a plain path or a file: URL, returned as a path by localPath()).
    static bool isWebUrl(const QString &value);
    static bool isDataUri(const QString &value);
    static QString localPath(const QString &value);
    static QByteArray toRawBase64(const QByteArray &bytes);

    // From magic numbers: "image/png", "image/jpeg", "image/webp", "image/gif"; "" if unknown.
    static QByteArray sniffMimeType(const QByteArray &bytes);

    // The image composited over an opaque white background (RGB32).
    static QImage flattenOnWhite(const QImage &image);
};
