#include "pngmetadata.h"

#include "model/jobtypes.h"

#include <QFileInfo>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QList>
#include <QLocale>
#include <QRegularExpression>
#include <QStringList>
#include <QtEndian>

#include <array>

namespace {

const QByteArray &pngSignature()
{
    static const QByteArray signature = QByteArrayLiteral("\x89PNG\r\n\x1a\n");
    return signature;
}

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

constexpr qsizetype MaxChunkLength = 0x7fffffff;   // PNG: lengths are at most 2^31 - 1
constexpr qsizetype MaxA1111ValueLength = 256;

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

bool isChunkTypeValid(const QByteArray &type)
{
    for (const char c : type) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')))
            return false;
    }
    return type.size() == 4;
}

ParseResult parseChunks(const QByteArray &png)
{
    ParseResult result;
    if (!png.startsWith(pngSignature())) {
        result.error = PngMetadata::tr("The data is not a PNG image.");
        return result;
    }
    result.isPng = true;
    qsizetype pos = pngSignature().size();
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
        const quint32 crc = PngMetadata::crc32(
            QByteArray::fromRawData(png.constData() + pos + 4, 4 + chunk.dataLength));
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

// The keyword of a tEXt, zTXt or iTXt chunk (Latin-1, up to the first NUL).
QString textKeyword(const QByteArray &data)
{
    const qsizetype nul = data.indexOf('\0');
    return nul < 0 ? QString() : QString::fromLatin1(data.left(nul));
}

bool isTextChunk(const QByteArray &type)
{
    return type == "tEXt" || type == "zTXt" || type == "iTXt";
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

// Decodes the text of one text chunk; std::nullopt when it is malformed.
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
    qToBigEndian<quint32>(PngMetadata::crc32(typeAndData), crc.data());
    chunk += crc;
    return chunk;
}

// Latin-1 for a tEXt chunk: one '?' per code point outside Latin-1, NUL dropped.
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

QString formatNumber(double value)
{
    // The range first: converting 1e300 to qint64 is undefined behaviour.
    if (qAbs(value) < 1e15 && value == static_cast<double>(static_cast<qint64>(value)))
        return QString::number(static_cast<qint64>(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

QString jsonQuoted(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));   // strip [ ]
}

// A1111 quotes values that would otherwise break its "key: value, key: value" line.
QString quoteIfNeeded(const QString &value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"'))
        || value.contains(QLatin1Char('\n')) || value.contains(QLatin1Char('\r'))) {
        return jsonQuoted(value);
    }
    return value;
}

std::optional<QString> a1111Value(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("True") : QStringLiteral("False");
    case QJsonValue::Double:
        return formatNumber(value.toDouble());
    case QJsonValue::String: {
        const QString s = value.toString();
        if (s.isEmpty() || s.size() > MaxA1111ValueLength || s.startsWith(QLatin1String("data:"))
            || s.startsWith(QLatin1String("http://")) || s.startsWith(QLatin1String("https://"))) {
            return std::nullopt;
        }
        return s;
    }
    case QJsonValue::Array:
    case QJsonValue::Object: {
        const QByteArray json = value.isArray()
            ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
            : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        if (json.size() > MaxA1111ValueLength || json.contains("data:") || json.contains("://"))
            return std::nullopt;
        return QString::fromUtf8(json);
    }
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return std::nullopt;
}

// "rendering_speed" -> "Rendering speed"; characters that would break the line become spaces.
QString labelForKey(const QString &key)
{
    QString label = key;
    for (QChar &ch : label) {
        if (ch == QLatin1Char('_') || ch == QLatin1Char(':') || ch == QLatin1Char(',')
            || ch == QLatin1Char('\n') || ch == QLatin1Char('\r') || ch == QLatin1Char('"')) {
            ch = QLatin1Char(' ');
        }
    }
    label = label.simplified();
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

QString keyForLabel(const QString &label)
{
    QString key = label.trimmed().toLower();
    key.replace(QLatin1Char(' '), QLatin1Char('_'));
    return key;
}

// The A1111 parameter line regex (modules/infotext_utils.py, re_param_code).
const QRegularExpression &paramRegex()
{
    static const QRegularExpression re(
        QStringLiteral(R"re(\s*(\w[\w \-/]+):\s*("(?:\\.|[^\\"])+"|[^,]*)(?:,|$))re"));
    return re;
}

QJsonValue parseA1111Value(const QString &raw)
{
    const QString text = raw.trimmed();
    if (text.startsWith(QLatin1Char('"'))) {
        const QJsonDocument doc = QJsonDocument::fromJson(
            QByteArray("[" + text.toUtf8() + "]"));
        if (doc.isArray() && doc.array().size() == 1 && doc.array().at(0).isString())
            return doc.array().at(0);
        return text;
    }
    if (text == QLatin1String("True"))
        return true;
    if (text == QLatin1String("False"))
        return false;
    bool ok = false;
    const qint64 integer = text.toLongLong(&ok);
    if (ok)
        return integer;
    const double number = text.toDouble(&ok);
    if (ok)
        return number;
    if (text.startsWith(QLatin1Char('[')) || text.startsWith(QLatin1Char('{'))) {
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8());
        if (doc.isArray())
            return doc.array();
        if (doc.isObject())
            return doc.object();
    }
    return text;
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

// ----- GenerationInfo -----------------------------------------------------------------------

namespace {

QString portableImageName(const QString &value)
{
    const QString text = value.trimmed();
    if (text.isEmpty())
        return text;
    if (text.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
        return QStringLiteral("(inline image)");
    if (text.contains(QLatin1String("://"))) {
        const QUrl url(text);
        return url.isValid() ? url.fileName() : QString();
    }
    return QFileInfo(text.startsWith(QLatin1String("file:")) ? QUrl(text).toLocalFile() : text).fileName();
}

} // namespace

QJsonObject GenerationInfo::portableInputs(const ModelSpec &model, const QJsonObject &values)
{
    QJsonObject portable = values;
    for (const ParameterSpec &field : model.fields) {
        const QJsonValue value = values.value(field.name);
        if (field.type == ParameterSpec::Type::Image && value.isString()) {
            portable.insert(field.name, portableImageName(value.toString()));
        } else if (field.type == ParameterSpec::Type::ImageList && value.isArray()) {
            QJsonArray names;
            for (const QJsonValue &item : value.toArray())
                names.append(item.isString() ? QJsonValue(portableImageName(item.toString())) : item);
            portable.insert(field.name, names);
        }
    }
    return portable;
}

GenerationInfo GenerationInfo::describe(const ModelSpec &model, const QJsonObject &values, const JobOutcome &outcome,
                                        std::optional<double> costUsd, qint64 elapsedMs, const QDateTime &created)
{
    GenerationInfo info;
    info.provider = model.provider;
    info.model = model.id;
    info.endpoint = model.endpoint;
    info.requestId = outcome.requestId;
    const ParameterSpec *seedField = model.fieldForRole(QStringLiteral("seed"));
    info.seed = outcome.seedUsed(values, seedField ? seedField->name : QString());
    info.costUsd = costUsd;
    info.elapsedMs = elapsedMs;
    info.created = created.isValid() ? created.toUTC() : QDateTime::currentDateTimeUtc();
    info.inputs = portableInputs(model, values);
    return info;
}

QString GenerationInfo::prompt() const
{
    return inputs.value(QLatin1String("prompt")).toString();
}

QString GenerationInfo::negativePrompt() const
{
    return inputs.value(QLatin1String("negative_prompt")).toString();
}

QJsonObject GenerationInfo::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("version"), PngMetadata::FormatVersion);
    o.insert(QLatin1String("provider"), provider);
    o.insert(QLatin1String("model"), model);
    o.insert(QLatin1String("endpoint"), endpoint);
    o.insert(QLatin1String("request_id"), requestId);
    o.insert(QLatin1String("seed"), seed ? QJsonValue(*seed) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("cost_usd"), costUsd ? QJsonValue(*costUsd) : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("elapsed_ms"), elapsedMs);
    o.insert(QLatin1String("created"), created.isValid()
                 ? QJsonValue(created.toUTC().toString(Qt::ISODateWithMs))
                 : QJsonValue(QJsonValue::Null));
    o.insert(QLatin1String("inputs"), inputs);
    return o;
}

std::optional<GenerationInfo> GenerationInfo::fromJson(const QJsonObject &o, QString *error)
{
    const QJsonValue version = o.value(QLatin1String("version"));
    if (!version.isDouble() || version.toInteger() < 1) {
        if (error)
            *error = PngMetadata::tr("The metadata has no valid format version.");
        return std::nullopt;
    }
    GenerationInfo info;
    info.provider = o.value(QLatin1String("provider")).toString();
    info.model = o.value(QLatin1String("model")).toString();
    info.endpoint = o.value(QLatin1String("endpoint")).toString();
    info.requestId = o.value(QLatin1String("request_id")).toString();
    const QJsonValue seed = o.value(QLatin1String("seed"));
    if (seed.isDouble())
        info.seed = seed.toInteger();
    const QJsonValue cost = o.value(QLatin1String("cost_usd"));
    if (cost.isDouble())
        info.costUsd = cost.toDouble();
    info.elapsedMs = o.value(QLatin1String("elapsed_ms")).toInteger();
    const QString created = o.value(QLatin1String("created")).toString();
    if (!created.isEmpty())
        info.created = QDateTime::fromString(created, Qt::ISODateWithMs);
    info.inputs = o.value(QLatin1String("inputs")).toObject();
    return info;
}

bool operator==(const GenerationInfo &a, const GenerationInfo &b)
{
    return a.provider == b.provider && a.model == b.model && a.endpoint == b.endpoint
        && a.requestId == b.requestId && a.seed == b.seed && a.costUsd == b.costUsd
        && a.elapsedMs == b.elapsedMs && a.created == b.created && a.inputs == b.inputs;
}

// ----- PngMetadata --------------------------------------------------------------------------

quint32 PngMetadata::crc32(const QByteArray &data, quint32 crc)
{
    const auto &table = crcTable();
    crc ^= 0xFFFFFFFFU;
    for (const char byte : data)
        crc = table[(crc ^ static_cast<uchar>(byte)) & 0xFFU] ^ (crc >> 8);
    return crc ^ 0xFFFFFFFFU;
}

QString PngMetadata::a1111Parameters(const GenerationInfo &info)
{
    QStringList parts;
    QStringList used{QStringLiteral("prompt"), QStringLiteral("negative_prompt"),
                     QStringLiteral("seed")};
    const auto addFirstOf = [&](const QString &label, const QStringList &keys) {
        for (const QString &key : keys) {
            if (!info.inputs.contains(key))
                continue;
            used.append(key);
            if (const auto value = a1111Value(info.inputs.value(key))) {
                parts.append(label + QLatin1String(": ") + quoteIfNeeded(*value));
                return;
            }
        }
    };

    addFirstOf(QStringLiteral("Steps"),
               {QStringLiteral("steps"), QStringLiteral("steps_num"),
                QStringLiteral("num_inference_steps")});
    if (info.seed) {
        parts.append(QLatin1String("Seed: ") + QString::number(*info.seed));
    } else if (const auto seed = a1111Value(info.inputs.value(QLatin1String("seed")))) {
        parts.append(QLatin1String("Seed: ") + quoteIfNeeded(*seed));
    }
    if (!info.model.isEmpty())
        parts.append(QLatin1String("Model: ") + quoteIfNeeded(info.model));
    if (!info.provider.isEmpty())
        parts.append(QLatin1String("Provider: ") + quoteIfNeeded(info.provider));
    addFirstOf(QStringLiteral("Guidance"),
               {QStringLiteral("guidance_scale"), QStringLiteral("guidance"),
                QStringLiteral("cfg_scale")});
    addFirstOf(QStringLiteral("Aspect ratio"), {QStringLiteral("aspect_ratio")});
    addFirstOf(QStringLiteral("Strength"), {QStringLiteral("strength")});

    for (auto it = info.inputs.constBegin(); it != info.inputs.constEnd(); ++it) {
        if (used.contains(it.key()))
            continue;
        const QString label = labelForKey(it.key());
        const auto value = a1111Value(it.value());
        if (label.isEmpty() || !value)
            continue;
        parts.append(label + QLatin1String(": ") + quoteIfNeeded(*value));
    }

    QString text = info.prompt();
    const QString negative = info.negativePrompt();
    if (!negative.isEmpty())
        text += QLatin1String("\nNegative prompt: ") + negative;
    text += QLatin1Char('\n') + parts.join(QLatin1String(", "));
    return text;
}

GenerationInfo PngMetadata::parseA1111(const QString &text)
{
    GenerationInfo info;
    QStringList lines = text.split(QLatin1Char('\n'));
    QString paramsLine;
    if (!lines.isEmpty()) {
        const QString last = lines.last();
        const QRegularExpressionMatch m = paramRegex().match(last);
        if (lines.size() > 1 && (last.isEmpty() || (m.hasMatch() && m.capturedStart() == 0))) {
            paramsLine = last;
            lines.removeLast();
        }
    }

    QStringList promptLines;
    QStringList negativeLines;
    bool inNegative = false;
    const QLatin1String negativePrefix("Negative prompt:");
    for (const QString &line : std::as_const(lines)) {
        if (!inNegative && line.startsWith(negativePrefix)) {
            inNegative = true;
            negativeLines.append(line.mid(negativePrefix.size()).trimmed());
        } else if (inNegative) {
            negativeLines.append(line);
        } else {
            promptLines.append(line);
        }
    }
    info.inputs.insert(QLatin1String("prompt"), promptLines.join(QLatin1Char('\n')));
    if (inNegative)
        info.inputs.insert(QLatin1String("negative_prompt"), negativeLines.join(QLatin1Char('\n')));

    auto it = paramRegex().globalMatch(paramsLine);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString label = m.captured(1).trimmed();
        const QJsonValue value = parseA1111Value(m.captured(2));
        if (label == QLatin1String("Seed") && value.isDouble()) {
            info.seed = value.toInteger();
        } else if (label == QLatin1String("Model")) {
            info.model = value.toVariant().toString();
        } else if (label == QLatin1String("Provider")) {
            info.provider = value.toVariant().toString();
        } else if (!label.isEmpty()) {
            info.inputs.insert(keyForLabel(label), value);
        }
    }
    return info;
}

QByteArray PngMetadata::embed(const QByteArray &png, const GenerationInfo &info, QString *error)
{
    const ParseResult parsed = parseChunks(png);
    if (!parsed.error.isEmpty()) {
        if (error)
            *error = parsed.error;
        return {};
    }
    for (const Chunk &chunk : parsed.chunks) {
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
    text += toTextLatin1(a1111Parameters(info));

    QByteArray itxt = reimagineKeyword().toLatin1();
    itxt += QByteArray("\0\0\0\0\0", 5);   // keyword end, uncompressed, method, no language, no translation
    itxt += QJsonDocument(info.toJson()).toJson(QJsonDocument::Compact);

    QByteArray out = pngSignature();
    out.reserve(png.size() + text.size() + itxt.size() + 24);
    for (const Chunk &chunk : parsed.chunks) {
        if (isTextChunk(chunk.type)) {
            const QString keyword = textKeyword(png.mid(chunk.dataOffset(),
                                                        qMin<qsizetype>(chunk.dataLength, 80)));
            if (keyword == parametersKeyword() || keyword == reimagineKeyword())
                continue;
        }
        out += png.mid(chunk.offset, chunk.totalLength());
        if (chunk.type == "IHDR") {
            out += makeChunk("tEXt", text);
            out += makeChunk("iTXt", itxt);
        }
    }
    if (error)
        error->clear();
    return out;
}

std::optional<GenerationInfo> PngMetadata::read(const QByteArray &png, QString *error)
{
    const ParseResult parsed = parseChunks(png);
    if (!parsed.isPng) {
        if (error)
            *error = parsed.error;
        return std::nullopt;
    }
    const QHash<QString, QString> texts = collectText(png, parsed);

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
        return parseA1111(*parameters);
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
    return collectText(png, parseChunks(png));
}
