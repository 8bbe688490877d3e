#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// PNG chunk reading and writing without a decoder: the chunk list with CRC checks, the text of
// tEXt, zTXt and iTXt chunks, and new chunks with their CRC. Messages use PngMetadata's
// translation context.
namespace PngChunks {

// "\x89PNG\r\n\x1a\n"
const QByteArray &signature();

struct Chunk
{
    QByteArray type;
    qsizetype offset = 0;       // of the length field
    qsizetype dataLength = 0;
    bool crcOk = false;

    qsizetype dataOffset() const { return offset + 8; }
    qsizetype totalLength() const { return dataLength + 12; }
};

struct ParseResult
{
    QList<Chunk> chunks;        // up to and including IEND, or up to the first broken chunk
    QString error;              // why parsing stopped early, empty when IEND was reached
    bool isPng = false;
};

// The chunks of `png`, from IHDR (which must come first) to IEND. Stops at the first chunk that
// is truncated, oversized or has an invalid type; a wrong CRC is only marked.
ParseResult parse(const QByteArray &png);

bool isTextChunk(const QByteArray &type);
// The keyword of a tEXt, zTXt or iTXt chunk's data (Latin-1, up to the first NUL); empty
// without a NUL.
QString textKeyword(const QByteArray &data);
// The text of one text chunk (inflated when compressed); std::nullopt when it is malformed.
std::optional<QString> decodeText(const QByteArray &type, const QByteArray &data);
// keyword -> text of every text chunk in `parsed` whose CRC is correct; the first of a keyword
// wins.
QHash<QString, QString> collectText(const QByteArray &png, const ParseResult &parsed);

// length, type, data and CRC: a whole chunk.
QByteArray makeChunk(const char *type, const QByteArray &data);
// Latin-1 for a tEXt chunk: one '?' per code point outside Latin-1, NUL dropped.
QByteArray toTextLatin1(const QString &text);

// zlib's CRC-32 (polynomial 0xEDB88320), as PNG chunks use it.
quint32 crc32(const QByteArray &data, quint32 crc = 0);

} // namespace PngChunks
