#include "imagestructure.h"

#include <QHash>
#include <QXmlStreamReader>
#include <QtEndian>

#include <algorithm>
#include <climits>

namespace
{
const QByteArray kPngSignature = QByteArrayLiteral("\x89PNG\r\n\x1a\n");

quint8 byteAt(const QByteArray &data, qsizetype pos)
{
    return static_cast<quint8>(data.at(pos));
}

quint32 be32(const QByteArray &data, qsizetype pos)
{
    return qFromBigEndian<quint32>(data.constData() + pos);
}

quint16 le16(const QByteArray &data, qsizetype pos)
{
    return qFromLittleEndian<quint16>(data.constData() + pos);
}

quint32 le32(const QByteArray &data, qsizetype pos)
{
    return qFromLittleEndian<quint32>(data.constData() + pos);
}

// Skips GIF data sub-blocks (size byte + data, ended by a zero size). False when the data ends
// before the terminator.
bool skipSubBlocks(const QByteArray &data, qsizetype *pos)
{
    while (*pos < data.size()) {
        const quint8 length = byteAt(data, *pos);
        *pos += 1;
        if (length == 0)
            return true;
        *pos += length;
    }
    return false;
}
} // namespace

QString ImageStructure::truncated(const QString &what)
{
    return tr("%1 is incomplete: the file ends before its image data does. It may have been cut "
              "off while downloading or copying.")
        .arg(what);
}

QString ImageStructure::damaged(const QString &what, const QString &detail)
{
    return tr("%1 is damaged: %2.").arg(what, detail);
}

QString ImageStructure::checkComplete(const QByteArray &data, const QByteArray &format,
                                      const QString &what)
{
    if (format == "jpeg" || format == "jpg")
        return checkJpeg(data, what);
    if (format == "gif")
        return checkGif(data, what);
    if (format == "webp")
        return checkWebp(data, what);
    if (format == "bmp")
        return checkBmp(data, what);
    if (format == "tiff" || format == "tif")
        return checkTiff(data, what);
    return {};
}

QSize ImageStructure::declaredSize(const QByteArray &head, const QByteArray &format)
{
    if (format == "png") {
        if (head.size() < 24 || !head.startsWith(kPngSignature) || head.mid(12, 4) != "IHDR")
            return {};
        const quint32 width = be32(head, 16);
        const quint32 height = be32(head, 20);
        if (width == 0 || height == 0 || width > 0x7fffffffu || height > 0x7fffffffu)
            return {};
        return QSize(static_cast<int>(width), static_cast<int>(height));
    }
    if (format == "gif") {
        if (head.size() < 10 || !head.startsWith("GIF8"))
            return {};
        return QSize(le16(head, 6), le16(head, 8));
    }
    if (format == "bmp") {
        if (head.size() < 26 || !head.startsWith("BM"))
            return {};
        if (le32(head, 14) == 12)   // OS/2 core header
            return QSize(le16(head, 18), le16(head, 20));
        const qint64 width = qAbs(static_cast<qint64>(static_cast<qint32>(le32(head, 18))));
        const qint64 height = qAbs(static_cast<qint64>(static_cast<qint32>(le32(head, 22))));
        return QSize(static_cast<int>(std::min<qint64>(width, INT_MAX)),
                     static_cast<int>(std::min<qint64>(height, INT_MAX)));
    }
    return {};
}

QByteArray ImageStructure::cleanPng(const QByteArray &png, const QString &what, QString *error)
{
    if (!png.startsWith(kPngSignature)) {
        *error = damaged(what, tr("it has no PNG signature"));
        return {};
    }
    QByteArray out;
    out.reserve(png.size());
    out += kPngSignature;
    qsizetype pos = kPngSignature.size();
    bool first = true;
    while (true) {
        if (pos + 12 > png.size()) {
            *error = truncated(what);
            return {};
        }
        const quint32 length = be32(png, pos);
        const QByteArray type = png.mid(pos + 4, 4);
        if (length > 0x7fffffffu) {
            *error = damaged(what, tr("a chunk claims %1 bytes").arg(length));
            return {};
        }
        const qsizetype total = 12 + static_cast<qsizetype>(length);
        if (total > png.size() - pos) {
            *error = truncated(what);
            return {};
        }
        if (first && type != "IHDR") {
            *error = damaged(what, tr("it does not start with a header chunk"));
            return {};
        }
        first = false;
        const bool text = type == "tEXt" || type == "zTXt" || type == "iTXt";
        const bool hugeProfile = type == "iCCP" && length > kMaxIccChunkBytes;
        if (!text && !hugeProfile)
            out.append(png.constData() + pos, total);
        pos += total;
        if (type == "IEND")
            return out;   // anything after IEND is not part of the image
    }
}

