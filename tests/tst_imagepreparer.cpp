#include "imaging/imagepreparer.h"

#include "testimages.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

namespace {

QImage decode(const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return reader.read();
}

// Random pixels do not compress: a 1024 x 1024 PNG of them is about 3 MB.
QImage noise(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    QRandomGenerator rng(1234);
    for (int y = 0; y < h; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < w; ++x)
            line[x] = 0xff000000U | (rng.generate() & 0x00ffffffU);
    }
    return image;
}

QImage sketchLike(int w, int h)
{
    QImage image(w, h, QImage::Format_RGB32);
    image.fill(Qt::white);
    for (int i = 0; i < qMin(w, h); ++i)
        image.setPixel(i, i, qRgb(0, 0, 0));
    return image;
}

bool near(QRgb a, QRgb b, int tolerance)
{
    return qAbs(qRed(a) - qRed(b)) <= tolerance && qAbs(qGreen(a) - qGreen(b)) <= tolerance
        && qAbs(qBlue(a) - qBlue(b)) <= tolerance;
}

} // namespace

class TestImagePreparer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void targetSize_data();
    void targetSize();
    void prepareScales_data();
    void prepareScales();
    void byteCap_data();
    void byteCap();
    void alphaFlattenedForJpeg();
    void alphaKeptForPng();
    void alphaFlattenedOnWhiteByDefault();
    void metadataNotCopied();
    void svgDrawnAtTheSizeSent();
    void invalidInput_data();
    void invalidInput();
    void dataUri_data();
    void dataUri();
    void sniffMimeType_data();
    void sniffMimeType();
    void acceptableFileSentUnchanged_data();
    void acceptableFileSentUnchanged();
    void metadataRemovedFromFileSentAsIs();
    void jpegPhotoStaysJpeg();
    void unacceptableFileReencoded();
    void handedOverDecodeUsed();
};

void TestImagePreparer::targetSize_data()
{
    QTest::addColumn<QSize>("source");
    QTest::addColumn<int>("maxSide");
    QTest::addColumn<QSize>("expected");

    QTest::newRow("4:3 landscape") << QSize(4000, 3000) << 2048 << QSize(2048, 1536);
    QTest::newRow("3:4 portrait") << QSize(3000, 4000) << 2048 << QSize(1536, 2048);
    QTest::newRow("16:9") << QSize(1920, 1080) << 1024 << QSize(1024, 576);
    QTest::newRow("square") << QSize(5000, 5000) << 2048 << QSize(2048, 2048);
    QTest::newRow("3:1 rounds") << QSize(3000, 1000) << 512 << QSize(512, 171);
    QTest::newRow("very wide") << QSize(5000, 10) << 2048 << QSize(2048, 4);
    QTest::newRow("very tall") << QSize(10, 5000) << 2048 << QSize(4, 2048);
    QTest::newRow("never zero") << QSize(20000, 3) << 2048 << QSize(2048, 1);
    QTest::newRow("one over") << QSize(2049, 1) << 2048 << QSize(2048, 1);
    QTest::newRow("exactly the limit") << QSize(2048, 1000) << 2048 << QSize(2048, 1000);
    QTest::newRow("smaller: no upscale") << QSize(1000, 500) << 2048 << QSize(1000, 500);
    QTest::newRow("tiny: no upscale") << QSize(1, 1) << 2048 << QSize(1, 1);
    QTest::newRow("no limit") << QSize(9000, 6000) << 0 << QSize(9000, 6000);
}

void TestImagePreparer::targetSize()
{
    QFETCH(QSize, source);
    QFETCH(int, maxSide);
    QFETCH(QSize, expected);
    QCOMPARE(ImagePreparer::targetSize(source, maxSide), expected);
}

void TestImagePreparer::prepareScales_data()
{
    QTest::addColumn<QSize>("source");
    QTest::addColumn<int>("maxSide");
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QSize>("expected");
    QTest::addColumn<QByteArray>("mime");

    QTest::newRow("wide png") << QSize(3000, 1000) << 512 << QByteArray("png") << QSize(512, 171)
                              << QByteArray("image/png");
    QTest::newRow("tall png") << QSize(600, 1200) << 300 << QByteArray("png") << QSize(150, 300)
                              << QByteArray("image/png");
    QTest::newRow("small png unchanged") << QSize(300, 200) << 2048 << QByteArray("png")
                                         << QSize(300, 200) << QByteArray("image/png");
    QTest::newRow("jpeg") << QSize(1600, 1200) << 800 << QByteArray("jpeg") << QSize(800, 600)
                          << QByteArray("image/jpeg");
    QTest::newRow("jpg alias, upper case") << QSize(640, 480) << 2048 << QByteArray("JPG")
                                           << QSize(640, 480) << QByteArray("image/jpeg");
}

