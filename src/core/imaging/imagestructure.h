#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QSize>
#include <QString>

// Checks of an encoded image's structure that Qt's decoders do not make, run before any pixel is
// decoded. Qt's JPEG reader, for one, decodes a file cut off halfway and fills the missing half
// with grey; a PNG's text chunks are inflated while the header is read, so a small file with a
// giant zTXt chunk costs memory and time before any size check. All functions are pure and
// bounded by the input's size.
class ImageStructure
{
    Q_DECLARE_TR_FUNCTIONS(ImageStructure)

public:
    // Chunks whose compressed data is larger than this are not handed to the decoder (no real ICC
    // profile comes near it).
    static constexpr qsizetype kMaxIccChunkBytes = 1024 * 1024;
    static constexpr int kMaxSvgElements = 100000;

    // Empty when `data` of `format` ("jpeg", "gif", "webp", "bmp", "tiff" as QImageReader names
    // them) holds all of its image data; otherwise a sentence naming the problem, for `what`
    // (the file's name). Formats without a check pass.
    static QString checkComplete(const QByteArray &data, const QByteArray &format,
                                 const QString &what);

    // The PNG without what the app never uses and what costs memory before the size is known:
    // text chunks (tEXt, zTXt, iTXt) and an oversized iCCP. Every other chunk is copied as is.
    // Empty with *error set when the PNG is truncated or its chunk structure is damaged.
    static QByteArray cleanPng(const QByteArray &png, const QString &what, QString *error);

    // The size a file's header declares, read without a decoder: a PNG's IHDR, a GIF's logical
    // screen (which Qt's decoder allocates for every frame), a BMP's info header. Invalid for
    // other formats or a header too short to tell.
    static QSize declaredSize(const QByteArray &head, const QByteArray &format);

    // Empty when `svg` is a self-contained, well-formed SVG document: no external references
    // (href to a file or URL), no DTD entities, at most kMaxSvgElements elements.
    static QString checkSvg(const QByteArray &svg, const QString &what);

private:
    static QString checkJpeg(const QByteArray &data, const QString &what);
    static QString checkGif(const QByteArray &data, const QString &what);
    static QString checkWebp(const QByteArray &data, const QString &what);
    static QString checkBmp(const QByteArray &data, const QString &what);
    static QString checkTiff(const QByteArray &data, const QString &what);
    static QString truncated(const QString &what);
    static QString damaged(const QString &what, const QString &detail);
};
