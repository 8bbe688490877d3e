#include "fuzzentries.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <cmath>
#include <cstring>
#include <functional>

#include "imaging/imageloader.h"
#include "imaging/imagepreparer.h"
#include "imaging/pngmetadata.h"
#include "jobs/jobjournal.h"
#include "presets/preset.h"
#include "providers/falanswer.h"
#include "providers/freepikanswer.h"
#include "providers/segmindanswer.h"
#include "providers/sseparser.h"
#include "schema/modelcatalog.h"
#include "schema/parametervalidator.h"
#include "schema/schemaparser.h"

namespace
{
using Entry = std::function<QString(const QByteArray &)>;

constexpr qsizetype kSseLimit = 4096;
constexpr qint64 kDataUriLimit = 1024 * 1024;

const QList<ModelSpec> &bundledModels()
{
    static const QList<ModelSpec> models = [] {
        ModelCatalog catalog;
        catalog.reload();
        return catalog.models();
    }();
    return models;
}

QJsonObject objectOf(const QByteArray &data)
{
    return QJsonDocument::fromJson(data).object();
}

// A scratch folder for the loaders that read files; one per process.
const QTemporaryDir &scratch()
{
    static const QTemporaryDir dir;
    return dir;
}

bool writeScratch(const QString &name, const QByteArray &data)
{
    QFile file(scratch().filePath(name));
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

// Texts a designer or a script could pass with --set, tried on every field.
const QStringList &cliTexts()
{
    static const QStringList texts{
        QStringLiteral("1"),        QStringLiteral("-0.5"),     QStringLiteral("1e308"),
        QStringLiteral("true"),     QStringLiteral("16:9"),     QStringLiteral("1024x768"),
        QStringLiteral("{\"a\":1}"), QStringLiteral("[1,2]"),   QStringLiteral(""),
        QStringLiteral("#ff00ff"),  QStringLiteral("99999999999999999999"),
    };
    return texts;
}

void exerciseModel(const ModelSpec &model)
{
    const ParameterValidator validator(model);
    validator.validate(QJsonObject());
    validator.validate(model.defaultValues());
    model.toJson();
    for (const ParameterSpec &field : model.fields) {
        for (const QString &text : cliTexts()) {
            QString error;
            const QJsonValue value = ParameterValidator::parseText(field, text, &error);
            if (error.isEmpty())
                validator.validateValue(field, value);
        }
    }
}

QString fuzzSchemaParser(const QByteArray &data)
{
    QString error;
    const std::optional<ModelSpec> model = SchemaParser().parseBytes(data, &error);
    if (!model)
        return error.isEmpty() ? QStringLiteral("a document was refused without a message") : QString();
    exerciseModel(*model);
    return {};
}

QString fuzzParameterValidator(const QByteArray &data)
{
    const QJsonDocument document = QJsonDocument::fromJson(data);
    const QString text = QString::fromUtf8(data.left(512));
    for (const ModelSpec &model : bundledModels()) {
        const ParameterValidator validator(model);
        if (document.isObject()) {
            for (const FieldError &error : validator.validate(document.object())) {
                if (error.message.isEmpty())
                    return QStringLiteral("an empty message for field %1").arg(error.field);
            }
        }
        for (const ParameterSpec &field : model.fields) {
            QString error;
            const QJsonValue value = ParameterValidator::parseText(field, text, &error);
            if (error.isEmpty())
                validator.validateValue(field, value);
            else if (!value.isUndefined() && !value.isNull())
                return QStringLiteral("parseText gave a value and an error for %1").arg(field.name);
        }
    }
    return {};
}

QString fuzzFalAnswer(const QByteArray &data)
{
    const QJsonObject object = objectOf(data);
    FalAnswer::parseUploadTarget(object);
    FalAnswer::parseSubmitted(object);
    FalAnswer::seed(object);
    const FalAnswer::Status status = FalAnswer::parseStatus(object);
    if ((status.state == FalAnswer::Status::State::Unknown)
        != !QStringList({QStringLiteral("IN_QUEUE"), QStringLiteral("IN_PROGRESS"),
                         QStringLiteral("COMPLETED"), QStringLiteral("FAILED"),
                         QStringLiteral("ERROR"), QStringLiteral("CANCELED"),
                         QStringLiteral("CANCELLED")})
               .contains(status.stateName))
        return QStringLiteral("state %1 was classified wrongly").arg(status.stateName);
    QStringList references = FalAnswer::imageReferences(object);
    references.append(QString::fromUtf8(data));
    for (const QString &reference : std::as_const(references)) {
        QByteArray bytes;
        if (FalAnswer::decodeDataUri(reference, kDataUriLimit, &bytes)
            && (bytes.isEmpty() || bytes.size() > kDataUriLimit))
            return QStringLiteral("decodeDataUri accepted %1 bytes").arg(bytes.size());
    }
    return {};
}

QString describe(const QList<SseEvent> &events)
{
    QString text;
    for (const SseEvent &event : events)
        text += QString::fromLatin1(event.type.toHex()) + QLatin1Char('/')
                + QString::fromLatin1(event.data.toHex()) + QLatin1Char(' ');
    return text;
}

QString fuzzSseParser(const QByteArray &data)
{
    // The first two bytes choose where the stream is cut; the rest is the stream.
    if (data.size() < 2)
        return {};
    const QByteArray stream = data.mid(2);
    const qsizetype size = stream.size();
    const qsizetype cut1 = static_cast<quint8>(data.at(0)) % (size + 1);
    const qsizetype cut2 = cut1 + static_cast<quint8>(data.at(1)) % (size - cut1 + 1);

    SseParser whole(kSseLimit);
    const QList<SseEvent> expected = whole.feed(stream);
    if (whole.pendingBytes() > kSseLimit)
        return QStringLiteral("%1 bytes pending over a limit of %2").arg(whole.pendingBytes()).arg(kSseLimit);

    SseParser split(kSseLimit);
    QList<SseEvent> events = split.feed(stream.left(cut1));
    events += split.feed(stream.mid(cut1, cut2 - cut1));
    events += split.feed(stream.mid(cut2));
    if (events != expected || split.overflowed() != whole.overflowed())
        return QStringLiteral("cut at %1 and %2: %3 instead of %4")
            .arg(cut1).arg(cut2).arg(describe(events), describe(expected));

    if (size <= 256) {
        SseParser bytewise(kSseLimit);
        QList<SseEvent> single;
        for (const char c : stream)
            single += bytewise.feed(QByteArray(1, c));
        if (single != expected)
            return QStringLiteral("byte by byte: %1 instead of %2").arg(describe(single), describe(expected));
    }
    return {};
}

QString fuzzSegmindAnswer(const QByteArray &data)
{
    // "name: value" lines, an empty line, then the body (as ApiRequest hands them over).
    qsizetype split = data.indexOf("\n\n");
    const QByteArray head = split < 0 ? data : data.left(split);
    const QByteArray body = split < 0 ? QByteArray() : data.mid(split + 2);
    QHash<QByteArray, QByteArray> headers;
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        auto it = headers.find(name);
        if (it == headers.end())
            headers.insert(name, line.mid(colon + 1).trimmed());
        else
            it.value() += QByteArrayLiteral(", ") + line.mid(colon + 1).trimmed();
    }
    const SegmindAnswer::Image image = SegmindAnswer::parse(headers, body);
    if (image.requestId.size() > SegmindAnswer::kMaxRequestIdChars)
        return QStringLiteral("a request id of %1 characters").arg(image.requestId.size());
    if ((image.costUsd && !std::isfinite(*image.costUsd))
        || (image.remainingCredits && !std::isfinite(*image.remainingCredits)))
        return QStringLiteral("a cost or credit that is not a finite number");
    if (image.mimeType != ImagePreparer::sniffMimeType(body))
        return QStringLiteral("the image type was not sniffed from the body");
    return {};
}

QString fuzzFreepikAnswer(const QByteArray &data)
{
    const FreepikAnswer::Task task = FreepikAnswer::parseTask(objectOf(data));
    for (const FreepikAnswer::Output &output : task.outputs) {
        if (output.url.isEmpty() == output.bytes.isEmpty())
            return QStringLiteral("an output with both or neither of a URL and bytes");
        if (!output.url.isEmpty() && !ImagePreparer::isWebUrl(output.url.toString()))
            return QStringLiteral("an output URL that is not http(s): %1").arg(output.url.toString());
        if (!output.bytes.isEmpty() && ImagePreparer::sniffMimeType(output.bytes).isEmpty())
            return QStringLiteral("inline output bytes that are not an image");
    }
    if (task.failure.size() > FreepikAnswer::kMaxFailureChars)
        return QStringLiteral("a failure text of %1 characters").arg(task.failure.size());
    const QJsonArray generated = task.raw.value(QLatin1String("generated")).toArray();
    if (task.status == QLatin1String("COMPLETED")) {
        for (const QJsonValue &entry : generated) {
            const QString text = entry.toString();
            if (text != QLatin1String("(inline image)") && !ImagePreparer::isWebUrl(text))
                return QStringLiteral("the kept record holds %1").arg(text.left(80));
        }
    }
    FreepikAnswer::decodeInlineImage(QString::fromLatin1(data));
    FreepikAnswer::base64OfDataUri(QString::fromLatin1(data));
    return {};
}

QString fuzzPngMetadata(const QByteArray &data)
{
    QString error;
    PngMetadata::read(data, &error);
    PngMetadata::textChunks(data);
    PngMetadata::parseA1111(QString::fromUtf8(data.left(4096)));

    // The tail of the input doubles as the text that is written, so odd Unicode is written too.
    GenerationInfo info;
    info.provider = QStringLiteral("fal");
    info.model = QStringLiteral("bria/reimagine/3.2");
    info.endpoint = QStringLiteral("bria/reimagine/3.2");
    info.requestId = QStringLiteral("req-1");
    info.seed = 42;
    info.costUsd = 0.04;
    info.elapsedMs = 1234;
    info.created = QDateTime(QDate(2025, 5, 1), QTime(12, 30, 0, 250), Qt::UTC);
    info.inputs = QJsonObject{{QStringLiteral("prompt"), QString::fromUtf8(data.right(48))},
                              {QStringLiteral("negative_prompt"), QStringLiteral("blurry, \"text\"")},
                              {QStringLiteral("num_inference_steps"), 30}};
    // Any finite number a JSON input can hold: bits of the input's SHA-1, so every input (whose
    // first bytes are a PNG signature) brings another one, the same in every run (qHash is
    // seeded per process).
    const QByteArray digest = QCryptographicHash::hash(data, QCryptographicHash::Sha1);
    double number = 0;
    std::memcpy(&number, digest.constData(), sizeof number);
    if (std::isfinite(number))
        info.inputs.insert(QStringLiteral("guidance_scale"), number);
    const QByteArray embedded = PngMetadata::embed(data, info, &error);
    if (embedded.isEmpty())
        return error.isEmpty() ? QStringLiteral("embed refused without a message") : QString();
    const std::optional<GenerationInfo> back = PngMetadata::read(embedded, &error);
    if (!back)
        return QStringLiteral("the written PNG cannot be read back: %1").arg(error);
    // The record as JSON text, which is what the provider received: a whole number beyond 2^53
    // that was a double comes back as an integer, with the same text.
    const auto text = [](const GenerationInfo &record) {
        return QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact);
    };
    if (text(*back) != text(info))
        return QStringLiteral("the record changed on its way through the PNG: %1")
            .arg(QString::fromUtf8(text(*back)));
    if (PngMetadata::embed(embedded, info, &error) != embedded)
        return QStringLiteral("writing the record twice gives a different file");
    return {};
}

