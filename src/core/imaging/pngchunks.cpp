#include "pngchunks.h"

#include "pngmetadata.h"

#include <QtEndian>

#include <array>

namespace {

constexpr qsizetype MaxChunkLength = 0x7fffffff;   // PNG: lengths are at most 2^31 - 1

bool isChunkTypeValid(const QByteArray &type)
{
    for (const char c : type) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return false;
    }
    return type.size() == 4;
}

std::optional<QByteArray> inflate(const QByteArray &deflated)
{
    if (deflated.isEmpty())
        return std::nullopt;
    // qUncompress wants zlib data behind a 4-byte big-endian size hint; it grows past the hint.
    const quint32 hint = static_cast<quint32>(qMin<qsizetype>(deflated.size() * 4, 64 * 1024 * 1024));
    QByteArray withHint(4, '\0');
    qToBigEndian<quint32>(hint, withHint.data());
    withHint += deflated;
    QByteArray out = qUncompress(withHint);
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

const std::array<quint32, 256> &crcTable()
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1U) ? (0xEDB88320U ^ (c >> 1)) : (c >> 1);
            t[n] = c;
        }
        return t;
    }();
    return table;
}

} // namespace

namespace PngChunks {

const QByteArray &signature()
{
    static const QByteArray signature = QByteArrayLiteral("\x89PNG\r\n\x1a\n");
    return signature;
}

ParseResult parse(const QByteArray &png)
{
    ParseResult result;
    if (!png.startsWith(signature())) {
        result.error = PngMetadata::tr("The data is not a PNG image.");
        return result;
    }
    result.isPng = true;
    qsizetype pos = signature().size();
    while (true) {
        if (png.size() - pos < 12) {
            result.error = PngMetadata::tr("The PNG data is truncated at byte %1.").arg(pos);
            return result;
        }
        const auto *raw = reinterpret_cast<const uchar *>(png.constData() + pos);
        const quint32 length = qFromBigEndian<quint32>(raw);
        Chunk chunk;
        chunk.type = png.mid(pos + 4, 4);
        chunk.offset = pos;
        chunk.dataLength = static_cast<qsizetype>(length);
        if (!isChunkTypeValid(chunk.type)) {
            result.error = PngMetadata::tr("The PNG data is corrupt at byte %1 (invalid chunk type).")
                               .arg(pos);
            return result;
        }
        if (chunk.dataLength > MaxChunkLength || chunk.dataLength > png.size() - pos - 12) {
            result.error = PngMetadata::tr("The PNG data is truncated in chunk %1 at byte %2.")
                               .arg(QString::fromLatin1(chunk.type))
                               .arg(pos);
            return result;
        }
        const quint32 storedCrc = qFromBigEndian<quint32>(raw + 8 + chunk.dataLength);
        const quint32 crc = crc32(QByteArray::fromRawData(png.constData() + pos + 4, 4 + chunk.dataLength));
        chunk.crcOk = storedCrc == crc;
        if (result.chunks.isEmpty() && chunk.type != "IHDR") {
            result.error = PngMetadata::tr("The PNG data is corrupt: it does not start with IHDR.");
            return result;
        }
        result.chunks.append(chunk);
        pos += chunk.totalLength();
        if (chunk.type == "IEND")
            return result;
    }
}

QString textKeyword(const QByteArray &data)
{
    const qsizetype nul = data.indexOf('\0');
    return nul < 0 ? QString() : QString::fromLatin1(data.left(nul));
}

bool isTextChunk(const QByteArray &type)
{
    return type == "tEXt" || type == "zTXt" || type == "iTXt";
}

std::optional<QString> decodeText(const QByteArray &type, const QByteArray &data)
{
    const qsizetype nul = data.indexOf('\0');
    if (nul <= 0)
        return std::nullopt;
    if (type == "tEXt")
        return QString::fromLatin1(data.mid(nul + 1));
    if (type == "zTXt") {
        if (data.size() < nul + 2 || data.at(nul + 1) != 0)
            return std::nullopt;
        const auto text = inflate(data.mid(nul + 2));
        if (!text)
            return std::nullopt;
        return QString::fromLatin1(*text);
    }
    // iTXt: keyword \0 compression-flag method language \0 translated-keyword \0 text
    if (data.size() < nul + 3)
        return std::nullopt;
    const char flag = data.at(nul + 1);
    const char method = data.at(nul + 2);
    const qsizetype langEnd = data.indexOf('\0', nul + 3);
    if (langEnd < 0)
        return std::nullopt;
    const qsizetype translatedEnd = data.indexOf('\0', langEnd + 1);
    if (translatedEnd < 0)
        return std::nullopt;
    const QByteArray text = data.mid(translatedEnd + 1);
    if (flag == 0)
        return QString::fromUtf8(text);
    if (flag != 1 || method != 0)
        return std::nullopt;
    const auto inflated = inflate(text);
    if (!inflated)
        return std::nullopt;
    return QString::fromUtf8(*inflated);
}

QHash<QString, QString> collectText(const QByteArray &png, const ParseResult &parsed)
{
    QHash<QString, QString> texts;
    for (const Chunk &chunk : parsed.chunks) {
        if (!chunk.crcOk || !isTextChunk(chunk.type))
            continue;
        const QByteArray data = png.mid(chunk.dataOffset(), chunk.dataLength);
        const auto text = decodeText(chunk.type, data);
        const QString keyword = textKeyword(data);
        if (text && !keyword.isEmpty() && !texts.contains(keyword))
            texts.insert(keyword, *text);
    }
    return texts;
}

QByteArray makeChunk(const char *type, const QByteArray &data)
{
    QByteArray chunk;
    chunk.reserve(data.size() + 12);
    chunk.resize(4);
    qToBigEndian<quint32>(static_cast<quint32>(data.size()), chunk.data());
    QByteArray typeAndData(type, 4);
    typeAndData += data;
    chunk += typeAndData;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(typeAndData), crc.data());
    chunk += crc;
    return chunk;
}

QByteArray toTextLatin1(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (ch.unicode() == 0)
            continue;
        if (ch.unicode() < 0x100) {
            out.append(static_cast<char>(ch.unicode()));
            continue;
        }
        if (ch.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        out.append('?');
    }
    return out;
}

quint32 crc32(const QByteArray &data, quint32 crc)
{
    const auto &table = crcTable();
    crc ^= 0xFFFFFFFFU;
    for (const char byte : data)
        crc = table[(crc ^ static_cast<uchar>(byte)) & 0xFFU] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

} // namespace PngChunks
