#include "testimages.h"

#include <QBuffer>
#include <QFile>
#include <QImageWriter>
#include <QtEndian>

#include <cstdio>
#include <cstdlib>
#include <jpeglib.h>

#include "imaging/pngmetadata.h"

namespace TestImages
{
namespace
{
QByteArray be32(quint32 value)
{
    QByteArray bytes(4, '\0');
    qToBigEndian(value, bytes.data());
    return bytes;
}

QByteArray le16(quint16 value)
{
    QByteArray bytes(2, '\0');
    qToLittleEndian(value, bytes.data());
    return bytes;
}

// The zlib stream of `data` (qCompress puts a 4-byte length in front of it).
QByteArray zlib(const QByteArray &data)
{
    return qCompress(data, 9).mid(4);
}

qint64 statusField(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).simplified().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// LSB-first bit packing for GIF's LZW codes.
class BitWriter
{
public:
    void put(int code, int bits)
    {
        for (int i = 0; i < bits; ++i) {
            if (m_bit == 0)
                m_bytes.append('\0');
            if (code & (1 << i))
                m_bytes.back() = static_cast<char>(m_bytes.back() | (1 << m_bit));
            m_bit = (m_bit + 1) % 8;
        }
    }
    QByteArray bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
    int m_bit = 0;
};
} // namespace

QImage quadrants(int width, int height, QImage::Format format)
{
    QImage image(width, height, QImage::Format_ARGB32);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const bool right = x >= width / 2;
            const bool bottom = y >= height / 2;
            QRgb colour = qRgb(255, 255, 255);
            if (!right && !bottom)
                colour = qRgb(255, 0, 0);
            else if (right && !bottom)
                colour = qRgb(0, 255, 0);
            else if (!right && bottom)
                colour = qRgb(0, 0, 255);
            image.setPixel(x, y, colour);
        }
    }
    return image.convertToFormat(format);
}

QImage noise(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    quint32 seed = 12345;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            seed = seed * 1103515245u + 12345u;
            image.setPixel(x, y, seed >> 8);
        }
    }
    return image;
}

QByteArray encode(const QImage &image, const char *format, int quality)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    if (quality >= 0)
        writer.setQuality(quality);
    writer.write(image);
    return bytes;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    return be32(static_cast<quint32>(data.size())) + type + data
           + be32(PngMetadata::crc32(type + data));
}

QByteArray insertBeforeIdat(const QByteArray &png, const QByteArray &chunks)
{
    const qsizetype idat = png.indexOf("IDAT") - 4;
    return png.left(idat) + chunks + png.mid(idat);
}

QByteArray pngWithHeaderSize(quint32 width, quint32 height)
{
    QByteArray png = encode(quadrants(4, 4), "png");
    png.replace(16, 4, be32(width));
    png.replace(20, 4, be32(height));
    png.replace(29, 4, be32(PngMetadata::crc32(png.mid(12, 17))));
    return png;
}

QByteArray zTxtBomb(qint64 inflatedBytes)
{
    return pngChunk("zTXt", QByteArrayLiteral("Comment") + '\0' + '\0'
                                + zlib(QByteArray(inflatedBytes, '\0')));
}

QByteArray iccpChunk(const QByteArray &profile)
{
    return pngChunk("iCCP", QByteArrayLiteral("ICC profile") + '\0' + '\0' + zlib(profile));
}

QByteArray withExifOrientation(const QByteArray &jpeg, int orientation)
{
    // TIFF little endian, one IFD with one entry: Orientation (0x0112), SHORT, 1 value.
    QByteArray tiff = QByteArray("II*\0\x08\0\0\0", 8);
    tiff += le16(1);
    tiff += le16(0x0112) + le16(3) + QByteArray("\x01\0\0\0", 4) + le16(static_cast<quint16>(orientation))
            + QByteArray(2, '\0');
    tiff += QByteArray(4, '\0');   // no next IFD
    const QByteArray payload = QByteArray("Exif\0\0", 6) + tiff;
    QByteArray app1 = QByteArrayLiteral("\xFF\xE1");
    app1 += static_cast<char>((payload.size() + 2) >> 8);
    app1 += static_cast<char>((payload.size() + 2) & 0xFF);
    return jpeg.left(2) + app1 + payload + jpeg.mid(2);
}