QString fuzzPreset(const QByteArray &data)
{
    if (!writeScratch(QStringLiteral("preset.json"), data))
        return {};
    QString error;
    const std::optional<Preset> preset = Preset::load(scratch().filePath(QStringLiteral("preset.json")), &error);
    if (!preset)
        return error.isEmpty() ? QStringLiteral("a preset was refused without a message") : QString();
    const QJsonObject saved = preset->toJson();
    const std::optional<Preset> again = Preset::fromJson(saved, &error);
    if (!again)
        return QStringLiteral("a saved preset cannot be read back: %1").arg(error);
    if (again->toJson() != saved)
        return QStringLiteral("a preset changed on its way through a file");
    for (const ModelSpec &model : bundledModels()) {
        const QJsonObject values = preset->applyTo(model, model.defaultValues(), QStringLiteral("a chair"));
        ParameterValidator(model).validate(values);
    }
    return {};
}

QString fuzzJobJournal(const QByteArray &data)
{
    if (!writeScratch(QStringLiteral("fuzz-job.json"), data))
        return {};
    const JobJournal journal(scratch().path());
    const std::optional<JobJournal::Entry> entry = journal.read(QStringLiteral("fuzz-job"));
    journal.unfinished();
    if (!entry)
        return {};
    const QJsonObject saved = entry->toJson();
    const std::optional<JobJournal::Entry> again = JobJournal::Entry::fromJson(saved);
    if (!again)
        return QStringLiteral("a journal entry it wrote cannot be read back");
    if (again->toJson() != saved)
        return QStringLiteral("a journal entry changed on its way through a file");
    return {};
}