QString ImageStructure::checkJpeg(const QByteArray &data, const QString &what)
{
    const qsizetype size = data.size();
    if (size < 4 || byteAt(data, 0) != 0xFF || byteAt(data, 1) != 0xD8)
        return damaged(what, tr("it has no JPEG start marker"));
    qsizetype pos = 2;
    while (true) {
        // The next marker; bytes between segments are tolerated as libjpeg does.
        const qsizetype ff = data.indexOf('\xFF', pos);
        if (ff < 0)
            return truncated(what);
        pos = ff;
        while (pos < size && byteAt(data, pos) == 0xFF)
            ++pos;   // fill bytes
        if (pos >= size)
            return truncated(what);
        const quint8 marker = byteAt(data, pos++);
        if (marker == 0xD9)
            return {};   // EOI: complete
        if (marker == 0x00 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7))
            continue;    // no length
        if (pos + 2 > size)
            return truncated(what);
        const qsizetype length = (byteAt(data, pos) << 8) | byteAt(data, pos + 1);
        if (length < 2)
            return damaged(what, tr("a JPEG segment has an impossible length"));
        if (length > size - pos)
            return truncated(what);
        pos += length;
        if (marker != 0xDA)
            continue;
        // Start of scan: entropy-coded data until a marker that is not a stuffed 0xFF00 or a
        // restart marker.
        while (true) {
            const qsizetype next = data.indexOf('\xFF', pos);
            if (next < 0 || next + 1 >= size)
                return truncated(what);
            const quint8 after = byteAt(data, next + 1);
            if (after == 0x00 || (after >= 0xD0 && after <= 0xD7)) {
                pos = next + 2;
                continue;
            }
            pos = next;
            break;
        }
    }
}

QString ImageStructure::checkGif(const QByteArray &data, const QString &what)
{
    // Header, logical screen, global colour table; then the blocks. Only the first frame is
    // decoded, so a file whose first frame is complete is accepted even without its trailer.
    if (data.size() < 13)
        return truncated(what);
    const quint8 packed = byteAt(data, 10);
    qsizetype pos = 13;
    if (packed & 0x80)
        pos += 3 * (qsizetype(1) << ((packed & 0x07) + 1));
    while (true) {
        if (pos >= data.size())
            return truncated(what);
        const quint8 block = byteAt(data, pos);
        if (block == 0x3B)
            return truncated(what);   // the trailer before any frame: nothing to show
        if (block == 0x21) {
            pos += 2;
            if (!skipSubBlocks(data, &pos))
                return truncated(what);
            continue;
        }
        if (block != 0x2C)
            return damaged(what, tr("an unknown GIF block comes before the first frame"));
        if (pos + 10 > data.size())
            return truncated(what);
        const quint8 imagePacked = byteAt(data, pos + 9);
        pos += 10;
        if (imagePacked & 0x80)
            pos += 3 * (qsizetype(1) << ((imagePacked & 0x07) + 1));
        pos += 1;   // LZW minimum code size
        if (pos > data.size() || !skipSubBlocks(data, &pos) || pos > data.size())
            return truncated(what);
        return {};
    }
}

QString ImageStructure::checkWebp(const QByteArray &data, const QString &what)
{
    if (data.size() < 12 || !data.startsWith("RIFF") || data.mid(8, 4) != "WEBP")
        return damaged(what, tr("it has no WebP header"));
    const qint64 riffSize = le32(data, 4);
    if (riffSize + 8 > data.size())
        return truncated(what);
    return {};
}

QString ImageStructure::checkBmp(const QByteArray &data, const QString &what)
{
    if (data.size() < 26 || !data.startsWith("BM"))
        return truncated(what);
    const qint64 pixelsAt = le32(data, 10);
    const quint32 headerSize = le32(data, 14);
    qint64 width = 0;
    qint64 height = 0;
    int bitsPerPixel = 0;
    quint32 compression = 0;
    qint64 imageBytes = 0;
    if (headerSize == 12) {   // OS/2 core header
        width = le16(data, 18);
        height = le16(data, 20);
        bitsPerPixel = le16(data, 24);
    } else if (headerSize >= 40 && data.size() >= 38) {
        width = static_cast<qint32>(le32(data, 18));
        height = static_cast<qint32>(le32(data, 22));
        bitsPerPixel = le16(data, 28);
        compression = le32(data, 30);
        imageBytes = le32(data, 34);
    } else {
        return truncated(what);
    }
    width = qAbs(width);
    height = qAbs(height);
    if (pixelsAt > data.size())
        return truncated(what);
    const qint64 available = data.size() - pixelsAt;
    if (compression == 0 || compression == 3 || compression == 6) {   // RGB, (ALPHA)BITFIELDS
        const qint64 stride = ((width * bitsPerPixel + 31) / 32) * 4;
        // stride * height > available, without overflowing for absurd headers
        if (stride > 0 && height > available / stride)
            return truncated(what);
    } else if (imageBytes > available) {   // RLE, JPEG, PNG: the header says how much
        return truncated(what);
    }
    return {};
}