QByteArray cmykJpeg(const QSize &size, const std::function<QList<int>(int, int)> &cmyk, bool ycck)
{
    jpeg_compress_struct info;
    jpeg_error_mgr errors;
    info.err = jpeg_std_error(&errors);
    jpeg_create_compress(&info);
    unsigned char *buffer = nullptr;
    unsigned long length = 0;
    jpeg_mem_dest(&info, &buffer, &length);
    info.image_width = static_cast<JDIMENSION>(size.width());
    info.image_height = static_cast<JDIMENSION>(size.height());
    info.input_components = 4;
    info.in_color_space = JCS_CMYK;
    jpeg_set_defaults(&info);
    jpeg_set_colorspace(&info, ycck ? JCS_YCCK : JCS_CMYK);   // writes the Adobe marker
    jpeg_set_quality(&info, 95, TRUE);
    jpeg_start_compress(&info, TRUE);
    QByteArray row(size.width() * 4, '\0');
    while (info.next_scanline < info.image_height) {
        const int y = static_cast<int>(info.next_scanline);
        for (int x = 0; x < size.width(); ++x) {
            const QList<int> ink = cmyk(x, y);
            for (int c = 0; c < 4; ++c)
                row[x * 4 + c] = static_cast<char>(255 - ink.value(c));   // Adobe: inverted
        }
        JSAMPROW rowPointer = reinterpret_cast<JSAMPROW>(row.data());
        jpeg_write_scanlines(&info, &rowPointer, 1);
    }
    jpeg_finish_compress(&info);
    jpeg_destroy_compress(&info);
    const QByteArray bytes(reinterpret_cast<const char *>(buffer), static_cast<qsizetype>(length));
    std::free(buffer);
    return bytes;
}

QByteArray gif(const QSize &size, int frames, int transparentIndex)
{
    QByteArray out = QByteArrayLiteral("GIF89a");
    out += le16(static_cast<quint16>(size.width())) + le16(static_cast<quint16>(size.height()));
    out += '\x91';   // global colour table of 4 entries, 2 bits of colour resolution
    out += '\0';
    out += '\0';
    out += QByteArray("\x00\x00\x00" "\xFF\x00\x00" "\x00\xFF\x00" "\x00\x00\xFF", 12);
    if (frames > 1)   // NETSCAPE2.0: loop forever
        out += QByteArray("\x21\xFF\x0BNETSCAPE2.0\x03\x01\x00\x00\x00", 19);
    for (int frame = 0; frame < frames; ++frame) {
        if (transparentIndex >= 0 || frames > 1) {
            out += QByteArray("\x21\xF9\x04", 3);
            out += transparentIndex >= 0 ? '\x01' : '\0';
            out += le16(2);   // 20 ms
            out += static_cast<char>(std::max(0, transparentIndex));
            out += '\0';
        }
        out += '\x2C';
        out += le16(0) + le16(0) + le16(static_cast<quint16>(size.width()))
               + le16(static_cast<quint16>(size.height()));
        out += '\0';
        out += '\x02';   // LZW minimum code size: 2 bits (codes of 3 bits)
        // A clear code before every pixel keeps the code size at 3 bits: simple, valid LZW.
        BitWriter bits;
        const int colour = frame % 4;
        for (int i = 0; i < size.width() * size.height(); ++i) {
            bits.put(4, 3);
            bits.put(colour, 3);
        }
        bits.put(5, 3);   // end of information
        const QByteArray data = bits.bytes();
        for (qsizetype pos = 0; pos < data.size(); pos += 255) {
            const QByteArray block = data.mid(pos, 255);
            out += static_cast<char>(block.size());
            out += block;
        }
        out += '\0';
    }
    out += '\x3B';
    return out;
}

QByteArray svg(int width, int height, const QByteArray &extraElements)
{
    return QByteArrayLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                             "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                             "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"")
           + QByteArray::number(width) + "\" height=\"" + QByteArray::number(height)
           + "\" viewBox=\"0 0 " + QByteArray::number(width) + ' ' + QByteArray::number(height)
           + "\">\n  <rect width=\"" + QByteArray::number(width) + "\" height=\""
           + QByteArray::number(height) + "\" fill=\"white\"/>\n"
             "  <line x1=\"0\" y1=\"0\" x2=\"" + QByteArray::number(width) + "\" y2=\""
           + QByteArray::number(height) + "\" stroke=\"black\" stroke-width=\"2\"/>\n"
             "  <rect x=\"0\" y=\"0\" width=\"" + QByteArray::number(width / 4) + "\" height=\""
           + QByteArray::number(height / 4) + "\" fill=\"red\"/>\n" + extraElements + "</svg>\n";
}

qint64 peakResidentBytes()
{
    return statusField("VmHWM:");
}

qint64 residentBytes()
{
    return statusField("VmRSS:");
}

bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}
} // namespace TestImages
