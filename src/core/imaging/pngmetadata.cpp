#include "pngmetadata.h"

#include "a1111parameters.h"
#include "pngchunks.h"

#include <QJsonDocument>

namespace {

const QString &parametersKeyword()
{
    static const QString keyword = QStringLiteral("parameters");
    return keyword;
}

const QString &reimagineKeyword()
{
    static const QString keyword = QStringLiteral("reimagine");
    return keyword;
}

} // namespace

quint32 PngMetadata::crc32(const QByteArray &data, quint32 crc)
{
    return PngChunks::crc32(data, crc);
}

QString PngMetadata::a1111Parameters(const GenerationInfo &info)
{
    return A1111Parameters::format(info);
}

GenerationInfo PngMetadata::parseA1111(const QString &text)
{
    return A1111Parameters::parse(text);
}

QByteArray PngMetadata::embed(const QByteArray &png, const GenerationInfo &info, QString *error)
{
    const PngChunks::ParseResult parsed = PngChunks::parse(png);
    if (!parsed.error.isEmpty()) {
        if (error)
            *error = parsed.error;
        return {};
    }
    for (const PngChunks::Chunk &chunk : parsed.chunks) {
        if (!chunk.crcOk) {
            if (error) {
                *error = tr("The PNG data is corrupt: chunk %1 at byte %2 has a wrong CRC.")
                             .arg(QString::fromLatin1(chunk.type))
                             .arg(chunk.offset);
            }
            return {};
        }
    }

    QByteArray text = parametersKeyword().toLatin1();
    text += '\0';
    text += PngChunks::toTextLatin1(A1111Parameters::format(info));

    QByteArray itxt = reimagineKeyword().toLatin1();
    itxt += QByteArray("\0\0\0\0\0", 5);   // keyword end, uncompressed, method, no language, no translation
    itxt += QJsonDocument(info.toJson()).toJson(QJsonDocument::Compact);

    QByteArray out = PngChunks::signature();
    out.reserve(png.size() + text.size() + itxt.size() + 24);
    for (const PngChunks::Chunk &chunk : parsed.chunks) {
        if (PngChunks::isTextChunk(chunk.type)) {
            const QString keyword = PngChunks::textKeyword(
                png.mid(chunk.dataOffset(), qMin<qsizetype>(chunk.dataLength, 80)));
            if (keyword == parametersKeyword() || keyword == reimagineKeyword())
                continue;
        }
        out += png.mid(chunk.offset, chunk.totalLength());
        if (chunk.type == "IHDR") {
            out += PngChunks::makeChunk("tEXt", text);
            out += PngChunks::makeChunk("iTXt", itxt);
        }
    }
    if (error)
        error->clear();
    return out;
}

std::optional<GenerationInfo> PngMetadata::read(const QByteArray &png, QString *error)
{
    const PngChunks::ParseResult parsed = PngChunks::parse(png);
    if (!parsed.isPng) {
        if (error)
            *error = parsed.error;
        return std::nullopt;
    }
    const QHash<QString, QString> texts = PngChunks::collectText(png, parsed);

    QString jsonError;
    const auto json = texts.constFind(reimagineKeyword());
    if (json != texts.constEnd()) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(json->toUtf8(), &parseError);
        if (doc.isObject()) {
            if (auto info = GenerationInfo::fromJson(doc.object(), &jsonError)) {
                if (error)
                    error->clear();
                return info;
            }
        } else {
            jsonError = tr("The metadata JSON is invalid: %1").arg(parseError.errorString());
        }
    }
    const auto parameters = texts.constFind(parametersKeyword());
    if (parameters != texts.constEnd()) {
        if (error)
            error->clear();
        return A1111Parameters::parse(*parameters);
    }
    if (error) {
        if (!jsonError.isEmpty())
            *error = jsonError;
        else if (!parsed.error.isEmpty())
            *error = parsed.error;
        else
            *error = tr("The PNG carries no generation metadata.");
    }
    return std::nullopt;
}

QHash<QString, QString> PngMetadata::textChunks(const QByteArray &png)
{
    return PngChunks::collectText(png, PngChunks::parse(png));
}
