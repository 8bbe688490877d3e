#include "imaging/pngmetadata.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

Q_DECLARE_METATYPE(GenerationInfo)

namespace {

QImage testImage(int w = 64, int h = 48, bool alpha = true)
{
    QImage image(w, h, alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    for (int y = 0; y < h; ++y) {
        for (int x = 0; x < w; ++x)
            image.setPixel(x, y, qRgba(x * 4 % 256, y * 5 % 256, (x * y) % 256, alpha ? (x + y) * 3 % 256 : 255));
    }
    return image;
}

QByteArray encodePng(const QImage &image)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "png");
    if (!writer.write(image))
        qFatal("PNG encoding failed");
    return bytes;
}

QImage decode(const QByteArray &bytes, QString *error = nullptr)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "png");
    QImage image = reader.read();
    if (error)
        *error = reader.errorString();
    return image;
}

GenerationInfo falInfo()
{
    GenerationInfo info;
    info.provider = QStringLiteral("fal");
    info.model = QStringLiteral("bria/reimagine/3.2");
    info.endpoint = QStringLiteral("bria/reimagine/3.2");
    info.requestId = QStringLiteral("764cabcf-b745-4b3e-ae38-1200304cf45b");
    info.seed = 5555;
    info.costUsd = 0.04;
    info.elapsedMs = 12345;
    info.created = QDateTime(QDate(2026, 11, 23), QTime(14, 5, 6, 789), Qt::UTC);
    info.inputs = QJsonObject{
        {QStringLiteral("prompt"), QStringLiteral("a cozy wooden cabin by a lake, golden hour")},
        {QStringLiteral("negative_prompt"), QStringLiteral("blurry, low quality")},
        {QStringLiteral("steps"), 30},
        {QStringLiteral("seed"), 5555},
        {QStringLiteral("guidance_scale"), 5},
        {QStringLiteral("aspect_ratio"), QStringLiteral("1:1")},
        {QStringLiteral("strength"), 0.8},
        {QStringLiteral("prompt_enhancer"), true},
        {QStringLiteral("canny_image_url"), QStringLiteral("https://v3.fal.media/files/sketch.png")},
        {QStringLiteral("canny_scale"), 0.7},
    };
    return info;
}

// The chunk types in file order, e.g. "IHDR,tEXt,iTXt,IDAT,IEND".
QStringList chunkTypes(const QByteArray &png)
{
    QStringList types;
    qsizetype pos = 8;
    while (pos + 12 <= png.size()) {
        const auto length = qFromBigEndian<quint32>(png.constData() + pos);
        types.append(QString::fromLatin1(png.mid(pos + 4, 4)));
        pos += 12 + static_cast<qsizetype>(length);
    }
    return types;
}

} // namespace

class TestPngMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crc32_data();
    void crc32();
    void a1111Parameters_data();
    void a1111Parameters();
    void roundTrip_data();
    void roundTrip();
    void qtReaderSeesSameText_data();
    void qtReaderSeesSameText();
    void imageMagickSeesParameters();
    void jsonChunkIsCompactAndComplete();
    void replacesExistingChunks();
    void keepsOtherTextChunks();
    void readsCompressedText();
    void fallsBackToParameters_data();
    void fallsBackToParameters();
    void invalidInput_data();
    void invalidInput();
    void readWithoutMetadata();
    void readSurvivesCorruptJson();
};

void TestPngMetadata::crc32_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<quint32>("crc");
    QTest::newRow("empty") << QByteArray() << 0U;
    QTest::newRow("check string") << QByteArrayLiteral("123456789") << 0xCBF43926U;
    QTest::newRow("IEND") << QByteArrayLiteral("IEND") << 0xAE426082U;
    QTest::newRow("fox") << QByteArrayLiteral("The quick brown fox jumps over the lazy dog")
                         << 0x414FA339U;
}