void TestImagePreparer::prepareScales()
{
    QFETCH(QSize, source);
    QFETCH(int, maxSide);
    QFETCH(QByteArray, format);
    QFETCH(QSize, expected);
    QFETCH(QByteArray, mime);

    ImagePreparer::Options options;
    options.maxSide = maxSide;
    options.preferredFormat = format;
    const auto prepared = ImagePreparer::prepare(sketchLike(source.width(), source.height()), options);
    QVERIFY2(prepared.ok(), qPrintable(prepared.error));
    QCOMPARE(prepared.size, expected);
    QCOMPARE(prepared.mimeType, mime);
    QCOMPARE(ImagePreparer::sniffMimeType(prepared.bytes), mime);
    const QImage decoded = decode(prepared.bytes);
    QCOMPARE(decoded.size(), expected);
}

void TestImagePreparer::byteCap_data()
{
    QTest::addColumn<QSize>("source");
    QTest::addColumn<qint64>("maxBytes");
    QTest::addColumn<QByteArray>("mime");
    QTest::addColumn<bool>("shrunk");

    QTest::newRow("no cap: png") << QSize(512, 512) << qint64(0) << QByteArray("image/png") << false;
    QTest::newRow("generous cap: png") << QSize(512, 512) << qint64(4 * 1024 * 1024)
                                       << QByteArray("image/png") << false;
    QTest::newRow("png too big: jpeg") << QSize(512, 512) << qint64(400 * 1024)
                                       << QByteArray("image/jpeg") << false;
    QTest::newRow("lower quality needed") << QSize(512, 512) << qint64(170 * 1024)
                                          << QByteArray("image/jpeg") << false;
    QTest::newRow("must shrink") << QSize(512, 512) << qint64(20 * 1024)
                                 << QByteArray("image/jpeg") << true;
}

void TestImagePreparer::byteCap()
{
    QFETCH(QSize, source);
    QFETCH(qint64, maxBytes);
    QFETCH(QByteArray, mime);
    QFETCH(bool, shrunk);

    ImagePreparer::Options options;
    options.maxBytes = maxBytes;
    const auto prepared = ImagePreparer::prepare(noise(source.width(), source.height()), options);
    QVERIFY2(prepared.ok(), qPrintable(prepared.error));
    QCOMPARE(prepared.mimeType, mime);
    if (maxBytes > 0)
        QVERIFY2(prepared.bytes.size() <= maxBytes, qPrintable(QString::number(prepared.bytes.size())));
    const QImage decoded = decode(prepared.bytes);
    QVERIFY(!decoded.isNull());
    QCOMPARE(decoded.size(), prepared.size);
    if (shrunk) {
        QVERIFY(prepared.size.width() < source.width());
        QCOMPARE(prepared.size.width(), prepared.size.height());   // aspect kept
    } else {
        QCOMPARE(prepared.size, source);
    }
}

void TestImagePreparer::alphaFlattenedForJpeg()
{
    // Transparent red everywhere (must become white, not red or black), opaque black square,
    // half-transparent black square (must become mid grey).
    QImage image(64, 64, QImage::Format_ARGB32);
    image.fill(qRgba(255, 0, 0, 0));
    for (int y = 8; y < 24; ++y) {
        for (int x = 8; x < 24; ++x) {
            image.setPixel(x, y, qRgba(0, 0, 0, 255));
            image.setPixel(x + 32, y + 32, qRgba(0, 0, 0, 128));
        }
    }
    ImagePreparer::Options options;
    options.preferredFormat = "jpeg";
    const auto prepared = ImagePreparer::prepare(image, options);
    QVERIFY2(prepared.ok(), qPrintable(prepared.error));
    QCOMPARE(prepared.mimeType, QByteArray("image/jpeg"));
    const QImage decoded = decode(prepared.bytes);
    QVERIFY(!decoded.hasAlphaChannel());
    QVERIFY(near(decoded.pixel(1, 1), qRgb(255, 255, 255), 6));
    QVERIFY(near(decoded.pixel(60, 2), qRgb(255, 255, 255), 6));
    QVERIFY(near(decoded.pixel(16, 16), qRgb(0, 0, 0), 6));
    QVERIFY(near(decoded.pixel(48, 48), qRgb(127, 127, 127), 8));

    const QImage flat = ImagePreparer::flattenOnWhite(image);
    QCOMPARE(flat.pixel(1, 1), qRgb(255, 255, 255));
    QCOMPARE(flat.pixel(16, 16), qRgb(0, 0, 0));
    QVERIFY(near(flat.pixel(48, 48), qRgb(127, 127, 127), 1));
}