QString fuzzImageLoader(const QByteArray &data)
{
    ImageLoader::Limits limits;
    limits.maxFileBytes = 1024 * 1024;
    limits.maxPixels = 4LL * 1000 * 1000;
    limits.maxSide = 4096;
    limits.vectorSide = 256;
    ImagePreparer::sniffMimeType(data);
    const ImageLoader::Result result = ImageLoader::loadData(data, limits);
    if (!result.ok()) {
        if (!result.image.isNull())
            return QStringLiteral("a refused image still carries pixels");
        return {};
    }
    const QImage &image = result.image;
    if (image.isNull() || image.size() != result.size)
        return QStringLiteral("an accepted image without pixels or with the wrong size");
    if (static_cast<qint64>(image.width()) * image.height() > limits.maxPixels
        || image.width() > limits.maxSide || image.height() > limits.maxSide)
        return QStringLiteral("an accepted image of %1 x %2 is over the limits")
            .arg(image.width()).arg(image.height());
    ImagePreparer::Options options;
    options.maxSide = 64;
    const ImagePreparer::Prepared prepared = ImagePreparer::prepare(image, options);
    if (!prepared.ok())
        return QStringLiteral("an accepted image cannot be prepared: %1").arg(prepared.error);
    return {};
}

const QHash<QString, Entry> &entries()
{
    static const QHash<QString, Entry> table{
        {QStringLiteral("schemaparser"), fuzzSchemaParser},
        {QStringLiteral("parametervalidator"), fuzzParameterValidator},
        {QStringLiteral("falanswer"), fuzzFalAnswer},
        {QStringLiteral("sseparser"), fuzzSseParser},
        {QStringLiteral("segmindanswer"), fuzzSegmindAnswer},
        {QStringLiteral("freepikanswer"), fuzzFreepikAnswer},
        {QStringLiteral("pngmetadata"), fuzzPngMetadata},
        {QStringLiteral("preset"), fuzzPreset},
        {QStringLiteral("jobjournal"), fuzzJobJournal},
        {QStringLiteral("imageloader"), fuzzImageLoader},
    };
    return table;
}
} // namespace

QStringList FuzzEntries::targets()
{
    QStringList names = entries().keys();
    names.sort();
    return names;
}

QString FuzzEntries::run(const QString &target, const QByteArray &data)
{
    const auto it = entries().constFind(target);
    if (it == entries().constEnd())
        return QStringLiteral("no fuzz target named %1").arg(target);
    return it.value()(data);
}