void TestPngMetadata::crc32()
{
    QFETCH(QByteArray, data);
    QFETCH(quint32, crc);
    QCOMPARE(PngMetadata::crc32(data), crc);
    // incremental use gives the same result
    const qsizetype half = data.size() / 2;
    QCOMPARE(PngMetadata::crc32(data.mid(half), PngMetadata::crc32(data.left(half))), crc);
}

void TestPngMetadata::a1111Parameters_data()
{
    QTest::addColumn<GenerationInfo>("info");
    QTest::addColumn<QString>("expected");

    QTest::newRow("fal bria") << falInfo()
        << QStringLiteral("a cozy wooden cabin by a lake, golden hour\n"
                          "Negative prompt: blurry, low quality\n"
                          "Steps: 30, Seed: 5555, Model: bria/reimagine/3.2, Provider: fal, "
                          "Guidance: 5, Aspect ratio: 1:1, Strength: 0.8, Canny scale: 0.7, "
                          "Prompt enhancer: True");

    GenerationInfo freepik;
    freepik.provider = QStringLiteral("freepik");
    freepik.model = QStringLiteral("reimagine-flux");
    freepik.inputs = QJsonObject{
        {QStringLiteral("prompt"), QStringLiteral("an ergonomic office chair")},
        {QStringLiteral("imagination"), QStringLiteral("wild")},
        {QStringLiteral("aspect_ratio"), QStringLiteral("square_1_1")},
        {QStringLiteral("image"), QString(600, QLatin1Char('A'))},   // raw base64: left out
    };
    QTest::newRow("freepik, no negative, no seed") << freepik
        << QStringLiteral("an ergonomic office chair\n"
                          "Model: reimagine-flux, Provider: freepik, Aspect ratio: square_1_1, "
                          "Imagination: wild");

    GenerationInfo segmind;
    segmind.provider = QStringLiteral("segmind");
    segmind.model = QStringLiteral("bria-reimagine");
    segmind.inputs = QJsonObject{
        {QStringLiteral("prompt"), QStringLiteral("a red sports car")},
        {QStringLiteral("steps_num"), 12},
        {QStringLiteral("seed"), 42},   // no info.seed: taken from the inputs
        {QStringLiteral("fast"), false},
        {QStringLiteral("structure_ref_influence"), 0.75},
        {QStringLiteral("structure_image_url"), QStringLiteral("data:image/png;base64,iVBORw0KGgo=")},
    };
    QTest::newRow("segmind, seed from inputs") << segmind
        << QStringLiteral("a red sports car\n"
                          "Steps: 12, Seed: 42, Model: bria-reimagine, Provider: segmind, "
                          "Fast: False, Structure ref influence: 0.75");

    GenerationInfo quoting;
    quoting.provider = QStringLiteral("fal");
    quoting.model = QStringLiteral("fal-ai/ideogram/v3/remix");
    quoting.seed = 7;
    quoting.inputs = QJsonObject{
        {QStringLiteral("prompt"), QStringLiteral("line one\nline two")},
        {QStringLiteral("style"), QStringLiteral("warm, soft \"film\" look")},
        {QStringLiteral("style_codes"), QJsonArray{QStringLiteral("AAFF"), QStringLiteral("0C3B")}},
        {QStringLiteral("color_palette"), QJsonObject{{QStringLiteral("name"), QStringLiteral("EMBER")}}},
        {QStringLiteral("image_urls"), QJsonArray{QStringLiteral("https://x.test/a.png")}},
        {QStringLiteral("num_images"), 2},
        {QStringLiteral("expand_prompt"), QJsonValue(QJsonValue::Null)},
    };
    QTest::newRow("quoting, arrays, objects, multi-line prompt") << quoting
        << QStringLiteral("line one\nline two\n"
                          "Seed: 7, Model: fal-ai/ideogram/v3/remix, Provider: fal, "
                          "Color palette: \"{\\\"name\\\":\\\"EMBER\\\"}\", Num images: 2, "
                          "Style: \"warm, soft \\\"film\\\" look\", "
                          "Style codes: \"[\\\"AAFF\\\",\\\"0C3B\\\"]\"");

    GenerationInfo empty;
    QTest::newRow("nothing at all") << empty << QStringLiteral("\n");
}

