#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QSize>
#include <QString>

// Bounds for decoding untrusted images (kept outside ImageLoader so it can be a default argument).
struct ImageLimits
{
    qint64 maxFileBytes = 50LL * 1024 * 1024; // 50 MiB on disk
    qint64 maxPixels = 50LL * 1000 * 1000;    // 50 megapixels
    int maxSide = 16384;
};

// Reads images with hard limits so a corrupt or gigantic file is refused with a clear message
// instead of exhausting memory: a file-size cap, a pixel-count cap checked from the header before
// decoding, QImageReader's allocation limit, EXIF orientation applied.
class ImageLoader
{
    Q_DECLARE_TR_FUNCTIONS(ImageLoader)

public:
    using Limits = ImageLimits;

    struct Result
    {
        QImage image;
        QByteArray format;   // "png", "jpeg", ... as sniffed from the content
        QSize size;
        QString error;       // empty on success
        bool ok() const { return error.isEmpty(); }
    };

    // Only reads the header: format and size, with the same limits. Cheap.
    static Result probeFile(const QString &path, const Limits &limits = Limits());
    static Result loadFile(const QString &path, const Limits &limits = Limits());
    static Result loadData(const QByteArray &data, const Limits &limits = Limits());

private:
    static Result readFile(const QString &path, const Limits &limits, bool decode);
    static Result read(QIODevice *device, const QString &what, const Limits &limits, bool decode);
};