void TestImagePreparer::alphaKeptForPng()
{
    QImage image(32, 32, QImage::Format_ARGB32);
    image.fill(qRgba(10, 20, 30, 0));
    image.setPixel(5, 5, qRgba(200, 100, 50, 255));
    ImagePreparer::Options options;
    options.flattenAlpha = false;
    const auto prepared = ImagePreparer::prepare(image, options);
    QVERIFY2(prepared.ok(), qPrintable(prepared.error));
    QCOMPARE(prepared.mimeType, QByteArray("image/png"));
    const QImage decoded = decode(prepared.bytes);
    QVERIFY(decoded.hasAlphaChannel());
    QCOMPARE(qAlpha(decoded.pixel(0, 0)), 0);
    QCOMPARE(decoded.pixel(5, 5), qRgba(200, 100, 50, 255));
}

void TestImagePreparer::alphaFlattenedOnWhiteByDefault()
{
    // Black lines on a transparent layer whose empty pixels are (0,0,0,0): sent as RGB they would
    // be black on black. By default they arrive as black on white.
    QImage image(32, 32, QImage::Format_ARGB32);
    image.fill(qRgba(0, 0, 0, 0));
    for (int x = 0; x < 32; ++x)
        image.setPixel(x, 10, qRgba(0, 0, 0, 255));
    image.setPixel(3, 3, qRgba(0, 0, 0, 128));
    const auto prepared = ImagePreparer::prepare(image);
    QVERIFY2(prepared.ok(), qPrintable(prepared.error));
    QCOMPARE(prepared.mimeType, QByteArray("image/png"));
    const QImage decoded = decode(prepared.bytes);
    QVERIFY(!decoded.hasAlphaChannel());
    QCOMPARE(decoded.pixel(0, 0), qRgb(255, 255, 255));
    QCOMPARE(decoded.pixel(7, 10), qRgb(0, 0, 0));
    QVERIFY(near(decoded.pixel(3, 3), qRgb(127, 127, 127), 2));
}

void TestImagePreparer::metadataNotCopied()
{
    QImage image = sketchLike(40, 30);
    image.setText(QStringLiteral("Comment"), QStringLiteral("secret-client-name"));
    image.setText(QStringLiteral("parameters"), QStringLiteral("old prompt text"));
    for (const QByteArray &format : {QByteArray("png"), QByteArray("jpeg")}) {
        ImagePreparer::Options options;
        options.preferredFormat = format;
        const auto prepared = ImagePreparer::prepare(image, options);
        QVERIFY2(prepared.ok(), qPrintable(prepared.error));
        QVERIFY(!prepared.bytes.contains("secret-client-name"));
        QVERIFY(!prepared.bytes.contains("old prompt text"));
        QVERIFY(decode(prepared.bytes).textKeys().isEmpty());
    }
    // a greyscale sketch stays greyscale (a third of the bytes of RGB)
    const auto grey = ImagePreparer::prepare(sketchLike(40, 30).convertToFormat(QImage::Format_Grayscale8));
    QVERIFY(grey.ok());
    QCOMPARE(decode(grey.bytes).format(), QImage::Format_Grayscale8);
}

