#pragma once

#include "generationinfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <optional>

// Reads and writes PNG text chunks directly (chunk parsing, zlib CRC-32), independent of how
// QImage/QImageWriter handle text. Two chunks are written, right after IHDR so that readers which
// only look at the header (QImageReader::textKeys(), exiftool, A1111's "PNG Info") see them:
//
//  - tEXt "parameters": the AUTOMATIC1111 text, for tools that understand it:
//        <prompt>
//        Negative prompt: <negative prompt>            (only when there is one)
//        Steps: 30, Seed: 5555, Model: bria/reimagine/3.2, Provider: fal, Guidance: 5, ...
//    tEXt is Latin-1 only. Characters outside Latin-1 are replaced by '?' (one per code point)
//    and NUL bytes are dropped: the tEXt copy is for display; the exact text lives in the iTXt.
//    Values containing ',', '"' or a line break are written as JSON strings (A1111's quoting).
//    Long strings (image data URIs, URLs, base64) and values longer than 256 characters are left
//    out of the tEXt line; they are all in the JSON.
//
//  - iTXt "reimagine": uncompressed UTF-8, compact JSON
//        {"version":1,"provider":..,"model":..,"endpoint":..,"request_id":..,"seed":..,
//         "cost_usd":..,"elapsed_ms":..,"created":..,"inputs":{..every input value..}}
//    This is the exact record; read() prefers it and only falls back to parsing the tEXt
//    "parameters" (lossy: keys are derived from the labels) when it is missing or invalid.
// The chunk work is PngChunks', the A1111 text A1111Parameters', the JSON GenerationInfo's.
class PngMetadata
{
    Q_DECLARE_TR_FUNCTIONS(PngMetadata)

public:
    static constexpr int FormatVersion = 1;

    static QString a1111Parameters(const GenerationInfo &info);

    // Returns the PNG with the two chunks inserted after IHDR; any existing "parameters" or
    // "reimagine" text chunk (tEXt, zTXt or iTXt) is removed first. The image data chunks are
    // copied byte for byte. Returns an empty array and sets *error for input that is not a valid
    // PNG (bad signature, truncated or oversized chunk, CRC mismatch, missing IHDR/IEND).
    static QByteArray embed(const QByteArray &png, const GenerationInfo &info, QString *error);

    // From the iTXt JSON, falling back to the tEXt "parameters". std::nullopt with *error set
    // when the data is not a PNG or carries neither chunk.
    static std::optional<GenerationInfo> read(const QByteArray &png, QString *error);

    // keyword -> text of every tEXt, zTXt and iTXt chunk whose CRC is correct (for tests/tools).
    static QHash<QString, QString> textChunks(const QByteArray &png);

    // Parses an A1111 "parameters" text (the inverse of a1111Parameters, lossy).
    static GenerationInfo parseA1111(const QString &text);

    // zlib's CRC-32 (polynomial 0xEDB88320), as PNG chunks use it.
    static quint32 crc32(const QByteArray &data, quint32 crc = 0);
};
