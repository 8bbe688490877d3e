#pragma once

#include <QByteArray>
#include <QColor>
#include <QImage>
#include <QList>
#include <QSize>

#include <functional>

// Generates the images designers have, byte for byte, so tests need no binary fixtures:
// every format Qt writes, and by hand what it does not (GIF, CMYK/YCCK JPEG through libjpeg,
// EXIF orientation, PNG chunks, decompression bombs).
namespace TestImages
{
// Four quadrants: red top-left, green top-right, blue bottom-left, white bottom-right. Any
// rotation or mirroring shows in where the colours end up.
QImage quadrants(int width, int height, QImage::Format format = QImage::Format_RGB32);
// Pseudo-random pixels: compresses badly, so truncation hits the pixel data.
QImage noise(int width, int height);

QByteArray encode(const QImage &image, const char *format, int quality = -1);

// A PNG chunk (length, type, data, CRC) and a PNG with extra chunks inserted before IDAT.
QByteArray pngChunk(const QByteArray &type, const QByteArray &data);
QByteArray insertBeforeIdat(const QByteArray &png, const QByteArray &chunks);
// A PNG whose IHDR claims width x height (CRC fixed up), with the image data of a tiny image.
QByteArray pngWithHeaderSize(quint32 width, quint32 height);
// A zTXt chunk whose compressed text inflates to `inflatedBytes` zero bytes.
QByteArray zTxtBomb(qint64 inflatedBytes);
// An iCCP chunk holding `profile` compressed (its first four bytes should state its length).
QByteArray iccpChunk(const QByteArray &profile);

// A JPEG with an EXIF APP1 segment carrying `orientation` (1-8) right after SOI.
QByteArray withExifOrientation(const QByteArray &jpeg, int orientation);
// A baseline JPEG written by libjpeg from CMYK samples (Adobe-inverted, as Photoshop writes
// them), stored as CMYK or converted to YCCK by libjpeg. `cmyk` gives each pixel's ink in 0-255.
QByteArray cmykJpeg(const QSize &size, const std::function<QList<int>(int x, int y)> &cmyk,
                    bool ycck);

// A GIF (hand-encoded LZW) of `frames` frames of `size`; frame i is filled with palette entry
// i % 4 (black, red, green, blue); `transparentIndex` >= 0 marks one entry transparent.
QByteArray gif(const QSize &size, int frames, int transparentIndex = -1);

// A plain SVG drawing: a white page with a black diagonal and a red square in the top-left
// quarter.
QByteArray svg(int width, int height, const QByteArray &extraElements = QByteArray());

// VmHWM (peak resident set) and VmRSS of this process in bytes; resetPeak() starts a new peak.
qint64 peakResidentBytes();
qint64 residentBytes();
bool resetPeak();
// False in an AddressSanitizer build, whose quarantine and shadow memory make resident-set
// figures meaningless and whose slowness makes figures that depend on a thread keeping up
// meaningless too: such assertions are made in the normal build only.
constexpr bool memoryFiguresAreMeaningful()
{
#if defined(__SANITIZE_ADDRESS__)
    return false;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    return false;
#else
    return true;
#endif
#else
    return true;
#endif
}
} // namespace TestImages