void TestImagePreparer::svgDrawnAtTheSizeSent()
{
    // A 400 x 300 SVG sent with a longest side of 3000 px is drawn at 3000 x 2250, not drawn
    // at a default size first: its lines stay sharp at whatever size the model gets.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sketch.svg"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(TestImages::svg(400, 300));
    file.close();
    for (const int side : {3000, 800}) {
        ImagePreparer::Options options;
        options.maxSide = side;
        const auto prepared = ImagePreparer::prepareFile(path, options);
        QVERIFY2(prepared.ok(), qPrintable(prepared.error));
        QCOMPARE(prepared.size, QSize(side, side * 3 / 4));
        const QImage decoded = decode(prepared.bytes);
        QCOMPARE(decoded.size(), prepared.size);
        // The diagonal ends in the bottom-right corner, drawn at full resolution.
        QVERIFY(qGray(decoded.pixel(side - 3, side * 3 / 4 - 3)) < 128);
    }
}

void TestImagePreparer::invalidInput_data()
{
    QTest::addColumn<QImage>("image");
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<qint64>("maxBytes");

    QTest::newRow("null image") << QImage() << QByteArray("png") << qint64(0);
    QTest::newRow("unsupported format") << sketchLike(10, 10) << QByteArray("bmp") << qint64(0);
    QTest::newRow("cap cannot be met") << noise(64, 64) << QByteArray("png") << qint64(10);
}

void TestImagePreparer::invalidInput()
{
    QFETCH(QImage, image);
    QFETCH(QByteArray, format);
    QFETCH(qint64, maxBytes);
    ImagePreparer::Options options;
    options.preferredFormat = format;
    options.maxBytes = maxBytes;
    const auto prepared = ImagePreparer::prepare(image, options);
    QVERIFY(!prepared.ok());
    QVERIFY(!prepared.error.isEmpty());
    QVERIFY(prepared.bytes.isEmpty());
}

void TestImagePreparer::dataUri_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("mime");
    QTest::addColumn<QByteArray>("uri");
    QTest::addColumn<QByteArray>("base64");

    QTest::newRow("png signature") << QByteArray("\x89PNG", 4) << QByteArray("image/png")
                                   << QByteArray("data:image/png;base64,iVBORw==")
                                   << QByteArray("iVBORw==");
    QTest::newRow("abc as jpeg") << QByteArray("abc") << QByteArray("image/jpeg")
                                 << QByteArray("data:image/jpeg;base64,YWJj") << QByteArray("YWJj");
    QTest::newRow("padding 2") << QByteArray("\xff\xd8", 2) << QByteArray("image/jpeg")
                               << QByteArray("data:image/jpeg;base64,/9g=") << QByteArray("/9g=");
    QTest::newRow("empty") << QByteArray() << QByteArray("image/png")
                           << QByteArray("data:image/png;base64,") << QByteArray();
}

void TestImagePreparer::dataUri()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, mime);
    QFETCH(QByteArray, uri);
    QFETCH(QByteArray, base64);
    QCOMPARE(ImagePreparer::toDataUri(bytes, mime), uri);
    QCOMPARE(ImagePreparer::toRawBase64(bytes), base64);
}

void TestImagePreparer::sniffMimeType_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("mime");

    QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << QByteArray("image/png");
    QTest::newRow("png signature only") << QByteArray("\x89PNG\r\n\x1a\n") << QByteArray("image/png");
    QTest::newRow("jpeg jfif") << QByteArray("\xff\xd8\xff\xe0\0\x10JFIF", 10) << QByteArray("image/jpeg");
    QTest::newRow("jpeg exif") << QByteArray("\xff\xd8\xff\xe1\0\x10" "Exif", 10) << QByteArray("image/jpeg");
    QTest::newRow("webp") << QByteArray("RIFF\x24\0\0\0WEBPVP8 ", 16) << QByteArray("image/webp");
    QTest::newRow("gif87a") << QByteArray("GIF87a\x01\0\x01\0", 10) << QByteArray("image/gif");
    QTest::newRow("gif89a") << QByteArray("GIF89a") << QByteArray("image/gif");
    QTest::newRow("riff wave") << QByteArray("RIFF\x24\0\0\0WAVEfmt ", 16) << QByteArray();
    QTest::newRow("riff too short") << QByteArray("RIFF\0\0\0\0WEB", 11) << QByteArray();
    QTest::newRow("png cut short") << QByteArray("\x89PNG\r\n") << QByteArray();
    QTest::newRow("bmp") << QByteArray("BM\x36\0\0\0", 6) << QByteArray();
    QTest::newRow("text") << QByteArray("hello world") << QByteArray();
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("real png") << ImagePreparer::prepare(sketchLike(8, 8)).bytes << QByteArray("image/png");
}