void TestPngMetadata::a1111Parameters()
{
    QFETCH(GenerationInfo, info);
    QFETCH(QString, expected);
    QCOMPARE(PngMetadata::a1111Parameters(info), expected);
}

void TestPngMetadata::roundTrip_data()
{
    QTest::addColumn<GenerationInfo>("info");
    QTest::addColumn<QString>("expectedText");   // what the tEXt chunk holds (Latin-1)
    QTest::addColumn<bool>("alpha");

    const GenerationInfo fal = falInfo();
    QTest::newRow("fal, every field") << fal << PngMetadata::a1111Parameters(fal) << true;

    GenerationInfo unicode = falInfo();
    unicode.inputs.insert(QStringLiteral("prompt"),
                          QStringLiteral("Café am See — 日本の家 🏠 naïve"));
    unicode.inputs.insert(QStringLiteral("negative_prompt"), QStringLiteral("Ünschärfe ✗"));
    unicode.requestId = QStringLiteral("req-ß-1");
    QTest::newRow("non-Latin-1 prompt") << unicode
        << QStringLiteral("Café am See ? ???? ? naïve\nNegative prompt: Ünschärfe ?\n"
                          "Steps: 30, Seed: 5555, Model: bria/reimagine/3.2, Provider: fal, "
                          "Guidance: 5, Aspect ratio: 1:1, Strength: 0.8, Canny scale: 0.7, "
                          "Prompt enhancer: True")
        << false;

    GenerationInfo optionalsUnset;
    optionalsUnset.provider = QStringLiteral("segmind");
    optionalsUnset.model = QStringLiteral("bria-reimagine");
    optionalsUnset.endpoint = QStringLiteral("/v1/bria-reimagine");
    optionalsUnset.inputs = QJsonObject{{QStringLiteral("prompt"), QStringLiteral("x")}};
    QTest::newRow("seed, cost and date unset") << optionalsUnset
        << QStringLiteral("x\nModel: bria-reimagine, Provider: segmind") << true;

    GenerationInfo bigSeed = falInfo();
    bigSeed.seed = Q_INT64_C(9007199254740993);   // 2^53 + 1: not representable as a double
    bigSeed.costUsd = 0.1 + 0.2;
    bigSeed.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::OffsetFromUTC, 3600);
    QTest::newRow("64-bit seed, inexact cost, non-UTC date") << bigSeed
        << PngMetadata::a1111Parameters(bigSeed) << true;
}

void TestPngMetadata::roundTrip()
{
    QFETCH(GenerationInfo, info);
    QFETCH(QString, expectedText);
    QFETCH(bool, alpha);

    const QImage image = testImage(64, 48, alpha);
    const QByteArray png = encodePng(image);
    QString error;
    const QByteArray embedded = PngMetadata::embed(png, info, &error);
    QVERIFY2(!embedded.isEmpty(), qPrintable(error));
    QVERIFY(error.isEmpty());

    const auto read = PngMetadata::read(embedded, &error);
    QVERIFY2(read.has_value(), qPrintable(error));
    QCOMPARE(read->provider, info.provider);
    QCOMPARE(read->model, info.model);
    QCOMPARE(read->endpoint, info.endpoint);
    QCOMPARE(read->requestId, info.requestId);
    QCOMPARE(read->seed, info.seed);
    QCOMPARE(read->costUsd, info.costUsd);
    QCOMPARE(read->elapsedMs, info.elapsedMs);
    QCOMPARE(read->created, info.created);
    QCOMPARE(read->inputs, info.inputs);
    QCOMPARE(read->prompt(), info.prompt());
    QVERIFY(*read == info);

    const QHash<QString, QString> texts = PngMetadata::textChunks(embedded);
    QCOMPARE(texts.value(QStringLiteral("parameters")), expectedText);

    // Chunks go right after IHDR; the image data is untouched.
    const QStringList types = chunkTypes(embedded);
    QCOMPARE(types.mid(0, 3), (QStringList{QStringLiteral("IHDR"), QStringLiteral("tEXt"),
                                           QStringLiteral("iTXt")}));
    QCOMPARE(types.last(), QStringLiteral("IEND"));
    QString decodeError;
    const QImage decoded = decode(embedded, &decodeError);
    QVERIFY2(!decoded.isNull(), qPrintable(decodeError));
    QCOMPARE(decoded.convertToFormat(image.format()), image);
    QCOMPARE(decoded, decode(png));
}