QString ImageStructure::checkTiff(const QByteArray &data, const QString &what)
{
    // The first directory's strips or tiles must all lie inside the file.
    if (data.size() < 8)
        return truncated(what);
    const bool little = data.startsWith("II");
    if (!little && !data.startsWith("MM"))
        return damaged(what, tr("it has no TIFF header"));
    const auto u16 = [&](qsizetype pos) {
        return little ? le16(data, pos) : qFromBigEndian<quint16>(data.constData() + pos);
    };
    const auto u32 = [&](qsizetype pos) {
        return little ? le32(data, pos) : be32(data, pos);
    };
    if (u16(2) != 42)
        return damaged(what, tr("it is a BigTIFF or not a TIFF file"));
    const qint64 ifd = u32(4);
    if (ifd + 2 > data.size())
        return truncated(what);
    const int entries = u16(ifd);
    if (ifd + 2 + qint64(entries) * 12 > data.size())
        return truncated(what);

    // Tag -> (type, count, value offset); only the four tags that locate the pixels matter.
    struct Field
    {
        int type = 0;
        qint64 count = 0;
        qint64 valuePos = 0;
    };
    QHash<int, Field> fields;
    for (int i = 0; i < entries; ++i) {
        const qsizetype entry = ifd + 2 + qsizetype(i) * 12;
        const int tag = u16(entry);
        if (tag != 273 && tag != 279 && tag != 324 && tag != 325)
            continue;
        Field field;
        field.type = u16(entry + 2);
        field.count = u32(entry + 4);
        const int unit = field.type == 3 ? 2 : 4;   // SHORT or LONG
        field.valuePos = field.count * unit <= 4 ? entry + 8 : qint64(u32(entry + 8));
        if (field.count > data.size() || field.valuePos + field.count * unit > data.size())
            return truncated(what);
        fields.insert(tag, field);
    }
    const auto value = [&](const Field &field, qint64 index) -> qint64 {
        return field.type == 3 ? u16(field.valuePos + index * 2) : u32(field.valuePos + index * 4);
    };
    for (const auto &pair : {qMakePair(273, 279), qMakePair(324, 325)}) {
        if (!fields.contains(pair.first) || !fields.contains(pair.second))
            continue;
        const Field offsets = fields.value(pair.first);
        const Field counts = fields.value(pair.second);
        const qint64 n = qMin(offsets.count, counts.count);
        for (qint64 i = 0; i < n; ++i) {
            if (value(offsets, i) + value(counts, i) > data.size())
                return truncated(what);
        }
    }
    return {};
}

QString ImageStructure::checkSvg(const QByteArray &svg, const QString &what)
{
    QXmlStreamReader xml(svg);
    int elements = 0;
    bool sawSvg = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD && !xml.entityDeclarations().isEmpty())
            return tr("%1 declares XML entities, which are not accepted in SVG files.").arg(what);
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (++elements > kMaxSvgElements)
            return tr("%1 has more than %2 elements; it is too complex to render.")
                .arg(what).arg(kMaxSvgElements);
        if (elements == 1)
            sawSvg = xml.name() == QLatin1String("svg");
        const QXmlStreamAttributes attributes = xml.attributes();
        for (const QXmlStreamAttribute &attribute : attributes) {
            if (attribute.name() != QLatin1String("href"))
                continue;
            const QString target = attribute.value().trimmed().toString();
            if (!target.isEmpty() && !target.startsWith(QLatin1Char('#'))
                && !target.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
                return tr("%1 refers to an outside file (%2); only self-contained SVG files are "
                          "accepted. Embed the image or export the SVG again.")
                    .arg(what, target.left(120));
        }
    }
    if (xml.hasError())
        return tr("%1 is not a valid SVG file: %2 (line %3).")
            .arg(what, xml.errorString())
            .arg(xml.lineNumber());
    if (!sawSvg)
        return tr("%1 is not an SVG drawing (its first element is not <svg>).").arg(what);
    return {};
}