void TestImagePreparer::sniffMimeType()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, mime);
    QCOMPARE(ImagePreparer::sniffMimeType(bytes), mime);
}

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray encoded(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, format, quality);
    return bytes;
}

// A JPEG segment: marker, big-endian length, data.
QByteArray jpegSegment(uchar marker, const QByteArray &data)
{
    QByteArray segment("\xff");
    segment += char(marker);
    const int length = int(data.size()) + 2;
    segment += char(length >> 8);
    segment += char(length & 0xff);
    return segment + data;
}

} // namespace

void TestImagePreparer::acceptableFileSentUnchanged_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QByteArray>("mime");
    QTest::newRow("png") << QByteArray("png") << QByteArray("image/png");
    QTest::newRow("jpeg") << QByteArray("jpeg") << QByteArray("image/jpeg");
}

void TestImagePreparer::acceptableFileSentUnchanged()
{
    QFETCH(QByteArray, format);
    QFETCH(QByteArray, mime);
    QTemporaryDir dir;
    const QByteArray original = encoded(sketchLike(640, 480), format.constData(), 90);
    const QString path = writeFile(dir, QStringLiteral("sketch.") + QString::fromLatin1(format), original);
    QVERIFY(!path.isEmpty());
    const auto prepared = ImagePreparer::prepareFile(path, ImagePreparer::Options());
    QVERIFY2(prepared.ok(), qPrintable(prepared.error));
    QVERIFY(prepared.unchanged);
    QCOMPARE(prepared.mimeType, mime);
    QCOMPARE(prepared.size, QSize(640, 480));
    QCOMPARE(prepared.bytes, original);   // byte for byte
}

void TestImagePreparer::metadataRemovedFromFileSentAsIs()
{
    QTemporaryDir dir;
    // PNG: text chunks go, the pixels stay the file's own.
    QImage image = sketchLike(64, 48);
    image.setText(QStringLiteral("parameters"), QStringLiteral("old prompt text"));
    const QByteArray png = encoded(image, "png");
    QVERIFY(png.contains("old prompt text"));
    const auto preparedPng = ImagePreparer::prepareFile(writeFile(dir, QStringLiteral("a.png"), png), ImagePreparer::Options());
    QVERIFY2(preparedPng.ok(), qPrintable(preparedPng.error));
    QVERIFY(preparedPng.unchanged);
    QVERIFY(!preparedPng.bytes.contains("old prompt text"));
    QCOMPARE(decode(preparedPng.bytes), decode(png));

    // JPEG: an EXIF segment with a GPS note and a comment go, and what follows the picture.
    const QByteArray plain = encoded(sketchLike(64, 48), "jpeg", 90);
    static const char exif[] = "Exif\0\0GPS 52.52N 13.40E"; // the NULs belong to the EXIF header
    QByteArray withMetadata = plain.left(2) + jpegSegment(0xE1, QByteArray(exif, sizeof(exif) - 1))
                              + jpegSegment(0xFE, "secret-client-name") + plain.mid(2) + "trailing preview image";
    const auto preparedJpeg = ImagePreparer::prepareFile(writeFile(dir, QStringLiteral("a.jpg"), withMetadata),
                                                         ImagePreparer::Options());
    QVERIFY2(preparedJpeg.ok(), qPrintable(preparedJpeg.error));
    QVERIFY(preparedJpeg.unchanged);
    QCOMPARE(preparedJpeg.bytes, plain);
}

void TestImagePreparer::jpegPhotoStaysJpeg()
{
    // A photo larger than the upload is scaled and stays JPEG (as PNG it would only grow).
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("photo.jpg"), encoded(noise(1200, 900), "jpeg", 90));
    ImagePreparer::Options options;
    options.maxSide = 600;
    const auto prepared = ImagePreparer::prepareFile(path, options);
    QVERIFY2(prepared.ok(), qPrintable(prepared.error));
    QVERIFY(!prepared.unchanged);
    QCOMPARE(prepared.mimeType, QByteArrayLiteral("image/jpeg"));
    QCOMPARE(prepared.size, QSize(600, 450));
    QCOMPARE(decode(prepared.bytes).size(), QSize(600, 450));
    QVERIFY(prepared.bytes.size() < QFileInfo(path).size());
}