void TestPngMetadata::qtReaderSeesSameText_data()
{
    QTest::addColumn<GenerationInfo>("info");
    QTest::newRow("fal") << falInfo();
    GenerationInfo unicode = falInfo();
    unicode.inputs.insert(QStringLiteral("prompt"), QStringLiteral("Skizze → Bild, 日本の家"));
    QTest::newRow("unicode") << unicode;
}

// libpng (inside QImageReader) checks every CRC and drops ancillary chunks whose CRC is wrong, so
// seeing the text here also proves the CRCs are right.
void TestPngMetadata::qtReaderSeesSameText()
{
    QFETCH(GenerationInfo, info);
    QString error;
    const QByteArray embedded = PngMetadata::embed(encodePng(testImage()), info, &error);
    QVERIFY2(!embedded.isEmpty(), qPrintable(error));

    QBuffer buffer;
    buffer.setData(embedded);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, "png");
    QVERIFY(reader.textKeys().contains(QStringLiteral("parameters")));
    QVERIFY(reader.textKeys().contains(QStringLiteral("reimagine")));
    const QHash<QString, QString> ours = PngMetadata::textChunks(embedded);
    // Before read(), Qt passes the texts through its "Description" option, which simplifies
    // white space; after read() the image has them verbatim.
    QCOMPARE(reader.text(QStringLiteral("parameters")),
             ours.value(QStringLiteral("parameters")).simplified());
    QCOMPARE(reader.text(QStringLiteral("reimagine")), ours.value(QStringLiteral("reimagine")));
    const QJsonDocument json = QJsonDocument::fromJson(reader.text(QStringLiteral("reimagine")).toUtf8());
    QCOMPARE(json.object().value(QStringLiteral("inputs")).toObject().value(QStringLiteral("prompt")).toString(),
             info.prompt());
    const QImage image = reader.read();
    QVERIFY2(!image.isNull(), qPrintable(reader.errorString()));
    QCOMPARE(image.text(QStringLiteral("parameters")), ours.value(QStringLiteral("parameters")));
    QCOMPARE(image.text(QStringLiteral("reimagine")), ours.value(QStringLiteral("reimagine")));
    QCOMPARE(image.text(QStringLiteral("parameters")), PngMetadata::a1111Parameters(info)
                 .replace(QStringLiteral("→"), QStringLiteral("?"))
                 .replace(QStringLiteral("日本の家"), QStringLiteral("????")));
}

void TestPngMetadata::imageMagickSeesParameters()
{
    QString identify = QStandardPaths::findExecutable(QStringLiteral("identify"));
    QVERIFY2(!identify.isEmpty(), "ImageMagick's identify is missing: apt-get install imagemagick "
                                  "(scripts/setup.sh installs it)");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const QByteArray embedded = PngMetadata::embed(encodePng(testImage()), falInfo(), &error);
    QVERIFY2(!embedded.isEmpty(), qPrintable(error));
    const QString path = dir.filePath(QStringLiteral("result.png"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(embedded);
    file.close();

    QProcess process;
    process.start(identify, {QStringLiteral("-verbose"), path});
    QVERIFY(process.waitForFinished(60000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("CRC")), qPrintable(err));
    QVERIFY2(out.contains(QLatin1String("parameters: a cozy wooden cabin by a lake")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Steps: 30, Seed: 5555")), qPrintable(out));
    // ImageMagick 6 ignores iTXt chunks altogether, so only the tEXt shows here.
    QVERIFY(out.contains(QLatin1String("Geometry: 64x48+0+0")));
}

void TestPngMetadata::jsonChunkIsCompactAndComplete()
{
    QString error;
    const QByteArray embedded = PngMetadata::embed(encodePng(testImage()), falInfo(), &error);
    const QString json = PngMetadata::textChunks(embedded).value(QStringLiteral("reimagine"));
    QVERIFY(!json.contains(QLatin1Char('\n')));
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    const QStringList keys{QStringLiteral("version"), QStringLiteral("provider"),
                           QStringLiteral("model"), QStringLiteral("endpoint"),
                           QStringLiteral("request_id"), QStringLiteral("seed"),
                           QStringLiteral("cost_usd"), QStringLiteral("elapsed_ms"),
                           QStringLiteral("created"), QStringLiteral("inputs")};
    for (const QString &key : keys)
        QVERIFY2(o.contains(key), qPrintable(key));
    QCOMPARE(o.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("created")).toString(), QStringLiteral("2026-11-23T14:05:06.789Z"));
    QCOMPARE(o.value(QStringLiteral("seed")).toInteger(), Q_INT64_C(5555));
    QCOMPARE(o.value(QStringLiteral("inputs")).toObject(), falInfo().inputs);
}

void TestPngMetadata::replacesExistingChunks()
{
    QString error;
    const QByteArray first = PngMetadata::embed(encodePng(testImage()), falInfo(), &error);
    QVERIFY(!first.isEmpty());
    GenerationInfo second = falInfo();
    second.seed = 1;
    second.inputs.insert(QStringLiteral("prompt"), QStringLiteral("second run"));
    const QByteArray twice = PngMetadata::embed(first, second, &error);
    QVERIFY2(!twice.isEmpty(), qPrintable(error));

    QCOMPARE(twice.count("tEXtparameters"), 1);
    QCOMPARE(twice.count("iTXtreimagine"), 1);
    QCOMPARE(chunkTypes(twice), chunkTypes(first));
    const auto read = PngMetadata::read(twice, &error);
    QVERIFY(read.has_value());
    QCOMPARE(*read, second);

    // "parameters" written by someone else (tEXt via QImage, after IHDR or elsewhere) is replaced
    QImage withText = testImage();
    withText.setText(QStringLiteral("parameters"), QStringLiteral("old text\nSteps: 1"));
    const QByteArray foreign = PngMetadata::embed(encodePng(withText), second, &error);
    QVERIFY2(!foreign.isEmpty(), qPrintable(error));
    QCOMPARE(foreign.count("parameters"), 1);
    QCOMPARE(PngMetadata::textChunks(foreign).value(QStringLiteral("parameters")),
             PngMetadata::a1111Parameters(second));
}

void TestPngMetadata::keepsOtherTextChunks()
{
    QImage image = testImage();
    image.setText(QStringLiteral("Author"), QStringLiteral("Ada"));
    image.setText(QStringLiteral("Title"), QStringLiteral("Über-Skizze"));
    QString error;
    const QByteArray embedded = PngMetadata::embed(encodePng(image), falInfo(), &error);
    QVERIFY2(!embedded.isEmpty(), qPrintable(error));
    const QHash<QString, QString> texts = PngMetadata::textChunks(embedded);
    QCOMPARE(texts.value(QStringLiteral("Author")), QStringLiteral("Ada"));
    QCOMPARE(texts.value(QStringLiteral("Title")), QStringLiteral("Über-Skizze"));
    QCOMPARE(texts.size(), 4);
}

void TestPngMetadata::readsCompressedText()
{
    // Qt writes long values as zTXt (Latin-1) or compressed iTXt (other text).
    QImage image = testImage();
    const QString longLatin = QString(3000, QLatin1Char('x')) + QStringLiteral(" é");
    const QString longUnicode = QString(3000, QLatin1Char('y')) + QStringLiteral(" 日本");
    image.setText(QStringLiteral("LongLatin"), longLatin);
    image.setText(QStringLiteral("LongUnicode"), longUnicode);
    const QByteArray png = encodePng(image);
    QVERIFY(png.contains("zTXt") || png.contains("iTXt"));
    const QHash<QString, QString> texts = PngMetadata::textChunks(png);
    QCOMPARE(texts.value(QStringLiteral("LongLatin")), longLatin);
    QCOMPARE(texts.value(QStringLiteral("LongUnicode")), longUnicode);
}

void TestPngMetadata::fallsBackToParameters_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("negative");
    QTest::addColumn<qint64>("seed");   // -1: none
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("provider");
    QTest::addColumn<QJsonObject>("otherInputs");

    QTest::newRow("ours") << PngMetadata::a1111Parameters(falInfo())
        << QStringLiteral("a cozy wooden cabin by a lake, golden hour")
        << QStringLiteral("blurry, low quality") << qint64(5555)
        << QStringLiteral("bria/reimagine/3.2") << QStringLiteral("fal")
        << QJsonObject{{QStringLiteral("steps"), 30}, {QStringLiteral("guidance"), 5},
                       {QStringLiteral("aspect_ratio"), QStringLiteral("1:1")},
                       {QStringLiteral("strength"), 0.8}, {QStringLiteral("canny_scale"), 0.7},
                       {QStringLiteral("prompt_enhancer"), true}};

    QTest::newRow("automatic1111") << QStringLiteral(
        "masterpiece, a castle\non a hill\nNegative prompt: ugly,\nbad hands\n"
        "Steps: 20, Sampler: Euler a, CFG scale: 7, Seed: 3405691582, Size: 512x768, "
        "Model hash: 6ce0161689, Model: v1-5-pruned-emaonly, Lora hashes: \"a: 1, b: 2\"")
        << QStringLiteral("masterpiece, a castle\non a hill") << QStringLiteral("ugly,\nbad hands")
        << qint64(3405691582) << QStringLiteral("v1-5-pruned-emaonly") << QString()
        << QJsonObject{{QStringLiteral("steps"), 20}, {QStringLiteral("sampler"), QStringLiteral("Euler a")},
                       {QStringLiteral("cfg_scale"), 7}, {QStringLiteral("size"), QStringLiteral("512x768")},
                       {QStringLiteral("model_hash"), QStringLiteral("6ce0161689")},
                       {QStringLiteral("lora_hashes"), QStringLiteral("a: 1, b: 2")}};

    QTest::newRow("prompt only") << QStringLiteral("just a prompt\n")
        << QStringLiteral("just a prompt") << QString() << qint64(-1) << QString() << QString()
        << QJsonObject{};
}

void TestPngMetadata::fallsBackToParameters()
{
    QFETCH(QString, text);
    QFETCH(QString, prompt);
    QFETCH(QString, negative);
    QFETCH(qint64, seed);
    QFETCH(QString, model);
    QFETCH(QString, provider);
    QFETCH(QJsonObject, otherInputs);

    QImage image = testImage();
    image.setText(QStringLiteral("parameters"), text);   // only the tEXt, as A1111 writes it
    const QByteArray png = encodePng(image);
    QString error;
    const auto info = PngMetadata::read(png, &error);
    QVERIFY2(info.has_value(), qPrintable(error));
    QCOMPARE(info->prompt(), prompt);
    QCOMPARE(info->negativePrompt(), negative);
    QCOMPARE(info->seed.value_or(-1), seed);
    QCOMPARE(info->model, model);
    QCOMPARE(info->provider, provider);
    QJsonObject others = info->inputs;
    others.remove(QStringLiteral("prompt"));
    others.remove(QStringLiteral("negative_prompt"));
    QCOMPARE(others, otherInputs);
}

void TestPngMetadata::invalidInput_data()
{
    QTest::addColumn<QByteArray>("data");

    const QByteArray png = encodePng(testImage());
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArrayLiteral("hello, this is not an image");
    QTest::newRow("signature only") << png.left(8);
    QTest::newRow("jpeg") << QByteArrayLiteral("\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01");
    QTest::newRow("truncated in IDAT") << png.left(png.size() / 2);
    QTest::newRow("missing IEND") << png.left(png.size() - 12);
    QByteArray flipped = png;
    flipped[png.indexOf("IDAT") + 10] = static_cast<char>(flipped.at(png.indexOf("IDAT") + 10) ^ 0x40);
    QTest::newRow("IDAT CRC mismatch") << flipped;
    QByteArray hugeLength = png;
    hugeLength[8] = '\x7f';   // IHDR length 0x7f00000d
    QTest::newRow("chunk length beyond the data") << hugeLength;
    QByteArray badType = png;
    badType[12] = '1';
    QTest::newRow("invalid chunk type") << badType;
    QByteArray noIhdr = png.left(8) + png.mid(8 + 25);
    QTest::newRow("does not start with IHDR") << noIhdr;
}

void TestPngMetadata::invalidInput()
{
    QFETCH(QByteArray, data);
    QString error;
    QVERIFY(PngMetadata::embed(data, falInfo(), &error).isEmpty());
    QVERIFY(!error.isEmpty());
    QVERIFY(PngMetadata::embed(data, falInfo(), nullptr).isEmpty());   // no crash without error

    error.clear();
    QVERIFY(!PngMetadata::read(data, &error).has_value());
    QVERIFY(!error.isEmpty());
    QVERIFY(PngMetadata::textChunks(data).isEmpty());
}

void TestPngMetadata::readWithoutMetadata()
{
    QString error;
    QVERIFY(!PngMetadata::read(encodePng(testImage()), &error).has_value());
    QCOMPARE(error, QStringLiteral("The PNG carries no generation metadata."));
}

void TestPngMetadata::readSurvivesCorruptJson()
{
    // A broken iTXt JSON falls back to the tEXt parameters.
    QString error;
    QByteArray embedded = PngMetadata::embed(encodePng(testImage()), falInfo(), &error);
    QVERIFY(!embedded.isEmpty());
    // Damage the JSON and fix up the CRC so only the content is wrong.
    const qsizetype typeAt = embedded.indexOf("iTXtreimagine");
    const auto length = static_cast<qsizetype>(qFromBigEndian<quint32>(embedded.constData() + typeAt - 4));
    const qsizetype brace = embedded.indexOf('{', typeAt);
    embedded[brace] = '[';
    const quint32 crc = PngMetadata::crc32(embedded.mid(typeAt, 4 + length));
    qToBigEndian<quint32>(crc, embedded.data() + typeAt + 4 + length);

    const auto info = PngMetadata::read(embedded, &error);
    QVERIFY2(info.has_value(), qPrintable(error));
    QCOMPARE(info->prompt(), falInfo().prompt());
    QCOMPARE(info->seed, falInfo().seed);
    QVERIFY(info->requestId.isEmpty());   // only the JSON has it

    // A chunk with a wrong CRC is ignored altogether.
    embedded[brace] = '{';
    QVERIFY(!PngMetadata::textChunks(embedded).contains(QStringLiteral("reimagine")));
    QVERIFY(PngMetadata::textChunks(embedded).contains(QStringLiteral("parameters")));
}

QTEST_GUILESS_MAIN(TestPngMetadata)
#include "tst_pngmetadata.moc"