void TestImagePreparer::unacceptableFileReencoded()
{
    QTemporaryDir dir;
    // Too large: scaled and re-encoded as PNG.
    const QString big = writeFile(dir, QStringLiteral("big.png"), encoded(sketchLike(1000, 500), "png"));
    ImagePreparer::Options small;
    small.maxSide = 400;
    const auto scaled = ImagePreparer::prepareFile(big, small);
    QVERIFY2(scaled.ok(), qPrintable(scaled.error));
    QVERIFY(!scaled.unchanged);
    QCOMPARE(scaled.mimeType, QByteArrayLiteral("image/png"));
    QCOMPARE(scaled.size, QSize(400, 200));

    // Translucent pixels: flattened on white, so re-encoded.
    QImage layer(40, 30, QImage::Format_ARGB32);
    layer.fill(Qt::transparent);
    layer.setPixel(5, 5, qRgba(0, 0, 0, 255));
    const QString translucent = writeFile(dir, QStringLiteral("layer.png"), encoded(layer, "png"));
    const auto flattened = ImagePreparer::prepareFile(translucent, ImagePreparer::Options());
    QVERIFY2(flattened.ok(), qPrintable(flattened.error));
    QVERIFY(!flattened.unchanged);
    QCOMPARE(decode(flattened.bytes).pixel(0, 0), qRgb(255, 255, 255));

    // An alpha channel, even an opaque one, is flattened: the model gets RGB.
    QImage opaque(40, 30, QImage::Format_ARGB32);
    opaque.fill(qRgba(10, 20, 30, 255));
    const auto rgb = ImagePreparer::prepareFile(writeFile(dir, QStringLiteral("opaque.png"), encoded(opaque, "png")),
                                                ImagePreparer::Options());
    QVERIFY(!rgb.unchanged);
    QVERIFY(!decode(rgb.bytes).hasAlphaChannel());

    // Over the byte cap: re-encoded.
    ImagePreparer::Options capped;
    const QString noisy = writeFile(dir, QStringLiteral("noise.png"), encoded(noise(300, 300), "png"));
    capped.maxBytes = QFileInfo(noisy).size() / 2;
    const auto recoded = ImagePreparer::prepareFile(noisy, capped);
    QVERIFY2(recoded.ok(), qPrintable(recoded.error));
    QVERIFY(!recoded.unchanged);
    QVERIFY(recoded.bytes.size() <= capped.maxBytes);

    // A file whose EXIF says "turn me" is turned, so re-encoded; orientation 1 needs nothing.
    const QByteArray photo = encoded(sketchLike(64, 48), "jpeg", 90);
    const auto upright = ImagePreparer::prepareFile(
        writeFile(dir, QStringLiteral("turned.jpg"), TestImages::withExifOrientation(photo, 6)), ImagePreparer::Options());
    QVERIFY2(upright.ok(), qPrintable(upright.error));
    QVERIFY(!upright.unchanged);
    QCOMPARE(upright.size, QSize(48, 64));
    const auto asIs = ImagePreparer::prepareFile(
        writeFile(dir, QStringLiteral("upright.jpg"), TestImages::withExifOrientation(photo, 1)), ImagePreparer::Options());
    QVERIFY(asIs.unchanged);
    QCOMPARE(asIs.bytes, photo);
}

void TestImagePreparer::handedOverDecodeUsed()
{
    // The CLI's validating decode is used instead of decoding again: shown here by handing over
    // a different image for the same, unchanged file (which a real caller never does).
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("big.png"), encoded(sketchLike(1000, 500), "png"));
    ImageLoader::Result given;
    given.image = QImage(800, 400, QImage::Format_RGB32);
    given.image.fill(Qt::red);
    given.format = "png";
    given.size = given.image.size();
    ImagePreparer::handOver(path, given);
    ImagePreparer::Options options;
    options.maxSide = 400;
    const auto prepared = ImagePreparer::prepareFile(path, options);
    QVERIFY2(prepared.ok(), qPrintable(prepared.error));
    QCOMPARE(decode(prepared.bytes).pixel(10, 100), qRgb(255, 0, 0));
    // Taken once: the next preparation decodes the file.
    const auto again = ImagePreparer::prepareFile(path, options);
    QCOMPARE(decode(again.bytes).pixel(10, 100), qRgb(255, 255, 255));
}

QTEST_GUILESS_MAIN(TestImagePreparer)
#include "tst_imagepreparer.moc"
